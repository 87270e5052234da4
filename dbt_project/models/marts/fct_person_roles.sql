{{ config(materialized='incremental') }}

select
    person_id,
    document_id,
    name,
    title,
    org,
    role,
    evidence,
    evidence_start,
    evidence_end
from {{ ref('int_people') }}
where {{ pending_only('document_id', is_incremental()) }}
-- in the order of the documents and their text: the same input gives the same table, row for row
order by document_id, evidence_start, name
