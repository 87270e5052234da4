select
    md5(e.document_id || ':event:' || e.seq) as event_id,
    e.document_id,
    e.evidence,
    e.evidence_start,
    e.evidence_end,
    e.event_type,
    e.name,
    e.event_date,
    e.date_text,
    e.organizer,
    e.region
from {{ ref('stg_extracted__events') }} e
join {{ ref('int_documents') }} d using (document_id)
where not exists (  -- held back by a row check: see fct_quarantine
    select 1 from {{ ref('int_row_check_failures') }} q
    where q.fact_type = 'event' and q.document_id = e.document_id and q.seq = e.seq
)
