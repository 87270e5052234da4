-- Documents the marts describe: ingested, extracted without error, and not superseded by a newer
-- version of the same file (a file edited in place keeps its path; its old facts must go).
-- A document whose file was deleted stays (present = false) until the user purges it.
{{ config(materialized='incremental') }}

with

raw_documents as (

    select
        document_id,
        source_path,
        encoding,
        size_bytes,
        ingested_at,
        last_seen_at,
        present
    from {{ ref('stg_raw__documents') }}
    -- a pending document's path has all its documents pending: latest_per_path sees every version
    where status = 'ingested' and {{ pending_only('document_id', is_incremental()) }}

),

extracted_documents as (

    select
        document_id,
        extractor_version,
        title,
        published_date,
        reference_date,
        reference_date_source,
        publisher,
        script,
        doc_type,
        article_count,
        noise,
        injected_phrases,
        clean_text,
        document_region,
        extraction_error,
        extracted_at
    from {{ ref('stg_extracted__documents') }}
    where {{ pending_only('document_id', is_incremental()) }}

),

latest_per_path as (

    select
        source_path,
        arg_max(document_id, last_seen_at) as current_id,
        bool_or(present) as any_present
    from raw_documents
    group by source_path

),

final as (

    select
        raw_documents.document_id,
        raw_documents.source_path,
        raw_documents.encoding,
        raw_documents.size_bytes,
        raw_documents.ingested_at,
        raw_documents.present,
        extracted_documents.extractor_version,
        extracted_documents.title,
        extracted_documents.published_date,
        extracted_documents.reference_date,
        extracted_documents.reference_date_source,
        extracted_documents.publisher,
        extracted_documents.script,
        extracted_documents.doc_type,
        extracted_documents.article_count,
        extracted_documents.noise,
        extracted_documents.injected_phrases,
        extracted_documents.clean_text,
        extracted_documents.document_region,
        extracted_documents.extraction_error,
        extracted_documents.extracted_at
    from raw_documents
    inner join extracted_documents
        on raw_documents.document_id = extracted_documents.document_id
    inner join latest_per_path
        on raw_documents.source_path = latest_per_path.source_path
    where
        extracted_documents.extraction_error is null
        and (
            raw_documents.present
            or (not latest_per_path.any_present and latest_per_path.current_id = raw_documents.document_id)
        )

)

select * from final
