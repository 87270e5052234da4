-- Facts held back by a row check, for review: one row per fact with every check it failed, the fact's
-- row as extracted (JSON) and its evidence. Published nowhere else.
{{ config(materialized='incremental') }}

with

failures as (

    select
        fact_type,
        document_id,
        seq,
        string_agg(check_name, '; ' order by check_name) as check_name,
        string_agg(coalesce(failed_value, 'null'), '; ' order by check_name) as failed_value
    from {{ ref('int_row_check_failures') }}
    where {{ pending_only('document_id', is_incremental()) }}
    group by fact_type, document_id, seq

),

facts as (

    {%- for fact_type, model in [('metric', 'stg_extracted__metrics'), ('task', 'stg_extracted__tasks'),
                                 ('event', 'stg_extracted__events')] %}
        select
            {{ fact_key(fact_type, 'stg_facts.document_id', 'stg_facts.seq') }} as fact_id,
            '{{ fact_type }}' as fact_type,
            stg_facts.document_id,
            stg_facts.seq,
            stg_facts.evidence,
            stg_facts.evidence_start,
            stg_facts.evidence_end,
            to_json(stg_facts)::varchar as row_json
        from {{ ref(model) }} as stg_facts
        where {{ pending_only('stg_facts.document_id', is_incremental()) }}
        {% if not loop.last %}union all{% endif %}
    {%- endfor %}

)

select
    facts.fact_id,
    failures.fact_type,
    failures.document_id,
    facts.evidence,
    facts.evidence_start,
    facts.evidence_end,
    failures.check_name,
    failures.failed_value,
    facts.row_json
from failures
inner join facts
    on
        failures.fact_type = facts.fact_type
        and failures.document_id = facts.document_id
        and failures.seq = facts.seq
