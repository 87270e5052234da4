with

source as (

    select
        document_id,
        event_seq,
        name,
        title,
        org,
        role
    from {{ source('extracted', 'event_participants') }}

),

renamed as (

    select
        document_id,
        event_seq,
        name,
        title,
        org,
        role
    from source

)

select * from renamed
