{#- The warehouse's surrogate keys, each written once. The strings hashed are the ones the keys have
    always been built from, so every key keeps its value across builds (and across this macro). -#}

{#- A fact's key: md5 of its document, its kind (metric, task, event) and its position in the
    document as the extractor numbered it (`seq`, or `event_seq` on a participant row). -#}
{% macro fact_key(fact_type, document_id='document_id', seq='seq') -%}
    md5({{ document_id }} || ':{{ fact_type }}:' || {{ seq }})
{%- endmacro %}

{#- A person's key across documents: the same name with the same organisation (none counts as ''). -#}
{% macro person_key(name='name', org='org') -%}
    md5({{ name }} || '|' || coalesce({{ org }}, ''))
{%- endmacro %}

{#- A fact's identity across documents (`fact_key`): the same statement reposted by another site
    shares it. Columns are read unqualified from the model's rows. -#}

{#- A metric: the same indicator, place, period, kind, target level, value and unit; a figure of no
    known indicator (`other`) also needs the same subject. -#}
{% macro metric_identity_key() -%}
    md5(concat_ws('|', 'metric', indicator, coalesce(region, ''), coalesce(cast(period_start as varchar), ''),
        coalesce(cast(period_end as varchar), ''), kind, coalesce(target_level, ''), cast(value as varchar),
        coalesce(unit, ''), case when indicator = 'other' then coalesce(subject, '') else '' end))
{%- endmacro %}

{#- A task: the same commitment (its action) by the same deadline in the same place. -#}
{% macro task_identity_key() -%}
    md5(concat_ws('|', 'task', action, coalesce(cast(deadline as varchar), ''), coalesce(region, '')))
{%- endmacro %}

{#- An event: the same kind of event, of the same name, on the same day (or, undated, the same words). -#}
{% macro event_identity_key() -%}
    md5(concat_ws('|', 'event', event_type, coalesce(name, ''), coalesce(cast(event_date as varchar), date_text, '')))
{%- endmacro %}

{#- A series of figures (indicator_series.series_key): one indicator in one place over one period, of
    one kind, target level and unit. `m` qualifies the columns (a table alias). -#}
{% macro series_key(m) -%}
    md5(concat_ws('|', {{ m }}.indicator, coalesce({{ m }}.region, ''), coalesce(cast({{ m }}.period_start as varchar), ''),
        coalesce(cast({{ m }}.period_end as varchar), ''), {{ m }}.kind, coalesce({{ m }}.target_level, ''),
        coalesce({{ m }}.unit, '')))
{%- endmacro %}
