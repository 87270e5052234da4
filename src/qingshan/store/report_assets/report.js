"use strict";
const DATA = JSON.parse(document.getElementById("qs-data").textContent);
const KINDS = { metrics: "metric", tasks: "task", events: "event", people: "person", quarantine: "held" };
const loaded = {};               // document_id -> {text, raw, kept, facts}
let pending = null;              // {id, fact}: the document (and fact) asked for last
const esc = (s) => String(s ?? "").replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" }[c]));

// ---------------------------------------------------------------- language
const I18N = {
  zh: {
    title: "qingshan 审阅报告", documents: "文档", series: "指标序列", metrics: "指标数据", tasks: "任务跟踪",
    events: "活动", charts: "图表", quality: "质量", metric: "指标", task: "任务", event: "活动", person: "人物",
    show_raw: "显示原始网页(标出清洗删除的文字)", filter_docs: "筛选文档", facts: "条事实", no_date: "未注明日期",
    noise: "噪声", none: "无", rows: "行", page: "页", of: "/", previous: "上一页", next: "下一页", all: "全部",
    first_of: (n, t) => `(仅前 ${n} 行,共 ${t} 行:完整数据请查询数据仓库)`, report_date: "报告日期",
    docs_n: "篇文档", removed: "清洗删除", nothing: "无可绘制的数据", passed: "通过", failed: "失败",
    no_quality: "此数据仓库旁没有质量检查结果", run_at: "运行于", dbt: "dbt 测试", gx: "Great Expectations 检查",
    data_docs: "Great Expectations 数据文档", open_evidence: "点击一行打开其文档并高亮证据", lang_button: "English",
    document: "文档", indicator: "指标", region: "地区", period: "时期", kind: "类型", target_level: "目标级别",
    value: "数值", unit: "单位", n_documents: "文档数", disagree: "来源不一致", first_seen: "最早", last_seen: "最晚",
    qualifier: "限定", change: "变化", subject: "对象", action: "任务", deadline: "截止日期", days_to_deadline: "剩余天数",
    status: "状态", responsible: "责任单位", category: "领域", target: "目标", actual_value: "实际值",
    month: "月份", event_type: "活动类型", name: "名称", organizer: "主办", participants: "参加人员",
    title_col: "标题", evidence: "证据", deadline_text: "期限原文", date_text: "日期原文", org: "单位",
    value_text: "原文数值", period_start: "起", period_end: "止", change_direction: "变化方向", change_value: "变化量",
    change_unit: "变化单位", target_value: "目标值", target_unit: "目标单位", event_date: "日期",
    event_month: "月份", date_source: "日期来源", yes: "是", no: "否", several: "一文多值",
    review: "待复核", held: "已扣留(待复核)", held_n: "条事实被扣留(待复核)", all_checks: "全部检查",
    failed_with: "未通过", with_value: "值为", as_extracted: "抽取所得的原始记录", nothing_held: "无扣留:每条事实都通过了行检查",
    review_intro: "被行检查扣留的事实:不在 fct_metrics / fct_tasks / fct_events 中,保存在 marts.fct_quarantine。每条在原文中显示并注明未通过的检查;修正抽取规则或 indicators.csv 的取值范围后,下次运行通过的事实会发布并离开此列表。",
    row_checks: "行检查(未通过的事实被扣留,其余照常发布)", held_back: "条事实被扣留", review_first_of: (n, t) => `(仅前 ${n} 条,共 ${t} 条:完整数据请查询 marts.fct_quarantine)`,
    build_dbt: "构建检查:dbt 测试", build_gx: "构建检查:Great Expectations(任一失败即阻止发布)", fact_type: "事实类型", check_name: "检查", failed_value: "未通过的值",
  },
  en: {
    title: "qingshan review report", documents: "Documents", series: "Indicator series", metrics: "Metrics",
    tasks: "Task tracker", events: "Events", charts: "Charts", quality: "Quality", metric: "metric", task: "task",
    event: "event", person: "person", show_raw: "show the raw page (text the cleaner removed marked)",
    filter_docs: "filter documents", facts: "facts", no_date: "no date stated", noise: "noise", none: "none",
    rows: "rows", page: "page", of: "of", previous: "previous", next: "next", all: "all",
    first_of: (n, t) => `(the first ${n} of ${t}: query the warehouse for all)`, report_date: "report date",
    docs_n: "documents", removed: "removed by the cleaner", nothing: "nothing to chart", passed: "passed",
    failed: "failed", no_quality: "no quality results recorded next to this warehouse", run_at: "run at",
    dbt: "dbt tests", gx: "Great Expectations", data_docs: "Great Expectations Data Docs",
    open_evidence: "click a row to open its document at the highlighted evidence", lang_button: "中文",
    document: "document", indicator: "indicator", region: "region", period: "period", kind: "kind",
    target_level: "target level", value: "value", unit: "unit", n_documents: "documents", disagree: "sources disagree",
    first_seen: "first seen", last_seen: "last seen", qualifier: "qualifier", change: "change", subject: "subject",
    action: "task", deadline: "deadline", days_to_deadline: "days to go", status: "status", responsible: "responsible",
    category: "category", target: "target", actual_value: "actual", month: "month", event_type: "event type",
    name: "name", organizer: "organiser", participants: "participants", title_col: "title", evidence: "evidence",
    deadline_text: "deadline words", date_text: "date words", org: "organisation", value_text: "as written",
    period_start: "from", period_end: "to", change_direction: "change direction", change_value: "change",
    change_unit: "change unit", target_value: "target value", target_unit: "target unit", event_date: "date",
    event_month: "month", date_source: "date from", yes: "yes", no: "no", several: "several in one document",
    review: "To review", held: "held back (to review)", held_n: "held back (to review)", all_checks: "all checks",
    failed_with: "failed", with_value: "with", as_extracted: "the fact as extracted", nothing_held: "nothing held back: every fact passed its row checks",
    review_intro: "Facts held back by a row check: not in fct_metrics / fct_tasks / fct_events, kept in marts.fct_quarantine. Each is shown in its text with the check it failed; fix the extraction rule or the range in indicators.csv, and a fact that passes on the next run is published and leaves this list.",
    row_checks: "Row checks (a failing fact is held back, the rest published)", held_back: "facts held back", review_first_of: (n, t) => `(the first ${n} of ${t}: query marts.fct_quarantine for all)`,
    build_dbt: "Build checks: dbt tests", build_gx: "Build checks: Great Expectations (one failure blocks the publish)", fact_type: "fact type", check_name: "check", failed_value: "failed value",
  },
};
let LANG = /(^|[#&])lang=en/.test(location.hash) ? "en" : "zh";
const T = (k) => I18N[LANG][k] ?? k;
const CODED = { indicator: "indicator", kind: "kind", target_level: "target_level", qualifier: "qualifier",
  status: "status", category: "category", event_type: "event_type", doc_type: "doc_type" };
const label = (field, code) => (code == null ? "" : ((DATA.names[field] || {})[code] || {})[LANG] ?? code);
const docOf = Object.fromEntries(DATA.docs.map((d) => [d.document_id, d]));
const titleOf = (id) => (docOf[id] ? docOf[id].title || docOf[id].source_path : id);
const show = (field, v) => (v == null ? "" : CODED[field] ? label(CODED[field], v) : Array.isArray(v) ? v.join("、") : v);

// ---------------------------------------------------------------- tabs and state in the address
let currentTab = "documents";
function setHash() {
  const doc = pending ? `&doc=${encodeURIComponent(pending.id)}` : "";
  history.replaceState(null, "", `#tab=${currentTab}${doc}${LANG === "en" ? "&lang=en" : ""}`);
}
function showTab(name) {
  currentTab = name;
  document.querySelectorAll("section.tab").forEach((s) => (s.hidden = s.id !== name));
  document.querySelectorAll("nav a").forEach((a) => a.classList.toggle("active", a.dataset.tab === name));
  if (name === "charts") drawCharts();
  setHash();
}

// ---------------------------------------------------------------- documents
window.qsLoaded = function (doc) { loaded[doc.id] = doc; if (pending && pending.id === doc.id) renderDoc(); };

function openDoc(id, fact) {
  pending = { id, fact };
  document.querySelectorAll("#doc-list li").forEach((li) => li.classList.toggle("active", li.dataset.id === id));
  if (DATA.embedded && DATA.embedded[id]) loaded[id] = { id, ...DATA.embedded[id] };
  if (loaded[id]) return renderDoc();
  if (DATA.serve) {                                // served: the server reads it from the warehouse
    fetch("api/doc?id=" + encodeURIComponent(id)).then((r) => r.json()).then(window.qsLoaded);
    return;
  }
  const s = document.createElement("script");      // lazy: one small script per document
  s.src = docOf[id].file;
  document.body.appendChild(s);
}

// Render the text with one <mark> per fact carrying data-fact-id (its first piece); a fact that
// crosses another's boundary continues in pieces marked .cont, so every fact is one element.
function highlight(text, facts) {
  const bounds = new Set([0, text.length]);
  facts.forEach((f) => { bounds.add(f.s); bounds.add(f.e); });
  const points = [...bounds].filter((x) => x >= 0 && x <= text.length).sort((a, b) => a - b);
  let html = "";
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i], b = points[i + 1];
    const cover = facts.filter((f) => f.s <= a && f.e >= b && f.e > f.s).sort((x, y) => x.s - y.s || y.e - x.e);
    let seg = esc(text.slice(a, b));
    for (let k = cover.length - 1; k >= 0; k--) {
      const f = cover[k];
      const first = f.s === a;
      seg = `<mark class="${f.type}${first ? "" : " cont"}" data-ref="${f.key}"${first ? ` data-fact-id="${esc(f.id)}"` : ""}>${seg}</mark>`;
    }
    html += seg;
  }
  return html;
}

