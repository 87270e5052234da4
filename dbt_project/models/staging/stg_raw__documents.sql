select
    document_id,
    source_path,
    size_bytes,
    encoding,
    status,
    reason,
    ingested_at,
    last_seen_at,
    present
from {{ source('raw', 'documents') }}
