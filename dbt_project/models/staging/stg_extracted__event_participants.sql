select document_id, event_seq, name, title, org, role
from {{ source('extracted', 'event_participants') }}
