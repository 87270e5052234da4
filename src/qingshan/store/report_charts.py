"""The review report's charts as Vega-Lite specifications, written with Altair and drawn in the page
by the Vega libraries that vl-convert-python bundles (embedded in the report: no CDN).

Each chart is built once per language from rows the report already read from the analyst marts;
names are the dictionaries' (indicators.csv name_zh, labels.csv), never codes.
"""
from __future__ import annotations

import functools

import altair as alt
import vl_convert

from ..paths import cache_dir, write_cached

FONT = "WenQuanYi Micro Hei, Noto Sans CJK SC, Microsoft YaHei, sans-serif"
STATUS_COLORS = {"met": "#2b8a3e", "missed": "#c92a2a", "overdue": "#e8590c", "due": "#f59f00", "open": "#1c7ed6"}

TEXT = {
    "zh": {"indicator": "指标", "region": "地区", "period": "时期", "value": "数值", "unit": "单位", "kind": "类型",
           "level": "目标级别", "documents": "文档数", "disagree": "来源不一致", "values": "各来源数值",
           "month": "月份", "tasks": "任务数", "status": "状态", "event_type": "活动类型", "events": "活动数",
           "names": "活动", "series_title": "指标序列(实线:实际值;虚线:目标值)", "tasks_title": "按截止月份的任务(按状态堆叠)",
           "events_title": "按月份的活动", "yes": "是", "no": "否"},
    "en": {"indicator": "indicator", "region": "region", "period": "period", "value": "value", "unit": "unit",
           "kind": "kind", "level": "target level", "documents": "documents", "disagree": "sources disagree",
           "values": "values stated", "month": "month", "tasks": "tasks", "status": "status", "event_type": "event type",
           "events": "events", "names": "events", "series_title": "Indicator series (solid: actual; dashed: target)",
           "tasks_title": "Tasks by due month, stacked by status", "events_title": "Events by month",
           "yes": "yes", "no": "no"},
}


@functools.cache
def vega_javascript() -> str:
    """Vega, Vega-Lite and vega-embed in one script (from the vl-convert-python wheel). vl-convert
    bundles them on every call in a new process (~1.3 s, more than the rest of a small report), so
    the bundle is kept in qingshan's cache folder, one file per vl-convert version."""
    cached = cache_dir() / f"vega-bundle-{vl_convert.__version__}.js"
    try:
        return cached.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        pass
    bundle = vl_convert.javascript_bundle()
    write_cached(cached, bundle.encode("utf-8"))  # no cache folder to write in: bundled again next time
    return bundle


ROWS = "rows"  # the charts' data, by name: Altair validates the spec alone, not every row against the schema


def _config(chart: alt.TopLevelMixin, rows: list[dict]) -> dict:
    spec = (chart.configure(font=FONT)
            .configure_axis(labelLimit=0, titleFontSize=12, labelFontSize=11)
            .configure_legend(labelLimit=0)
            .to_dict())
    spec["datasets"] = {ROWS: rows}  # Vega-Lite's named datasets (validating 40,000 rows took 20 s)
    return spec


def series_chart(rows: list[dict], lang: str) -> dict | None:
    """An indicator's figures by region over time: one line per region and kind (actual solid,
    target dashed), a point per consolidated figure; a drop-down picks the indicator."""
    t = TEXT[lang]
    if not rows:
        return None
    counts: dict[str, int] = {}
    for r in rows:
        counts[r["series"]] = counts.get(r["series"], 0) + 1
    options = sorted(counts, key=lambda s: (-counts[s], s))
    pick = alt.param(name="series_pick", value=options[0],
                     bind=alt.binding_select(options=options, name=t["indicator"] + " "))
    tooltip = [alt.Tooltip("indicator_label:N", title=t["indicator"]), alt.Tooltip("region:N", title=t["region"]),
               alt.Tooltip("period:N", title=t["period"]), alt.Tooltip("value:Q", title=t["value"]),
               alt.Tooltip("unit:N", title=t["unit"]), alt.Tooltip("kind_label:N", title=t["kind"]),
               alt.Tooltip("level_label:N", title=t["level"]), alt.Tooltip("n_documents:Q", title=t["documents"]),
               alt.Tooltip("disagree_label:N", title=t["disagree"]), alt.Tooltip("values_text:N", title=t["values"])]
    base = (alt.Chart(alt.Data(name=ROWS))
            .encode(x=alt.X("date:T", title=t["period"], axis=alt.Axis(format="%Y-%m")),
                    y=alt.Y("value:Q", title=t["value"]),
                    color=alt.Color("region:N", title=t["region"]))
            .transform_filter(alt.datum.series == pick))
    # actual and target apart: a solid line and circles for what happened, dashed and triangles for goals
    lines = base.mark_line().encode(strokeDash=alt.StrokeDash("kind_label:N", title=t["kind"]),
                                    detail="level_label:N")
    points = base.mark_point(size=90, filled=True).encode(
        shape=alt.Shape("kind_label:N", title=t["kind"]), tooltip=tooltip)
    chart = alt.layer(lines, points, title=t["series_title"]).properties(width=820, height=320).add_params(pick)
    return _config(chart, rows)


def tasks_chart(rows: list[dict], lang: str, statuses: list[tuple[str, str]]) -> dict | None:
    """Tasks by the month they are due, stacked by status. statuses: (code, name) in legend order."""
    t = TEXT[lang]
    if not rows:
        return None
    chart = (alt.Chart(alt.Data(name=ROWS), title=t["tasks_title"], width=820, height=280)
             .mark_bar()
             .encode(x=alt.X("month:O", title=t["month"], axis=alt.Axis(labelAngle=-45)),
                     y=alt.Y("sum(n):Q", title=t["tasks"]),
                     color=alt.Color("status_label:N", title=t["status"],
                                     scale=alt.Scale(domain=[n for _, n in statuses],
                                                     range=[STATUS_COLORS[c] for c, _ in statuses])),
                     tooltip=[alt.Tooltip("month:O", title=t["month"]), alt.Tooltip("status_label:N", title=t["status"]),
                              alt.Tooltip("n:Q", title=t["tasks"])]))
    return _config(chart, rows)


def events_chart(rows: list[dict], lang: str) -> dict | None:
    """Events on a timeline by month, one row per event type; a circle's size is how many."""
    t = TEXT[lang]
    if not rows:
        return None
    chart = (alt.Chart(alt.Data(name=ROWS), title=t["events_title"], width=820, height=260)
             .mark_circle(opacity=0.8, color="#7048e8")
             .encode(x=alt.X("month:T", title=t["month"], timeUnit="yearmonth", axis=alt.Axis(format="%Y-%m")),
                     y=alt.Y("type_label:N", title=t["event_type"]),
                     size=alt.Size("n:Q", title=t["events"], scale=alt.Scale(range=[80, 900])),
                     tooltip=[alt.Tooltip("month:T", title=t["month"], timeUnit="yearmonth", format="%Y-%m"),
                              alt.Tooltip("type_label:N", title=t["event_type"]),
                              alt.Tooltip("n:Q", title=t["events"]), alt.Tooltip("names:N", title=t["names"])]))
    return _config(chart, rows)
