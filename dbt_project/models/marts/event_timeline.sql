-- Events for a timeline: the day when the text gives it, else the month its date words name
-- (`2024年3月`), else the month of the document reporting it (`日前召开`; date_source says which),
-- with the people taking part as a list and the document's title.
with

events as (

    select
        event_id,
        document_id,
        evidence,
        evidence_start,
        evidence_end,
        event_type,
        name,
        event_date,
        date_text,
        organizer,
        region,
        cast(try_strptime(regexp_extract(date_text, '\d{4}年\d{1,2}月'), '%Y年%m月') as date) as stated_month,
        {{ event_identity_key() }} as fact_key
    from {{ ref('fct_events') }}

),

participants as (

    select
        event_id,
        list(distinct name order by name) as participants,
        count(distinct person_id) as n_participants
    from {{ ref('bridge_event_participants') }}
    group by event_id

),

final as (

    select
        events.event_id,
        events.fact_key,
        events.event_date,
        coalesce(
            cast(date_trunc('month', events.event_date) as date),
            events.stated_month,
            cast(date_trunc('month', coalesce(documents.published_date, documents.reference_date)) as date)
        ) as event_month,
        case
            when events.event_date is not null then 'day'
            when events.stated_month is not null then 'month'
            when coalesce(documents.published_date, documents.reference_date) is not null then 'document'
        end as date_source,
        events.date_text,
        events.event_type,
        events.name,
        events.organizer,
        events.region,
        coalesce(participants.participants, []) as participants,
        coalesce(participants.n_participants, 0) as n_participants,
        events.document_id,
        documents.title,
        events.evidence,
        events.evidence_start,
        events.evidence_end
    from events
    inner join {{ ref('dim_documents') }} as documents
        on events.document_id = documents.document_id
    left join participants
        on events.event_id = participants.event_id

)

select * from final
