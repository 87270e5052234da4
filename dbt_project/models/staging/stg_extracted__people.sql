with

source as (

    select
        document_id,
        seq,
        name,
        title,
        org,
        role,
        evidence,
        evidence_start,
        evidence_end
    from {{ source('extracted', 'people') }}

),

renamed as (

    select
        document_id,
        seq,
        name,
        title,
        org,
        role,
        evidence,
        evidence_start,
        evidence_end
    from source

)

select * from renamed
