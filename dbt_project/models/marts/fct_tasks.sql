select
    md5(t.document_id || ':task:' || t.seq) as task_id,
    t.document_id,
    t.evidence,
    t.evidence_start,
    t.evidence_end,
    t.action,
    t.deadline,
    t.deadline_text,
    t.target_value,
    t.target_unit,
    t.responsible,
    t.region,
    t.category
from {{ ref('stg_extracted__tasks') }} t
join {{ ref('int_documents') }} d using (document_id)
where not exists (  -- held back by a row check: see fct_quarantine
    select 1 from {{ ref('int_row_check_failures') }} q
    where q.fact_type = 'task' and q.document_id = t.document_id and q.seq = t.seq
)
