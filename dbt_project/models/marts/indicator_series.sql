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

value_support as (

    select
        series_key,
        value,
        count(distinct document_id) as documents_stating,
        max(document_date) as latest_date,
        arg_min(metric_id, (document_date, document_id, evidence_start)) as first_metric_id
    from metrics
    group by series_key, value

),

document_values as (

    select
        series_key,
        document_id,
        list(distinct value order by value) as document_values
    from metrics
    group by series_key, document_id

),

agreement as (

    select
        series_key,
        count(distinct document_values) > 1 as disagree,
        max(len(document_values)) = 1 as single_figure
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
        count(distinct document_id) as n_documents,
        list(distinct document_id order by document_id) as document_ids,
        count(*) as n_statements,
        list(distinct value order by value) as values,  -- noqa: RF04
        list(distinct fact_key) as fact_keys,
        min(document_date) as first_seen,
        max(document_date) as last_seen,
        arg_min(document_id, (document_date, document_id)) as first_document_id,
        arg_max(document_id, (document_date, document_id)) as last_document_id
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
        series.n_documents,
        series.document_ids,
        series.n_statements,
        agreement.disagree,
        agreement.single_figure,
        series.values,  -- noqa: RF04
        series.fact_keys,
        series.first_seen,
        series.last_seen,
        series.first_document_id,
        series.last_document_id,
        consolidated.first_metric_id as source_metric_id
    from series
    inner join consolidated
        on series.series_key = consolidated.series_key
    inner join agreement
        on series.series_key = agreement.series_key

)

select * from final
