select
    person_id,
    document_id,
    name,
    title,
    org,
    role,
    evidence,
    evidence_start,
    evidence_end
from {{ ref('int_people') }}
