{{ config(materialized='incremental') }}

select
    {{ fact_key('metric') }} as metric_id,
    document_id,
    evidence,
    evidence_start,
    evidence_end,
    subject,
    indicator,
    region,
    value_text,
    value,
    unit,
    qualifier,
    kind,
    period_start,
    period_end,
    change_direction,
    change_value,
    change_unit,
    change_basis,
    target_level,
    {{ metric_identity_key() }} as fact_key
from {{ ref('int_metrics_deduped') }}
where {{ pending_only('document_id', is_incremental()) }}
-- in the order of the documents and their text: the same input gives the same table, row for row
order by document_id, seq
