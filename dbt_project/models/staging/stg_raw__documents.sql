-- The decoded text (`text`) stays in raw: the models read the cleaned text from extracted.documents.
with

source as (

    select
        document_id,
        source_path,
        size_bytes,
        encoding,
        status,
        reason,
        ingested_at,
        last_seen_at,
        present
    from {{ source('raw', 'documents') }}

),

renamed as (

    select
        document_id,
        source_path,
        size_bytes,
        encoding,
        status,
        reason,
        ingested_at,
        last_seen_at,
        present
    from source

)

select * from renamed
