"""The warehouse contract of shared/DESIGN.md (schema `marts`): the tables and columns BI dashboards,
users' SQL and the evaluation depend on. Columns may be added; none of these renamed or dropped.
The build check `expectations/build_contract.json` states the same for every run; the tests hold their
own copy so that a check edited by mistake cannot shrink the contract unnoticed."""

CONTRACT = {
    "dim_documents": ["document_id", "source_path", "title", "published_date", "publisher", "script", "doc_type",
                      "article_count", "encoding", "noise", "clean_text", "ingested_at", "extractor_version"],
    "fct_metrics": ["metric_id", "document_id", "evidence", "evidence_start", "evidence_end", "subject", "indicator",
                    "region", "value_text", "value", "unit", "qualifier", "kind", "period_start", "period_end",
                    "change_direction", "change_value", "change_unit"],
    "fct_tasks": ["task_id", "document_id", "evidence", "evidence_start", "evidence_end", "action", "deadline",
                  "deadline_text", "target_value", "target_unit", "responsible", "region", "category"],
    "fct_events": ["event_id", "document_id", "evidence", "evidence_start", "evidence_end", "event_type", "name",
                   "event_date", "date_text", "organizer", "region"],
    "bridge_event_participants": ["event_id", "person_id", "name", "title", "org"],
    "fct_person_roles": ["person_id", "document_id", "name", "title", "org", "evidence"],
    "dim_people": ["person_id", "name", "org", "first_seen", "last_seen"],
    "dim_indicators": ["indicator", "name_zh", "unit", "category", "min_value", "max_value"],
    "dim_regions": ["region", "level", "parent", "admin_code"],
}
