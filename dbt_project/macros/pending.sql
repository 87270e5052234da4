{#- Incremental fact models. A per-document model is `materialized='incremental'`: on an incremental
    build (the table exists, no --full-refresh) it rebuilds only the documents the pipeline listed in
    meta.pending_documents. The pre-hook (dbt_project.yml, every model of intermediate/ and marts/)
    first deletes those documents' rows; then the model's select, restricted to the same documents by
    `pending_only`, is appended. A document whose facts all went away thus loses its old rows, which
    delete+insert (it deletes only the keys it inserts) would keep. On a table model, or on a first or
    --full-refresh build, the hook renders to nothing and meta.pending_documents is not read (it may
    not exist yet). -#}

{% macro pending_document_ids() -%}
    select pending.document_id from {{ source('meta', 'pending_documents') }} as pending
{%- endmacro %}

{#- A where-condition: `key` (a SQL expression) is among what `keys` (a query) lists, on an
    incremental build (`incremental` is the model's own is_incremental(), so unit tests can override
    it); `true` otherwise. -#}
{% macro only_rebuilt(key, keys, incremental) -%}
    {%- if incremental -%}
        {{ key }} in ({{ keys }})
    {%- else -%}
        true
    {%- endif -%}
{%- endmacro %}

{#- `document_id` is a pending document's (see only_rebuilt). The source is named only on an
    incremental build: a unit test of a full build declares no meta.pending_documents. -#}
{% macro pending_only(document_id, incremental) -%}
    {{ only_rebuilt(document_id, pending_document_ids() if incremental else '', incremental) }}
{%- endmacro %}

{#- A model keyed by something else than documents (`pending_key` set, e.g. indicator_series by
    series) deletes what it rebuilds in hooks of its own. -#}
{% macro delete_pending_documents() -%}
    {%- if model.config.materialized == 'incremental' and is_incremental()
          and model.config.get('pending_key', 'document_id') == 'document_id' -%}
        delete from {{ this }} where document_id in ({{ pending_document_ids() }})
    {%- endif -%}
{%- endmacro %}

{#- indicator_series, incremental by series: a series changes only when a pending document stated
    it before (its `document_ids`) or states it now (fct_metrics, already rebuilt). Those series are
    listed in meta.affected_series, deleted, and computed again from all of their figures. -#}
{% macro list_affected_series() -%}
    {%- if is_incremental() -%}
        create or replace table meta.affected_series as
        select series.series_key from {{ this }} as series
        where list_has_any(series.document_ids, (select list(pending.document_id) from ({{ pending_document_ids() }}) as pending))
        union
        select {{ series_key('metrics') }} from {{ ref('fct_metrics') }} as metrics
        where metrics.indicator != 'other' and metrics.document_id in ({{ pending_document_ids() }})
    {%- endif -%}
{%- endmacro %}

{% macro delete_affected_series() -%}
    {%- if is_incremental() -%}
        delete from {{ this }} where series_key in (select series_key from meta.affected_series)
    {%- endif -%}
{%- endmacro %}
