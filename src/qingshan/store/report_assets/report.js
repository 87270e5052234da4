"use strict";
const DATA = JSON.parse(document.getElementById("qs-data").textContent);
const KINDS = { metrics: "metric", tasks: "task", events: "event", people: "person", quarantine: "held" };
const INITIAL_HASH = location.hash;   // opening a document rewrites the hash
const loaded = {};               // document_id -> {text, raw, facts}
let pending = null;
const esc = (s) => String(s ?? "").replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" }[c]));

// ---------------------------------------------------------------- tabs
function showTab(name) {
  document.querySelectorAll("section.tab").forEach((s) => (s.hidden = s.id !== name));
  document.querySelectorAll("nav a").forEach((a) => a.classList.toggle("active", a.dataset.tab === name));
  if (name === "charts") drawCharts();
}

// ---------------------------------------------------------------- documents
window.qsLoaded = function (doc) { loaded[doc.id] = doc; if (pending === doc.id) renderDoc(doc.id); };

function openDoc(id) {
  pending = id;
  document.querySelectorAll("#doc-list li").forEach((li) => li.classList.toggle("active", li.dataset.id === id));
  if (DATA.embedded) loaded[id] = { id, ...DATA.embedded[id] };
  if (loaded[id]) return renderDoc(id);
  const d = DATA.docs.find((x) => x.document_id === id);
  const s = document.createElement("script");      // lazy: one small script per document
  s.src = d.file;
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
      seg = `<mark class="${f.kind}${first ? "" : " cont"}" data-ref="${f.key}"${first ? ` data-fact-id="${esc(f.id)}"` : ""}>${seg}</mark>`;
    }
    html += seg;
  }
  return html;
}

function renderDoc(id) {
  const doc = loaded[id];
  const meta = DATA.docs.find((x) => x.document_id === id);
  const facts = [];
  for (const [table, kind] of Object.entries(KINDS)) {
    (doc.facts[table] || []).forEach((f, i) => facts.push({ ...f, kind, key: `${table}:${i}`, table }));
  }
  window.currentFacts = Object.fromEntries(facts.map((f) => [f.key, f]));
  const held = facts.filter((f) => f.kind === "held").length, published = facts.length - held;
  document.getElementById("doc-head").innerHTML =
    `<h2>${esc(meta.title || meta.source_path)}</h2><p>${esc(meta.source_path)} · ${esc(meta.doc_type)} · ` +
    `${esc(meta.published_date || "no date stated")} · ${esc(meta.script)} · noise: ${esc((meta.noise || []).join(", ") || "none")} · ` +
    `<span id="fact-count" data-count="${published}">${published} facts</span>` +
    (held ? ` · <span class="bad">${held} held back (to review)</span>` : "") + "</p>";
  const box = document.getElementById("doc-text");
  box.innerHTML = highlight(doc.text, facts);
  box.dataset.documentId = id;
  document.getElementById("doc-raw").textContent = doc.raw;
  location.hash = "doc=" + encodeURIComponent(id);
}

function factTable(f) {
  const skip = new Set(["kind", "key", "table", "s", "e", "document_id", "id"]);
  return "<table>" + Object.entries(f).filter(([k]) => !skip.has(k))
    .map(([k, v]) => `<tr><td><b>${esc(k)}</b></td><td>${esc(Array.isArray(v) ? v.join("、") : v)}</td></tr>`).join("") + "</table>";
}

function initDocuments() {
  const list = document.getElementById("doc-list");
  const draw = (q) => {
    list.innerHTML = DATA.docs.filter((d) => !q || (d.title || "").includes(q) || d.source_path.includes(q)).slice(0, 500)
      .map((d) => `<li data-id="${esc(d.document_id)}">${esc(d.title || d.source_path)}<br><small>${esc(d.source_path)}</small></li>`).join("");
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
    tip.innerHTML = `<b>${esc(f.kind)}</b>` + factTable(f);
    tip.hidden = false;
    tip.style.left = Math.min(e.clientX + 12, window.innerWidth - 440) + "px";
    tip.style.top = e.clientY + 12 + "px";
  });
  box.addEventListener("mouseout", (e) => { if (e.target.closest("mark")) tip.hidden = true; });
  document.getElementById("show-raw").addEventListener("change", (e) => {
    document.getElementById("doc-raw").hidden = !e.target.checked;
    box.hidden = e.target.checked;
  });
  const m = /doc=([^&]+)/.exec(location.hash);
  const first = m ? decodeURIComponent(m[1]) : DATA.docs.length ? DATA.docs[0].document_id : null;
  if (first) openDoc(first);
}

// ---------------------------------------------------------------- tables with filters and pages
const COLUMNS = {
  metrics: ["document", "indicator", "region", "value", "unit", "qualifier", "kind", "period_start", "period_end", "change_direction", "change_value", "subject"],
  tasks: ["document", "action", "deadline", "deadline_text", "target_value", "target_unit", "region", "category"],
  events: ["document", "event_type", "name", "event_date", "date_text", "organizer", "region", "participants"],
};
const FILTERS = { metrics: ["document", "region", "indicator", "kind"], tasks: ["document", "region", "category"], events: ["document", "region", "event_type"] };
const PAGE = 100;
const titleOf = Object.fromEntries(DATA.docs.map((d) => [d.document_id, d.source_path]));

