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
