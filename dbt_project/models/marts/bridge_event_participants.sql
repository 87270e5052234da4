select distinct
    md5(p.document_id || ':event:' || p.event_seq) as event_id,
    md5(p.name || '|' || coalesce(p.org, '')) as person_id,
    p.name,
    p.title,
    p.org,
    p.role
from {{ ref('stg_extracted__event_participants') }} p
join {{ ref('int_documents') }} d using (document_id)
