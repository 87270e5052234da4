select * from {{ source('extracted', 'tasks') }}