// The raw page with what the cleaner removed marked: text outside every sentence's raw span.
function markRemoved(raw, kept) {
  let html = "", at = 0;
  const removed = (s) => (s.trim() ? `<span class="removed" title="${esc(T("removed"))}">${esc(s)}</span>` : esc(s));
  for (const [a, b] of kept) {
    if (a > at) html += removed(raw.slice(at, a));
    if (b > at) { html += esc(raw.slice(Math.max(a, at), b)); at = b; }
  }
  return html + removed(raw.slice(at));
}

function renderDoc() {
  const { id, fact } = pending;
  const doc = loaded[id];
  const meta = docOf[id];
  const facts = [];
  for (const [table, type] of Object.entries(KINDS)) {  // type: metric, task ...; a metric's kind stays its own
    (doc.facts[table] || []).forEach((f, i) => facts.push({ ...f, type, key: `${table}:${i}`, table }));
  }
  window.currentFacts = Object.fromEntries(facts.map((f) => [f.key, f]));
  const held = facts.filter((f) => f.type === "held").length, published = facts.length - held;
  document.getElementById("doc-head").innerHTML =
    `<h2>${esc(titleOf(id))}</h2><p>${esc(meta.source_path)} · ${esc(label("doc_type", meta.doc_type))} · ` +
    `${esc(meta.published_date || T("no_date"))} · ${esc(T("noise"))}: ${esc((meta.noise || []).join(", ") || T("none"))} · ` +
    `<span id="fact-count" data-count="${published}">${published} ${esc(T("facts"))}</span>` +
    (held ? ` · <span class="bad">${held} ${esc(T("held_n"))}</span>` : "") + "</p>";
  const box = document.getElementById("doc-text");
  box.innerHTML = highlight(doc.text, facts);
  box.dataset.documentId = id;
  document.getElementById("doc-raw").innerHTML = markRemoved(doc.raw || "", doc.kept || []);
  if (fact) {
    const m = box.querySelector(`mark[data-fact-id="${CSS.escape(fact)}"]`);
    if (m) { m.classList.add("flash"); m.scrollIntoView({ block: "center" }); }
  }
  setHash();
}

