-- A figure stated twice in a document (headline and body) is one fact, kept at its first statement.
-- Twice means the same subject with the same value: two different figures of equal value stay two.
{{ config(materialized='incremental') }}

with

metrics as (

    select
        document_id,
        stg_metrics.seq,
        stg_metrics.evidence,
        stg_metrics.evidence_start,
        stg_metrics.evidence_end,
        stg_metrics.subject,
        stg_metrics.indicator,
        stg_metrics.region,
        stg_metrics.value_text,
        stg_metrics.value,
        stg_metrics.unit,
        stg_metrics.qualifier,
        stg_metrics.kind,
        stg_metrics.period_start,
        stg_metrics.period_end,
        stg_metrics.change_direction,
        stg_metrics.change_value,
        stg_metrics.change_unit,
        stg_metrics.change_basis,
        stg_metrics.target_level
    from {{ ref('stg_extracted__metrics') }} as stg_metrics
    -- `using`, not `on`: the plan (and so the row order of fct_metrics) stays as it was built before
    inner join {{ ref('int_documents') }} as documents using (document_id)  -- noqa: ST07, AL05
    where
        {{ not_held_back('metric', 'stg_metrics') }}  -- held back by a row check: see fct_quarantine
        and {{ pending_only('stg_metrics.document_id', is_incremental()) }}

),

ranked as (

    select
        *,
        row_number() over (
            partition by
                document_id,
                coalesce(subject, ''),
                value,
                coalesce(unit, ''),
                indicator,
                coalesce(region, ''),
                coalesce(period_start, date '1900-01-01'),
                coalesce(period_end, date '1900-01-01'),
                kind
            order by evidence_start
        ) as occurrence
    from metrics

)

select * exclude (occurrence)
from ranked
where occurrence = 1
