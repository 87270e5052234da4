-- Each commitment with its deadline and what became of it. The target a task states is the target
-- figure in its own words (same document, overlapping evidence that states the figure); a consolidated actual figure of
-- that indicator, region and unit whose period covers the deadline decides `met` or `missed`, read
-- in the target's direction (`不超过` / a fall: at most; `不低于` / a rise: at least; a target with
-- neither takes the direction another target of its indicator states in the same document).
-- Otherwise the status comes from the deadline as of the build date: `overdue` once passed, `due`
-- within 30 days, else `open` (also when the text sets no deadline).
with

tasks as (

    select
        task_id,
        document_id,
        evidence,
        evidence_start,
        evidence_end,
        action,
        deadline,
        deadline_text,
        target_value,
        target_unit,
        responsible,
        region,
        category,
        {{ task_identity_key() }} as fact_key
    from {{ ref('fct_tasks') }}

),

targets as (

    select
        metric_id,
        document_id,
        evidence_start,
        evidence_end,
        indicator,
        region,
        value,
        value_text,
        unit,
        target_level,
        case
            when qualifier = 'at_most' or change_direction = 'down' then 'at_most'
            when qualifier = 'at_least' or change_direction = 'up' then 'at_least'
        end as stated_direction
    from {{ ref('fct_metrics') }}
    where kind = 'target' and indicator != 'other'

),

document_directions as (

    select
        document_id,
        indicator,
        -- one direction only: a document that states both leaves the rest undecided
        case when count(distinct stated_direction) = 1 then any_value(stated_direction) end as direction
    from targets
    where stated_direction is not null
    group by document_id, indicator

),

task_targets as (

    select
        tasks.task_id,
        tasks.deadline,
        targets.metric_id as target_metric_id,
        targets.indicator,
        coalesce(targets.region, tasks.region) as region,
        targets.value as target_value,
        targets.unit,
        targets.target_level,
        coalesce(targets.stated_direction, document_directions.direction) as direction
    from tasks
    inner join targets
        on
            tasks.document_id = targets.document_id
            and tasks.evidence_end > targets.evidence_start
            and tasks.evidence_start < targets.evidence_end
            -- (the task states the figure: a target's evidence runs into the clause after it, `…控制在29微克每立方米
            -- 以下,空气质量六项基本指标…达到国家二级标准`, whose task is another)
            and contains(tasks.evidence, targets.value_text)
    left join document_directions
        on
            targets.document_id = document_directions.document_id
            and targets.indicator = document_directions.indicator
    qualify row_number() over (
        partition by tasks.task_id
        order by (targets.value = tasks.target_value) desc nulls last, targets.evidence_start
    ) = 1

),

outcomes as (

    select
        task_targets.task_id,
        series.value as actual_value,
        series.source_metric_id as outcome_metric_id,
        case
            when task_targets.direction = 'at_most' then series.value <= task_targets.target_value
            when task_targets.direction = 'at_least' then series.value >= task_targets.target_value
        end as target_met
    -- the deadline travels in task_targets: joined from tasks here, the planner paired every task
    -- with every series whose period starts before its deadline before matching indicators
    from task_targets
    inner join {{ ref('indicator_series') }} as series
        on
            series.kind = 'actual'
            and task_targets.indicator = series.indicator
            and task_targets.region = series.region
            and task_targets.unit is not distinct from series.unit
            and task_targets.deadline between series.period_start and series.period_end
    where task_targets.direction is not null
    -- the narrowest period covering the deadline, then the most recently stated
    qualify row_number() over (
        partition by task_targets.task_id
        order by series.period_end - series.period_start, series.last_seen desc nulls last
    ) = 1

),

final as (

    select
        tasks.task_id,
        tasks.fact_key,
        tasks.document_id,
        documents.title,
        tasks.evidence,
        tasks.evidence_start,
        tasks.evidence_end,
        tasks.action,
        tasks.category,
        tasks.deadline,
        tasks.deadline_text,
        tasks.responsible,
        tasks.region,
        task_targets.indicator,
        coalesce(task_targets.target_value, tasks.target_value) as target_value,
        coalesce(task_targets.unit, tasks.target_unit) as target_unit,
        task_targets.target_level,
        task_targets.target_metric_id,
        outcomes.actual_value,
        outcomes.outcome_metric_id,
        current_date as as_of,
        date_diff('day', current_date, tasks.deadline) as days_to_deadline,
        case
            when outcomes.target_met then 'met'
            when not outcomes.target_met then 'missed'
            when tasks.deadline is null then 'open'
            when tasks.deadline < current_date then 'overdue'
            when tasks.deadline <= current_date + interval 30 day then 'due'
            else 'open'
        end as status
    from tasks
    inner join {{ ref('dim_documents') }} as documents
        on tasks.document_id = documents.document_id
    left join task_targets
        on tasks.task_id = task_targets.task_id
    left join outcomes
        on tasks.task_id = outcomes.task_id

)

select * from final
