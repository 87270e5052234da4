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

    select
        {{ fact_key('metric', 'stg_metrics.document_id', 'stg_metrics.seq') }} as fact_id,
        'metric' as fact_type,
        stg_metrics.document_id,
        stg_metrics.seq,
        stg_metrics.evidence,
        stg_metrics.evidence_start,
        stg_metrics.evidence_end,
        to_json(stg_metrics)::varchar as row_json
    from {{ ref('stg_extracted__metrics') }} as stg_metrics
    where {{ pending_only('stg_metrics.document_id', is_incremental()) }}
    union all
    select
        {{ fact_key('task', 'stg_tasks.document_id', 'stg_tasks.seq') }} as fact_id,
        'task' as fact_type,
        stg_tasks.document_id,
        stg_tasks.seq,
        stg_tasks.evidence,
        stg_tasks.evidence_start,
        stg_tasks.evidence_end,
        to_json(stg_tasks)::varchar as row_json
    from {{ ref('stg_extracted__tasks') }} as stg_tasks
    where {{ pending_only('stg_tasks.document_id', is_incremental()) }}
    union all
    select
        {{ fact_key('event', 'stg_events.document_id', 'stg_events.seq') }} as fact_id,
        'event' as fact_type,
        stg_events.document_id,
        stg_events.seq,
        stg_events.evidence,
        stg_events.evidence_start,
        stg_events.evidence_end,
        to_json(stg_events)::varchar as row_json
    from {{ ref('stg_extracted__events') }} as stg_events
    where {{ pending_only('stg_events.document_id', is_incremental()) }}

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
