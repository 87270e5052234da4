-- Documents the marts describe: ingested, extracted without error, and not superseded by a newer
-- version of the same file (a file edited in place keeps its path; its old facts must go).
-- A document whose file was deleted stays (present = false) until the user purges it.
with raw as (
    select * from {{ ref('stg_raw__documents') }} where status = 'ingested'
),
latest_per_path as (
    select source_path, arg_max(document_id, last_seen_at) as current_id, bool_or(present) as any_present
    from raw
    group by source_path
)
select
    r.document_id,
    r.source_path,
    r.encoding,
    r.size_bytes,
    r.ingested_at,
    r.present,
    e.* exclude (document_id)
from raw r
join {{ ref('stg_extracted__documents') }} e using (document_id)
join latest_per_path l on l.source_path = r.source_path
where e.extraction_error is null
  and (r.present or (not l.any_present and l.current_id = r.document_id))
