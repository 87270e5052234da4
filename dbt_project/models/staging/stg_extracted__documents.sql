with

source as (

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
        region,
        error,
        extracted_at
    from {{ source('extracted', 'documents') }}

),

renamed as (

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
        region as document_region,
        error as extraction_error,
        extracted_at
    from source

)

select * from renamed
