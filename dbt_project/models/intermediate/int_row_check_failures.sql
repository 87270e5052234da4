-- Facts of the current documents that a row check (Great Expectations, before dbt) held back: one row
-- per fact and failed check. The marts leave these facts out; fct_quarantine lists them.
select distinct
    r.fact_type,
    r.document_id,
    r.seq,
    r.check_name,
    r.failed_value
from {{ source('quality', 'row_check_failures') }} r
join {{ ref('int_documents') }} d using (document_id)
