select
    indicator,
    name_zh,
    unit,
    category,
    min_value,
    max_value,
    units as allowed_units,
    keywords
from {{ ref('indicators') }}
