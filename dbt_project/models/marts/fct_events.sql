{{ config(materialized='incremental') }}

select
    {{ fact_key('event', 'events.document_id', 'events.seq') }} as event_id,
    events.document_id,
    events.evidence,
    events.evidence_start,
    events.evidence_end,
    events.event_type,
    events.name,
    events.event_date,
    events.date_text,
    events.organizer,
    events.region
from {{ ref('stg_extracted__events') }} as events
inner join {{ ref('int_documents') }} as documents
    on events.document_id = documents.document_id
where
    {{ not_held_back('event', 'events') }}  -- held back by a row check: see fct_quarantine
    and {{ pending_only('events.document_id', is_incremental()) }}
-- in the order of the documents and their text: the same input gives the same table, row for row
order by events.document_id, events.seq
