-- People as they appear in each document, with the identity used across documents.
select
    md5(p.name || '|' || coalesce(p.org, '')) as person_id,
    p.*,
    coalesce(d.published_date, d.reference_date) as document_date
from {{ ref('stg_extracted__people') }} p
join {{ ref('int_documents') }} d using (document_id)
