select * from {{ source('extracted', 'events') }}
