-- One row per person across documents: the same name with the same organisation (person_key), with
-- every title the documents give them (one person, many roles).
select
    person_id,
    any_value(name) as name,
    any_value(org) as org,
    list(distinct title order by title) filter (where title is not null) as titles,
    min(document_date) as first_seen,
    max(document_date) as last_seen,
    count(distinct document_id) as document_count
from {{ ref('int_people') }}
group by person_id