function initTable(name) {
  const rows = DATA[name].map((r) => ({ ...r, document: titleOf[r.document_id] }));
  const state = { page: 0, filters: {} };
  const bar = document.querySelector(`.filters[data-table="${name}"]`);
  bar.innerHTML = FILTERS[name].map((c) => {
    const values = [...new Set(rows.map((r) => r[c]).filter((v) => v != null))].sort();
    return `<select data-col="${c}"><option value="">all ${c}</option>${values.map((v) => `<option>${esc(v)}</option>`).join("")}</select>`;
  }).join("");
  bar.addEventListener("change", (e) => { state.filters[e.target.dataset.col] = e.target.value; state.page = 0; draw(); });
  const target = document.getElementById(name + "-table");
  function draw() {
    const shown = rows.filter((r) => Object.entries(state.filters).every(([c, v]) => !v || String(r[c]) === v));
    const page = shown.slice(state.page * PAGE, (state.page + 1) * PAGE);
    const capped = DATA.totals[name] > rows.length ? ` (the first ${rows.length} of ${DATA.totals[name]}: query the warehouse for all)` : "";
    target.innerHTML = `<div class="pager">${shown.length} rows${capped} · page ${state.page + 1} of ${Math.max(1, Math.ceil(shown.length / PAGE))}
      <button data-step="-1">previous</button><button data-step="1">next</button></div>
      <table class="grid"><tr>${COLUMNS[name].map((c) => `<th>${c}</th>`).join("")}</tr>` +
      page.map((r) => `<tr>${COLUMNS[name].map((c) => `<td>${esc(Array.isArray(r[c]) ? r[c].join("、") : r[c])}</td>`).join("")}</tr>`).join("") + "</table>";
    target.querySelectorAll("button").forEach((b) => b.addEventListener("click", () => {
      state.page = Math.min(Math.max(0, state.page + Number(b.dataset.step)), Math.max(0, Math.ceil(shown.length / PAGE) - 1));
      draw();
    }));
  }
  draw();
}

// ---------------------------------------------------------------- to review: facts held back by a row check
function initReview() {
  const rows = DATA.review || [];
  document.getElementById("review-count").textContent = rows.length ? `(${rows.length})` : "";
  const checks = [...new Set(rows.flatMap((r) => r.check_name.split("; ")))].sort();
  const bar = document.getElementById("review-filters");
  bar.innerHTML = `<select><option value="">all checks</option>${checks.map((c) => `<option>${esc(c)}</option>`).join("")}</select>`;
  const list = document.getElementById("review-list");
  const draw = (check) => {
    const shown = rows.filter((r) => !check || r.check_name.split("; ").includes(check));
    const capped = DATA.totals.review > rows.length ? ` (the first ${rows.length} of ${DATA.totals.review}: query marts.fct_quarantine for all)` : "";
    list.innerHTML = (shown.length ? `<p>${shown.length} facts held back${capped}</p>` : "<p>nothing held back: every fact passed its row checks</p>") +
      shown.slice(0, 500).map((r) => `<div class="review-item" data-fact-id="${esc(r.id)}">
        <p><b>${esc(r.fact_type)}</b> · failed <b class="bad">${esc(r.check_name)}</b> with <b>${esc(r.failed_value)}</b> ·
          <a href="#" data-doc="${esc(r.document_id)}">${esc(titleOf[r.document_id] || r.document_id)}</a></p>
        <div class="text">…${esc(r.before)}<mark class="held">${esc(r.evidence)}</mark>${esc(r.after)}…</div>
        <details><summary>the fact as extracted</summary><pre>${esc(JSON.stringify(JSON.parse(r.row_json || "{}"), null, 1))}</pre></details>
      </div>`).join("");
  };
  bar.addEventListener("change", (e) => draw(e.target.value));
  list.addEventListener("click", (e) => {
    const a = e.target.closest("a[data-doc]");
    if (a) { e.preventDefault(); showTab("documents"); openDoc(a.dataset.doc); }
  });
  draw("");
}

// ---------------------------------------------------------------- charts (inline SVG)
function svg(width, height, body) { return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${body}</svg>`; }

function barChart(el, items, opts = {}) {
  if (!items.length) { el.innerHTML = "<p>nothing to chart</p>"; return; }
  const w = Math.max(400, items.length * 46 + 80), h = 260, max = Math.max(...items.map((i) => i.value)) || 1;
  const bw = (w - 80) / items.length;
  const bars = items.map((it, i) => {
    const bh = (it.value / max) * (h - 90);
    const x = 60 + i * bw, y = h - 60 - bh;
    return `<rect x="${x + 4}" y="${y}" width="${bw - 8}" height="${bh}" fill="${it.color || "#1f5f3f"}"><title>${esc(it.label)}: ${it.value}</title></rect>` +
      `<text x="${x + bw / 2}" y="${h - 44}" font-size="10" text-anchor="end" transform="rotate(-40 ${x + bw / 2} ${h - 44})">${esc(it.label)}</text>` +
      `<text x="${x + bw / 2}" y="${y - 3}" font-size="10" text-anchor="middle">${esc(it.value)}</text>`;
  }).join("");
  el.innerHTML = svg(w, h, `<line x1="56" y1="${h - 60}" x2="${w - 10}" y2="${h - 60}" stroke="#999"/>${bars}` +
    (opts.unit ? `<text x="8" y="14" font-size="11">${esc(opts.unit)}</text>` : ""));
}

