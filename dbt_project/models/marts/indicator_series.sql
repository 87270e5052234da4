-- One consolidated figure per indicator, region, period, kind, target level and unit: the same
-- figure reposted by three sites is one row stated by three documents; documents that state
-- different values are flagged (`disagree`) with the values they state. The consolidated value is
-- the one most documents state, the latest-dated first on a tie. A document that states several
-- values of one series counts several things (`392个…、1703个…项目`): the series is then not one
-- figure (`single_figure` false), and documents disagree only when their lists of values differ.
-- Figures of no known indicator (`other`) form no series. Incremental by series: a build with
-- pending documents computes again only the series they state or stated (macros/pending.sql).
{{ config(materialized='incremental', pending_key='series_key',
          pre_hook=["{{ list_affected_series() }}", "{{ delete_affected_series() }}"],
          post_hook="drop table if exists meta.affected_series") }}

with

metrics as (

    select
        metrics.metric_id,
        metrics.fact_key,
        metrics.document_id,
        metrics.indicator,
        metrics.region,
        metrics.period_start,
        metrics.period_end,
        metrics.kind,
        metrics.target_level,
        metrics.value,
        metrics.unit,
        metrics.evidence_start,
        coalesce(documents.published_date, documents.reference_date) as document_date,
        {{ series_key('metrics') }} as series_key
    from {{ ref('fct_metrics') }} as metrics
    inner join {{ ref('dim_documents') }} as documents
        on metrics.document_id = documents.document_id
    where
        metrics.indicator != 'other'
        and {{ only_rebuilt(series_key('metrics'), 'select series_key from meta.affected_series', is_incremental()) }}

),

-- Each list and count below is taken over rows made distinct first, and sorted with list_sort:
-- DuckDB's DISTINCT and ORDER BY aggregates hold their groups in memory: with several of them in
-- one grouping, the full build of 100 MB of text ran out of dbt's memory limit at 384 MB one time
-- in two; this way it passes at 256 MB (the limit is in profiles.yml).
series_document_values as (

    select distinct
        series_key,
        document_id,
        value,
        document_date
    from metrics

),

value_documents as (

    select
        series_key,
        value,
        count(*) as documents_stating,
        max(document_date) as latest_date
    from series_document_values
    group by series_key, value

),

value_first_statement as (

    select
        series_key,
        value,
        -- metric_id last: two figures of one span (a value stated twice) tie otherwise
        arg_min(metric_id, (document_date, document_id, evidence_start, metric_id)) as first_metric_id
    from metrics
    group by series_key, value

),

value_support as (

    select
        value_documents.series_key,
        value_documents.value,
        value_documents.documents_stating,
        value_documents.latest_date,
        value_first_statement.first_metric_id
    from value_documents
    inner join value_first_statement
        on
            value_documents.series_key = value_first_statement.series_key
            and value_documents.value is not distinct from value_first_statement.value

),

document_values as (

    select
        series_key,
        document_id,
        any_value(document_date) as document_date,
        list_sort(list(value)) as document_values
    from series_document_values
    group by series_key, document_id

),

-- each series over its documents: how many, which, when, and whether their values agree
series_documents as (

    select
        series_key,
        count(distinct document_values) > 1 as disagree,
        max(len(document_values)) = 1 as single_figure,
        count(*) as n_documents,
        list_sort(list(document_id)) as document_ids,
        min(document_date) as first_seen,
        max(document_date) as last_seen,
        arg_min(document_id, (document_date, document_id)) as first_document_id,
        arg_max(document_id, (document_date, document_id)) as last_document_id
    from document_values
    group by series_key

),

consolidated as (

    select
        series_key,
        value,
        first_metric_id
    from value_support
    qualify row_number() over (
        partition by series_key
        order by documents_stating desc, latest_date desc nulls last, value asc
    ) = 1

),

series_values as (

    select
        series_key,
        list_sort(list(value)) as values  -- noqa: RF04
    from value_support
    group by series_key

),

series_fact_keys as (

    select distinct
        series_key,
        fact_key
    from metrics

),

series_facts as (

    select
        series_key,
        list_sort(list(fact_key)) as fact_keys
    from series_fact_keys
    group by series_key

),

series as (

    select
        series_key,
        any_value(indicator) as indicator,
        any_value(region) as region,
        any_value(period_start) as period_start,
        any_value(period_end) as period_end,
        any_value(kind) as kind,
        any_value(target_level) as target_level,
        any_value(unit) as unit,
        count(*) as n_statements
    from metrics
    group by series_key

),

final as (

    select
        series.series_key,
        series.indicator,
        series.region,
        series.period_start,
        series.period_end,
        series.kind,
        series.target_level,
        consolidated.value,
        series.unit,
        series_documents.n_documents,
        series_documents.document_ids,
        series.n_statements,
        series_documents.disagree,
        series_documents.single_figure,
        series_values.values,  -- noqa: RF04
        series_facts.fact_keys,
        series_documents.first_seen,
        series_documents.last_seen,
        series_documents.first_document_id,
        series_documents.last_document_id,
        consolidated.first_metric_id as source_metric_id
    from series
    inner join consolidated
        on series.series_key = consolidated.series_key
    inner join series_documents
        on series.series_key = series_documents.series_key
    inner join series_values
        on series.series_key = series_values.series_key
    inner join series_facts
        on series.series_key = series_facts.series_key

)

select * from final
