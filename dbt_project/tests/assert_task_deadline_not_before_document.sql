-- A commitment's deadline is not long before its document (more than a year before the reference year).
select t.task_id, t.deadline, d.reference_date
from {{ ref('fct_tasks') }} t
join {{ ref('dim_documents') }} d using (document_id)
where t.deadline is not null and d.reference_date is not null
  and year(t.deadline) < year(d.reference_date) - 1