function drawIndicator() {
  const code = document.getElementById("indicator-select").value;
  const rows = DATA.charts.indicators.filter((m) => m.indicator === code).slice(0, 60);
  barChart(document.getElementById("chart-indicator"),
    rows.map((m) => ({ label: `${m.region} ${m.period_start || ""}~${m.period_end || ""}`, value: m.value })),
    { unit: rows[0] ? rows[0].unit : "" });
}

function drawCharts() {
  const sel = document.getElementById("indicator-select");
  if (!sel.options.length) {
    const counts = {};
    DATA.charts.indicators.forEach((m) => (counts[m.indicator] = (counts[m.indicator] || 0) + m.n));
    sel.innerHTML = Object.entries(counts).sort((a, b) => b[1] - a[1]).map(([c, n]) => `<option value="${c}">${c} (${n})</option>`).join("");
    sel.addEventListener("change", drawIndicator);
  }
  drawIndicator();
  barChart(document.getElementById("chart-tasks"), DATA.charts.task_months.map((r) => ({
    label: r.month, value: r.n, color: r.month < DATA.generated.slice(0, 7) ? "#c92a2a" : "#1c7ed6" })), { unit: "tasks due" });
  const dated = DATA.charts.events;
  const el = document.getElementById("chart-events");
  if (!dated.length) { el.innerHTML = "<p>no events dated to the day</p>"; return; }
  const t0 = Date.parse(dated[0].event_date), t1 = Date.parse(dated[dated.length - 1].event_date) + 864e5;
  const w = 900, h = 60 + dated.length * 18;
  const dots = dated.map((e, i) => {
    const x = 40 + ((Date.parse(e.event_date) - t0) / (t1 - t0)) * (w - 300);
    return `<circle cx="${x}" cy="${40 + i * 18}" r="5" fill="#7048e8"><title>${esc(e.event_date)} ${esc(e.name)}</title></circle>` +
      `<text x="${x + 10}" y="${44 + i * 18}" font-size="11">${esc(e.event_date)} ${esc(e.name).slice(0, 40)}</text>`;
  }).join("");
  el.innerHTML = svg(w, h, `<line x1="40" y1="20" x2="${w - 260}" y2="20" stroke="#999"/>${dots}`);
}

// ---------------------------------------------------------------- quality
function initQuality() {
  const q = DATA.quality || {};
  const part = (title, r) => !r ? "" : `<h3>${title}: <span class="ok">${r.passed} passed</span> · <span class="${r.failed ? "bad" : "ok"}">${r.failed} failed</span></h3>` +
    (r.failures && r.failures.length ? "<ul>" + r.failures.map((f) => `<li class="bad">${esc(f)}</li>`).join("") + "</ul>" : "");
  document.getElementById("quality-body").innerHTML = (q.run_at ? `<p>run at ${esc(q.run_at)}</p>` : "<p>no quality results recorded next to this warehouse</p>") +
    (q.row_checks ? `<h3>Row checks (a failing fact is held back, the rest published): ${q.row_checks.passed} passed · ` +
      `<span class="${q.row_checks.held_back ? "bad" : "ok"}">${q.row_checks.held_back} facts held back</span> <a href="#review" data-tab="review">(to review)</a></h3>` +
      "<ul>" + Object.entries(q.row_checks.by_check || {}).map(([c, n]) => `<li>${n} × ${esc(c)}</li>`).join("") + "</ul>" : "") +
    part("Build checks: dbt tests", q.dbt) + part("Build checks: Great Expectations (one failure blocks the publish)", q.expectations) +
    `<p><a href="${esc(DATA.data_docs)}">Great Expectations Data Docs</a></p>`;
}

document.getElementById("meta").textContent =
  `${DATA.docs.length} documents · ${DATA.totals.metrics} metrics · ${DATA.totals.tasks} tasks · ${DATA.totals.events} events · report date ${DATA.generated} · ${DATA.warehouse}`;
document.querySelector("nav").addEventListener("click", (e) => { const a = e.target.closest("a"); if (a) { e.preventDefault(); showTab(a.dataset.tab); } });
initDocuments();
["metrics", "tasks", "events"].forEach(initTable);
initReview();
initQuality();
drawCharts();
document.getElementById("quality-body").addEventListener("click", (e) => { const a = e.target.closest("a[data-tab]"); if (a) { e.preventDefault(); showTab(a.dataset.tab); } });
showTab(/^#(metrics|tasks|events|review|charts|quality)$/.test(INITIAL_HASH) ? INITIAL_HASH.slice(1) : "documents");
