select
    {{ fact_key('task', 'tasks.document_id', 'tasks.seq') }} as task_id,
    tasks.document_id,
    tasks.evidence,
    tasks.evidence_start,
    tasks.evidence_end,
    tasks.action,
    tasks.deadline,
    tasks.deadline_text,
    tasks.target_value,
    tasks.target_unit,
    tasks.responsible,
    tasks.region,
    tasks.category
from {{ ref('stg_extracted__tasks') }} as tasks
inner join {{ ref('int_documents') }} as documents
    on tasks.document_id = documents.document_id
