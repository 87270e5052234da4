select distinct
    md5(p.document_id || ':event:' || p.event_seq) as event_id,
    md5(p.name || '|' || coalesce(p.org, '')) as person_id,
    p.name,
    p.title,
    p.org,
    p.role
from {{ ref('stg_extracted__event_participants') }} p
join {{ ref('int_documents') }} d using (document_id)
where not exists (  -- held back by a row check: see fct_quarantine
    select 1 from {{ ref('int_row_check_failures') }} q
    where q.fact_type = 'event' and q.document_id = p.document_id and q.seq = p.event_seq
)
