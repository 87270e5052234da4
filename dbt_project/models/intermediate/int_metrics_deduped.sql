-- A figure stated twice in a document (headline and body) is one fact, kept at its first statement.
with m as (
    select m.*
    from {{ ref('stg_extracted__metrics') }} m
    join {{ ref('int_documents') }} d using (document_id)
    where not exists (  -- held back by a row check: see fct_quarantine
        select 1 from {{ ref('int_row_check_failures') }} q
        where q.fact_type = 'metric' and q.document_id = m.document_id and q.seq = m.seq
    )
),
ranked as (
    select *,
        row_number() over (
            partition by document_id, value, coalesce(unit, ''), indicator, coalesce(region, ''),
                         coalesce(period_start, date '1900-01-01'), coalesce(period_end, date '1900-01-01'), kind
            order by evidence_start
        ) as occurrence
    from m
)
select * exclude (occurrence) from ranked where occurrence = 1
