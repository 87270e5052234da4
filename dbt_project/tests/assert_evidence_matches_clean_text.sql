-- Provenance: every fact's evidence is exactly the clean_text slice at its offsets.
{% for fact in ['fct_metrics', 'fct_tasks', 'fct_events'] %}
select '{{ fact }}' as fact_table, f.document_id, f.evidence_start, f.evidence_end, f.evidence
from {{ ref(fact) }} f
join {{ ref('dim_documents') }} d using (document_id)
where f.evidence is distinct from substring(d.clean_text, f.evidence_start + 1, f.evidence_end - f.evidence_start)
{% if not loop.last %}union all{% endif %}
{% endfor %}
