{{ config(materialized='incremental') }}

select
    {{ fact_key('task', 'stg_tasks.document_id', 'stg_tasks.seq') }} as task_id,
    stg_tasks.document_id,
    stg_tasks.evidence,
    stg_tasks.evidence_start,
    stg_tasks.evidence_end,
    stg_tasks.action,
    stg_tasks.deadline,
    stg_tasks.deadline_text,
    stg_tasks.target_value,
    stg_tasks.target_unit,
    stg_tasks.responsible,
    stg_tasks.region,
    stg_tasks.category
from {{ ref('stg_extracted__tasks') }} as stg_tasks
inner join {{ ref('int_documents') }} as documents
    on stg_tasks.document_id = documents.document_id
where
    {{ not_held_back('task', 'stg_tasks') }}  -- held back by a row check: see fct_quarantine
    and {{ pending_only('stg_tasks.document_id', is_incremental()) }}
-- in the order of the documents and their text: the same input gives the same table, row for row
order by stg_tasks.document_id, stg_tasks.seq
