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
