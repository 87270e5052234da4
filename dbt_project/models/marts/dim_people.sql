select
    person_id,
    any_value(name) as name,
    any_value(org) as org,
    min(document_date) as first_seen,
    max(document_date) as last_seen,
    count(distinct document_id) as document_count
from {{ ref('int_people') }}
group by person_id
