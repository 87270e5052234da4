{{ config(materialized='incremental') }}

select
    document_id,
    source_path,
    title,
    published_date,
    publisher,
    script,
    doc_type,
    article_count,
    encoding,
    noise,
    clean_text,
    ingested_at,
    extractor_version,
    reference_date,
    reference_date_source,
    document_region,
    present,
    size_bytes
from {{ ref('int_documents') }}
where {{ pending_only('document_id', is_incremental()) }}
-- the same input gives the same table, row for row
order by document_id
