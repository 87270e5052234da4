-- People as they appear in each document, with the identity used across documents.
{{ config(materialized='incremental') }}

select
    {{ person_key('people.name', 'people.org') }} as person_id,
    people.document_id,
    people.seq,
    people.name,
    people.title,
    people.org,
    people.role,
    people.evidence,
    people.evidence_start,
    people.evidence_end,
    coalesce(documents.published_date, documents.reference_date) as document_date
from {{ ref('stg_extracted__people') }} as people
inner join {{ ref('int_documents') }} as documents
    on people.document_id = documents.document_id
where {{ pending_only('people.document_id', is_incremental()) }}
