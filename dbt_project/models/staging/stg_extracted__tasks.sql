with

source as (

    select
        document_id,
        seq,
        evidence,
        evidence_start,
        evidence_end,
        action,
        deadline,
        deadline_text,
        target_value,
        target_unit,
        responsible,
        region,
        category
    from {{ source('extracted', 'tasks') }}

),

renamed as (

    select
        document_id,
        seq,
        evidence,
        evidence_start,
        evidence_end,
        action,
        deadline,
        deadline_text,
        target_value,
        target_unit,
        responsible,
        region,
        category
    from source

)

select * from renamed
