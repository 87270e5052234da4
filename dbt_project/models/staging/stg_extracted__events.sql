with

source as (

    select
        document_id,
        seq,
        evidence,
        evidence_start,
        evidence_end,
        event_type,
        name,
        event_date,
        date_text,
        organizer,
        region
    from {{ source('extracted', 'events') }}

),

renamed as (

    select
        document_id,
        seq,
        evidence,
        evidence_start,
        evidence_end,
        event_type,
        name,
        event_date,
        date_text,
        organizer,
        region
    from source

)

select * from renamed
