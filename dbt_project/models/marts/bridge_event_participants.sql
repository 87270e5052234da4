{{ config(materialized='incremental') }}

select distinct
    {{ fact_key('event', 'participants.document_id', 'participants.event_seq') }} as event_id,
    {{ person_key('participants.name', 'participants.org') }} as person_id,
    participants.name,
    participants.title,
    participants.org,
    participants.role,
    participants.document_id
from {{ ref('stg_extracted__event_participants') }} as participants
inner join {{ ref('int_documents') }} as documents
    on participants.document_id = documents.document_id
where
    {{ not_held_back('event', 'participants', 'event_seq') }}  -- held back by a row check: see fct_quarantine
    and {{ pending_only('participants.document_id', is_incremental()) }}
-- in the order of the documents and their events: the same input gives the same table, row for row
order by participants.document_id, event_id, participants.name
