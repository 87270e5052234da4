select * from {{ source('extracted', 'metrics') }}