function factTable(f) {
  const skip = new Set(["type", "key", "table", "s", "e", "document_id", "id"]);
  const rows = Object.entries(f).filter(([k]) => !skip.has(k))
    .map(([k, v]) => `<tr><td><b>${esc(T(k))}</b></td><td>${esc(show(k, v))}</td></tr>`);
  return `<table>${rows.join("")}</table>`;
}

function initDocuments() {
  const list = document.getElementById("doc-list");
  const draw = (q) => {
    list.innerHTML = DATA.docs.filter((d) => !q || (d.title || "").includes(q) || d.source_path.includes(q)).slice(0, 500)
      .map((d) => `<li data-id="${esc(d.document_id)}">${esc(d.title || d.source_path)}<br><small>${esc(d.published_date || "")} ${esc(d.source_path)}</small></li>`).join("");
  };
  draw("");
  document.getElementById("doc-filter").addEventListener("input", (e) => draw(e.target.value));
  list.addEventListener("click", (e) => { const li = e.target.closest("li"); if (li) openDoc(li.dataset.id); });
  const tip = document.getElementById("tooltip");
  const box = document.getElementById("doc-text");
  box.addEventListener("mouseover", (e) => {
    const m = e.target.closest("mark");
    if (!m) return;
    const f = window.currentFacts[m.dataset.ref];
    tip.innerHTML = `<b>${esc(T(f.type))}</b>` + factTable(f);
    tip.hidden = false;
    tip.style.left = Math.min(e.clientX + 12, window.innerWidth - 440) + "px";
    tip.style.top = e.clientY + 12 + "px";
  });
  box.addEventListener("mouseout", (e) => { if (e.target.closest("mark")) tip.hidden = true; });
  document.getElementById("show-raw").addEventListener("change", (e) => {
    tip.hidden = true;
    document.getElementById("doc-raw").hidden = !e.target.checked;
    box.hidden = e.target.checked;
  });
}

