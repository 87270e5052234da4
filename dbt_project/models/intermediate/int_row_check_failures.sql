-- Facts of the current documents that a row check (Great Expectations, before dbt) held back: one row
-- per fact and failed check. The marts leave these facts out; fct_quarantine lists them.
{{ config(materialized='incremental') }}

select distinct
    failures.fact_type,
    failures.document_id,
    failures.seq,
    failures.check_name,
    failures.failed_value
from {{ source('quality', 'row_check_failures') }} as failures
inner join {{ ref('int_documents') }} as documents
    on failures.document_id = documents.document_id
where {{ pending_only('failures.document_id', is_incremental()) }}
