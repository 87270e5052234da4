{# A fact held back by a row check (quality.row_check_failures, see fct_quarantine) is no fact of the
   marts: `where {{ not_held_back('event', 'events') }}` keeps the rows of `events` that no check failed.
   seq_column names the fact's position in its document (event_seq for an event's participants). #}
{% macro not_held_back(fact_type, facts, seq_column='seq') %}
not exists (
    select 1 from {{ ref('int_row_check_failures') }} as failures
    where
        failures.fact_type = '{{ fact_type }}'
        and failures.document_id = {{ facts }}.document_id
        and failures.seq = {{ facts }}.{{ seq_column }}
)
{%- endmacro %}