// ---------------------------------------------------------------- tables: filters, pages, rows that open their evidence
const period = (r) => (r.period_start || r.period_end ? `${r.period_start || ""} ~ ${r.period_end || ""}` : "");
const TABLES = {
  series: {
    columns: ["indicator", "region", "period", "kind", "target_level", "value", "unit", "n_documents", "disagree", "first_seen", "last_seen", "document"],
    cell: { period,
      value: (r) => (r.single_figure === false ? `${esc(r.value)} <small>(${esc(T("several"))}: ${esc((r.values || []).join(" / "))})</small>` : esc(r.value)),
      disagree: (r) => (r.disagree ? `<span class="disagree">${esc(T("yes"))}: ${esc((r.values || []).join(" / "))}</span>` : esc(T("no"))) },
    fact: (r) => r.fact_id,
  },
  metrics: {
    columns: ["indicator", "region", "value", "unit", "qualifier", "kind", "target_level", "period", "change", "subject", "document"],
    cell: { period, change: (r) => (r.change_value != null ? `${r.change_direction === "down" ? "−" : r.change_direction === "up" ? "+" : ""}${r.change_value}${r.change_unit || ""}` : "") },
    fact: (r) => r.id,
  },
  tasks: {
    columns: ["action", "deadline", "days_to_deadline", "status", "responsible", "region", "category", "target", "actual_value", "document"],
    cell: { target: (r) => (r.target_value != null ? esc(`${r.target_value}${r.target_unit || ""} ${label("target_level", r.target_level)}`) : "") },
    fact: (r) => r.id,
  },
  events: {
    columns: ["month", "event_type", "name", "organizer", "participants", "region", "document"],
    cell: { month: (r) => esc(r.event_date || (r.event_month || "").slice(0, 7)) },
    fact: (r) => r.id,
  },
};
const PAGE = DATA.page_rows;
const tableState = {};

// One page of a table with its total and each filter's values: from the page's own rows, or, when
// served (`qingshan report --serve`), from the server reading the warehouse.
function tableData(name, state) {
  if (DATA.serve) {
    const q = new URLSearchParams({ table: name, page: state.page });
    Object.entries(state.filters).forEach(([c, v]) => v && q.set(c, v));
    return fetch("api/rows?" + q).then((r) => r.json());
  }
  const rows = DATA[name];
  const options = Object.fromEntries(DATA.filters[name].map((c) => [c, [...new Set(rows.map((r) => r[c]).filter((v) => v != null))].sort()]));
  const shown = rows.filter((r) => Object.entries(state.filters).every(([c, v]) => !v || String(r[c]) === v));
  const capped = DATA.totals[name] > rows.length;
  return Promise.resolve({ rows: shown.slice(state.page * PAGE, (state.page + 1) * PAGE), total: shown.length, options, capped, held: rows.length });
}

