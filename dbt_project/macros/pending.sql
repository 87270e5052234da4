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

{#- A where-condition: `document_id` (a SQL expression) is a pending document's, on an incremental
    build (`incremental` is the model's own is_incremental(), so unit tests can override it); `true`
    otherwise. -#}
{% macro pending_only(document_id, incremental) -%}
    {%- if incremental -%}
        {{ document_id }} in ({{ pending_document_ids() }})
    {%- else -%}
        true
    {%- endif -%}
{%- endmacro %}

{% macro delete_pending_documents() -%}
    {%- if model.config.materialized == 'incremental' and is_incremental() -%}
        delete from {{ this }} where document_id in ({{ pending_document_ids() }})
    {%- endif -%}
{%- endmacro %}
