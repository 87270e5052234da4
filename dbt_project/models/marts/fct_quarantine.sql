-- Facts held back by a row check, for review: one row per fact with every check it failed, the fact's
-- row as extracted (JSON) and its evidence. Published nowhere else.
with failures as (
    select
        fact_type,
        document_id,
        seq,
        string_agg(check_name, '; ' order by check_name) as check_name,
        string_agg(coalesce(failed_value, 'null'), '; ' order by check_name) as failed_value
    from {{ ref('int_row_check_failures') }}
    group by fact_type, document_id, seq
),

facts as (
    select 'metric' as fact_type, document_id, seq, evidence, evidence_start, evidence_end,
        to_json(m)::varchar as row_json
    from {{ ref('stg_extracted__metrics') }} m
    union all
    select 'task', document_id, seq, evidence, evidence_start, evidence_end, to_json(t)::varchar
    from {{ ref('stg_extracted__tasks') }} t
    union all
    select 'event', document_id, seq, evidence, evidence_start, evidence_end, to_json(e)::varchar
    from {{ ref('stg_extracted__events') }} e
)

select
    md5(f.document_id || ':' || f.fact_type || ':' || f.seq) as fact_id,
    f.fact_type,
    f.document_id,
    x.evidence,
    x.evidence_start,
    x.evidence_end,
    f.check_name,
    f.failed_value,
    x.row_json
from failures f
join facts x using (fact_type, document_id, seq)
