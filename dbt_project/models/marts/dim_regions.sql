-- The gazetteer (seed `regions`), and the places pages name that it lacks (development zones the
-- extractor reads after a place: extracted.places) of the documents the marts describe. A zone
-- named on several pages, after places the pages resolved differently, is kept once (its first
-- place by name).
with

gazetteer as (

    select
        region,
        level,
        nullif(parent, '') as parent,
        nullif(admin_code, '') as admin_code,
        aliases,
        'gazetteer' as origin
    from {{ ref('regions') }}

),

named_on_pages as (

    select
        places.region,
        places.level,
        min(places.parent) as parent,
        cast(null as varchar) as admin_code,
        cast(null as varchar) as aliases,
        'pages' as origin
    from {{ ref('stg_extracted__places') }} as places
    inner join {{ ref('int_documents') }} as documents
        on places.document_id = documents.document_id
    where places.region not in (select gazetteer.region from gazetteer)
    group by places.region, places.level

)

select * from gazetteer
union all
select * from named_on_pages
