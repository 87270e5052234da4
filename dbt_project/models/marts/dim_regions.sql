select
    region,
    level,
    nullif(parent, '') as parent,
    nullif(admin_code, '') as admin_code,
    aliases
from {{ ref('regions') }}
