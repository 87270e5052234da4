with

source as (

    select
        document_id,
        region,
        level,
        parent
    from {{ source('extracted', 'places') }}

),

renamed as (

    select
        document_id,
        region,
        level,
        parent
    from source

)

select * from renamed