function drawTable(name) {
  const spec = TABLES[name];
  const state = tableState[name] || (tableState[name] = { page: 0, filters: {} });
  return tableData(name, state).then((data) => {
    state.pages = Math.max(1, Math.ceil(data.total / PAGE));
    const bar = document.querySelector(`.filters[data-table="${name}"]`);
    bar.innerHTML = `<small>${esc(T("open_evidence"))}</small><br>` + DATA.filters[name].map((c) =>
      `<select data-col="${c}"><option value="">${esc(T("all"))} ${esc(T(c))}</option>${(data.options[c] || []).map((v) =>
        `<option value="${esc(v)}"${state.filters[c] === String(v) ? " selected" : ""}>${esc(show(c, v))}</option>`).join("")}</select>`).join("");
    const capped = data.capped ? " " + T("first_of")(data.held, DATA.totals[name]) : "";
    const cell = (r, c) => (spec.cell[c] ? spec.cell[c](r) : c === "document" ? esc(titleOf(r.document_id)) : esc(show(c, r[c])));
    const target = document.getElementById(name + "-table");
    target.innerHTML =
      `<div class="pager">${data.total} ${esc(T("rows"))}${esc(capped)} · ${esc(T("page"))} ${state.page + 1} ${esc(T("of"))} ${state.pages}
        <button data-step="-1">${esc(T("previous"))}</button><button data-step="1">${esc(T("next"))}</button></div>
        <table class="grid"><tr>${spec.columns.map((c) => `<th>${esc(T(c === "document" ? "title_col" : c))}</th>`).join("")}</tr>` +
      data.rows.map((r) => `<tr class="row" data-doc="${esc(r.document_id)}" data-fact="${esc(spec.fact(r))}">${spec.columns.map((c) => `<td>${cell(r, c)}</td>`).join("")}</tr>`).join("") +
      "</table>";
    target.dataset.page = state.page;
  });
}

function initTable(name) {
  const section = document.getElementById(name);
  section.addEventListener("change", (e) => {
    if (!e.target.dataset.col) return;
    tableState[name].filters[e.target.dataset.col] = e.target.value;
    tableState[name].page = 0;
    drawTable(name);
  });
  section.addEventListener("click", (e) => {
    const b = e.target.closest("button[data-step]");
    if (b) {
      const st = tableState[name];
      st.page = Math.min(Math.max(0, st.page + Number(b.dataset.step)), st.pages - 1);
      return drawTable(name);
    }
    const tr = e.target.closest("tr.row");
    if (tr) { showTab("documents"); openDoc(tr.dataset.doc, tr.dataset.fact); }
  });
}

// ---------------------------------------------------------------- charts (Vega-Lite, embedded)
let chartsDrawn = null;
function drawCharts() {
  if (chartsDrawn === LANG) return;
  chartsDrawn = LANG;
  for (const name of ["series", "tasks", "events"]) {
    const el = document.getElementById("chart-" + name);
    const spec = DATA.charts[LANG][name];
    el.dataset.drawn = "";
    if (!spec) { el.innerHTML = `<p>${esc(T("nothing"))}</p>`; el.dataset.drawn = "empty"; continue; }
    vegaEmbed(el, spec, { renderer: "svg", actions: false })
      .then(() => { el.dataset.drawn = "yes"; })
      .catch((err) => { el.dataset.drawn = "error"; el.insertAdjacentHTML("beforeend", `<p class="bad">${esc(err)}</p>`); });
  }
}

// ---------------------------------------------------------------- to review: facts held back by a row check
let reviewCheck = "";
function drawReview() {
  const rows = DATA.review || [];
  document.getElementById("review-count").textContent = rows.length ? `(${rows.length})` : "";
  const checks = [...new Set(rows.flatMap((r) => r.check_name.split("; ")))].sort();
  document.getElementById("review-filters").innerHTML = `<select><option value="">${esc(T("all_checks"))}</option>${checks.map((c) =>
    `<option${c === reviewCheck ? " selected" : ""}>${esc(c)}</option>`).join("")}</select>`;
  const shown = rows.filter((r) => !reviewCheck || r.check_name.split("; ").includes(reviewCheck));
  const capped = DATA.totals.review > rows.length ? " " + T("review_first_of")(rows.length, DATA.totals.review) : "";
  document.getElementById("review-list").innerHTML =
    (shown.length ? `<p>${shown.length} ${esc(T("held_n"))}${esc(capped)}</p>` : `<p>${esc(T("nothing_held"))}</p>`) +
    shown.slice(0, 500).map((r) => `<div class="review-item" data-fact-id="${esc(r.id)}">
      <p><b>${esc(T(r.fact_type))}</b> · ${esc(T("failed_with"))} <b class="bad">${esc(r.check_name)}</b> ${esc(T("with_value"))} <b>${esc(r.failed_value)}</b> ·
        <a href="#" data-doc="${esc(r.document_id)}" data-fact="${esc(r.id)}">${esc(titleOf(r.document_id))}</a></p>
      <div class="text">…${esc(r.before)}<mark class="held">${esc(r.evidence)}</mark>${esc(r.after)}…</div>
      <details><summary>${esc(T("as_extracted"))}</summary><pre>${esc(JSON.stringify(JSON.parse(r.row_json || "{}"), null, 1))}</pre></details>
    </div>`).join("");
}

