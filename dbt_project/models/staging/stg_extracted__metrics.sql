with

source as (

    select
        document_id,
        seq,
        evidence,
        evidence_start,
        evidence_end,
        subject,
        indicator,
        region,
        value_text,
        value,
        unit,
        qualifier,
        kind,
        period_start,
        period_end,
        change_direction,
        change_value,
        change_unit,
        change_basis,
        target_level
    from {{ source('extracted', 'metrics') }}

),

renamed as (

    select
        document_id,
        seq,
        evidence,
        evidence_start,
        evidence_end,
        subject,
        indicator,
        region,
        value_text,
        value,
        unit,
        qualifier,
        kind,
        period_start,
        period_end,
        change_direction,
        change_value,
        change_unit,
        change_basis,
        target_level
    from source

)

select * from renamed