function initReview() {
  const section = document.getElementById("review");
  section.addEventListener("change", (e) => { reviewCheck = e.target.value; drawReview(); });
  section.addEventListener("click", (e) => {
    const a = e.target.closest("a[data-doc]");
    if (a) { e.preventDefault(); showTab("documents"); openDoc(a.dataset.doc, a.dataset.fact); }
  });
}

// ---------------------------------------------------------------- quality
// a failing expectation links to its own validation page in the Data Docs, when the run recorded one
function failureLink(text, pages) {
  const page = pages && pages[text];
  if (!page || !DATA.data_docs) return esc(text);
  const dir = DATA.data_docs.replace(/index\.html$/, "");
  return `<a class="bad" href="${esc(encodeURI(dir + page))}">${esc(text)}</a>`;
}

function drawQuality() {
  const q = DATA.quality || {};
  const part = (title, r) => !r ? "" : `<h3>${esc(title)}: <span class="ok">${r.passed} ${esc(T("passed"))}</span> · <span class="${r.failed ? "bad" : "ok"}">${r.failed} ${esc(T("failed"))}</span></h3>` +
    (r.failures && r.failures.length ? "<ul>" + r.failures.map((f) => `<li class="bad">${failureLink(f, r.pages)}</li>`).join("") + "</ul>" : "");
  document.getElementById("quality-body").innerHTML = (q.run_at ? `<p>${esc(T("run_at"))} ${esc(q.run_at)}</p>` : `<p>${esc(T("no_quality"))}</p>`) +
    (q.row_checks ? `<h3>${esc(T("row_checks"))}: ${q.row_checks.passed} ${esc(T("passed"))} · ` +
      `<span class="${q.row_checks.held_back ? "bad" : "ok"}">${q.row_checks.held_back} ${esc(T("held_back"))}</span> <a href="#review" data-tab="review">(${esc(T("review"))})</a></h3>` +
      "<ul>" + Object.entries(q.row_checks.by_check || {}).map(([c, n]) => `<li>${n} × ${esc(c)}</li>`).join("") + "</ul>" : "") +
    part(T("build_dbt"), q.dbt) + part(T("build_gx"), q.expectations) +
    `<p><a href="${esc(DATA.data_docs)}">${esc(T("data_docs"))}</a></p>`;
}

// ---------------------------------------------------------------- the whole page in one language
function drawTexts() {
  document.documentElement.lang = LANG === "zh" ? "zh-CN" : "en";
  document.title = T("title");
  document.querySelectorAll("[data-t]").forEach((el) => (el.textContent = T(el.dataset.t)));
  document.getElementById("lang-toggle").textContent = T("lang_button");
  document.getElementById("doc-filter").placeholder = T("filter_docs");
  document.getElementById("meta").textContent =
    `${DATA.docs.length} ${T("docs_n")} · ${DATA.totals.series} ${T("series")} · ${DATA.totals.metrics} ${T("metrics")} · ` +
    `${DATA.totals.tasks} ${T("tasks")} · ${DATA.totals.events} ${T("events")} · ${T("report_date")} ${DATA.generated}`;
  Object.keys(TABLES).forEach(drawTable);
  drawReview();
  drawQuality();
  if (pending && loaded[pending.id]) renderDoc();
  if (currentTab === "charts") drawCharts();
}

document.getElementById("lang-toggle").addEventListener("click", () => {
  LANG = LANG === "zh" ? "en" : "zh";
  drawTexts();
  setHash();
});
document.querySelector("nav").addEventListener("click", (e) => { const a = e.target.closest("a"); if (a) { e.preventDefault(); showTab(a.dataset.tab); } });
initDocuments();
Object.keys(TABLES).forEach(initTable);
initReview();
document.getElementById("quality-body").addEventListener("click", (e) => { const a = e.target.closest("a[data-tab]"); if (a) { e.preventDefault(); showTab(a.dataset.tab); } });
drawTexts();  // draws the tables too
const asked = Object.fromEntries(location.hash.slice(1).split("&").map((p) => p.split("=")).filter((p) => p.length === 2));
const tab = asked.tab || (/^#(series|metrics|tasks|events|review|charts|quality)$/.test(location.hash) ? location.hash.slice(1) : "documents");
const first = asked.doc ? decodeURIComponent(asked.doc) : DATA.docs.length ? DATA.docs[0].document_id : null;
if (first) openDoc(first, asked.fact ? decodeURIComponent(asked.fact) : undefined);
showTab(tab);
