// corpus-tool workbench: one page, hash routes, a small JSON API.
// Every piece of data reaches the page through textContent / createTextNode (never innerHTML),
// so a source containing <script> is shown as text.
"use strict";

const TOKEN = document.querySelector('meta[name="corpus-token"]').content;
const VIEW = () => document.getElementById("view");
const STRENGTHS = ["obligation", "prohibition", "recommendation", "permission", "recognition"];

// --- DOM helpers --------------------------------------------------------------------------

function el(tag, attrs, ...kids) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") e.className = v;
    else if (k === "text") e.textContent = v;
    else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
    else if (k === "dataset") Object.assign(e.dataset, v);
    else if (k === "value") e.value = v;
    else e.setAttribute(k, v === true ? "" : String(v));
  }
  for (const kid of kids.flat(Infinity)) {
    if (kid === null || kid === undefined || kid === false) continue;
    e.append(kid instanceof Node ? kid : document.createTextNode(String(kid)));
  }
  return e;
}

// Children for the native append/replaceChildren: drops null/undefined/false (never "null").
function kids(...xs) { return xs.flat(Infinity).filter((x) => x !== null && x !== undefined && x !== false); }

function svg(tag, attrs, ...kids) {
  const e = document.createElementNS("http://www.w3.org/2000/svg", tag);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, String(v));
  for (const kid of kids.flat()) {
    if (kid === null || kid === undefined) continue;
    e.append(kid instanceof Node ? kid : document.createTextNode(String(kid)));
  }
  return e;
}

// Links inside the page: always "#/…" built here with encodeURIComponent.
function docHref(docId, passageId) {
  return "#/doc/" + encodeURIComponent(docId) + (passageId ? "?p=" + encodeURIComponent(passageId) : "");
}
// A wide table in a box of its own that scrolls sideways on a narrow screen (the page does not),
// a shadow at the side that has more; reached with Tab and named for a screen reader (trial 24:
// at 390 px the documents' table looked cut off on the right).
// While it is wider than its box, a line above it says so.
const overflowSeen = new ResizeObserver((entries) => {
  for (const e of entries) e.target.classList.toggle("overflows", e.target.scrollWidth > e.target.clientWidth + 1);
});
function scrollBox(label, table) {
  const box = el("div", {class: "table-wrap", role: "region", tabindex: 0, "aria-label": label},
    el("p", {class: "scroll-hint", "aria-hidden": "true"}, "Wider than the screen: scroll the table sideways →"), table);
  overflowSeen.observe(box);
  return box;
}
function link(href, text, attrs) { return el("a", Object.assign({href}, attrs || {}), text); }
function short(text, n) { text = text || ""; return text.length > n ? text.slice(0, n - 1) + "…" : text; }
function fmtScore(x) { return (x === null || x === undefined || x === "") ? "–" : (+x).toFixed(2); }
function cite(p) {
  return [p.locator, p.page ? "p. " + p.page : null].filter(Boolean).join(", ");
}

// --- messages ----------------------------------------------------------------------------

function flash(text, kind) {
  const box = document.getElementById("msg");
  document.getElementById("msg-text").textContent = text;
  box.className = kind || "error";
  box.hidden = false;
  box.dataset.at = String(Date.now());
  if (kind === "ok") setTimeout(() => { if (document.getElementById("msg-text").textContent === text) box.hidden = true; }, 4000);
}
function clearFlash() { document.getElementById("msg").hidden = true; }

function unavailableBox(err) {
  return el("div", {class: "card unavailable"}, el("strong", {}, "Not available yet. "), err.message || String(err));
}

// --- API -----------------------------------------------------------------------------------

// The files researchers' work lives in, as this page last saw them (`/stamp`): a command or
// another tab that changes them is said, never silently shown stale (a researcher's trial,
// session 42: the page kept showing what a CLI command had changed until it was reloaded).
const watch = {stamp: null, writing: 0};
async function readStamp() {
  try { return (await api("GET", "/stamp")).stamp; } catch (e) { return null; }
}
async function checkStamp() {
  if (watch.writing || document.hidden) return;
  const s = await readStamp();
  if (!s || watch.writing) return;
  if (watch.stamp && s !== watch.stamp) document.getElementById("changed").hidden = false;
  else if (!watch.stamp) watch.stamp = s;
}

async function api(method, path, body) {
  if (method !== "GET") {           // this page's own change: the stamp it leaves is seen
    watch.writing++;
    try { return await request(method, path, body); }
    finally { const s = await readStamp(); if (s) watch.stamp = s; watch.writing--; }
  }
  return await request(method, path, body);
}

async function request(method, path, body) {
  const opts = {method, headers: {"Accept": "application/json"}, credentials: "same-origin"};
  if (method !== "GET") {
    opts.headers["X-Corpus-Token"] = TOKEN;
    opts.headers["Content-Type"] = "application/json";
    opts.body = JSON.stringify(body || {});
  }
  let r;
  try { r = await fetch("/api" + path, opts); }
  catch (e) { throw new Error("the workbench server does not answer (is `corpus-tool serve` still running?)"); }
  let data;
  try { data = await r.json(); } catch (e) { data = {error: "the server answered " + r.status}; }
  if (!r.ok) {
    const err = new Error(data.error || r.statusText);
    err.status = r.status; err.unavailable = !!data.unavailable; err.problems = data.problems || [];
    throw err;
  }
  return data;
}
const qs = (obj) => new URLSearchParams(Object.entries(obj).filter(([, v]) => v !== null && v !== undefined && v !== "")).toString();

// --- shared state (never file contents: those are re-read on every view) ------------------

const state = {codebook: null, indicatorIds: null, coder: localStorage.getItem("corpus-coder") || ""};

async function codebook() {
  if (!state.codebook) {
    try { state.codebook = (await api("GET", "/codebook")).areas; }
    catch (e) { state.codebook = []; }
  }
  return state.codebook;
}
function areaIndex(id) {
  const i = (state.codebook || []).findIndex((x) => x.id === id);
  return i < 0 ? 7 : i % 8;
}
function areaName(id) {
  const a = (state.codebook || []).find((x) => x.id === id);
  return a ? a.name : id;
}
async function indicatorIds() {
  try { return (await api("GET", "/indicators/ids")).indicators; } catch (e) { return []; }
}
function areaSelect(current, attrs) {
  const sel = el("select", attrs || {}, el("option", {value: ""}, "— area —"));
  (state.codebook || []).forEach((a, i) => sel.append(el("option", {value: a.id}, `${i + 1}. ${a.name}`)));
  sel.value = current || "";
  return sel;
}
// evidence for its indicator, or against it (a clause that takes away what the indicator asks):
// against is listed apart in the drafts and the provenance, and needs an indicator
function stanceSelect(current, attrs) {
  const sel = el("select", Object.assign({"aria-label": "Evidence for or against the indicator"}, attrs || {}),
    el("option", {value: "for"}, "for the indicator"), el("option", {value: "against"}, "against the indicator"));
  sel.value = current || "for";
  return sel;
}
function indicatorInput(current, listId, attrs) {
  return el("input", Object.assign({list: listId, value: current || "", placeholder: "indicator id (optional)", autocomplete: "off"}, attrs || {}));
}
// The ids a coder may mean, for the area chosen in `areaSel` (all of them while none is): the
// codebook's, else the framework's, the drafts' and those coders used (trial 25: the list
// stayed empty although the codebook lists 17). It follows the area as it changes.
async function indicatorDatalist(id, areaSel) {
  const list = el("datalist", {id});
  const ids = await indicatorIds();
  const fill = () => {
    const area = areaSel ? areaSel.value : "";
    list.replaceChildren(...ids.filter((ind) => !area || !ind.area || ind.area === area).map((ind) =>
      el("option", {value: ind.id}, short(ind.title || (ind.source === "used" ? "used by coders" : ""), 80))));
  };
  if (areaSel) areaSel.addEventListener("change", fill);
  fill();
  return list;
}

// --- router --------------------------------------------------------------------------------

let renderSeq = 0;
const hooks = {selection: null};  // the current view's selection handler
document.addEventListener("selectionchange", () => { if (hooks.selection) hooks.selection(); });
// a skip link moves the focus to its target (its href would be taken for a route)
document.addEventListener("click", (ev) => {
  const skip = ev.target.closest && ev.target.closest("a.skip");
  if (!skip) return;
  ev.preventDefault();
  const target = document.getElementById(skip.dataset.target);
  if (target) target.focus();
});
const ROUTES = [
  [/^#\/(docs)?$/, "docs", () => viewDocs()],
  [/^#\/doc\/([^?]+)(?:\?p=(.*))?$/, "docs", (m) => viewDoc(decodeURIComponent(m[1]), m[2] ? decodeURIComponent(m[2]) : null)],
  [/^#\/search(?:\?(.*))?$/, "search", (m) => viewSearch(new URLSearchParams(m[1] || ""))],
  [/^#\/queue$/, "queue", () => viewQueue()],
  [/^#\/annotations$/, "annotations", () => renderAnnotations()],
  [/^#\/clusters$/, "clusters", () => viewClusters()],
  [/^#\/indicators(?:\/([^?]+))?$/, "indicators", (m) => viewIndicators(m[1] ? decodeURIComponent(m[1]) : null)],
  [/^#\/scores(?:\?(.*))?$/, "scores", (m) => viewScores(new URLSearchParams(m[1] || ""))],
];

async function route() {
  const hash = location.hash || "#/docs";
  const seq = ++renderSeq;
  document.onkeydown = null;
  hooks.selection = null;
  for (const [rx, nav, fn] of ROUTES) {
    const m = hash.match(rx);
    if (!m) continue;
    document.querySelectorAll("#nav a").forEach((a) => a.classList.toggle("active", a.dataset.nav === nav));
    VIEW().replaceChildren(el("p", {class: "muted"}, "Loading…"));
    try {
      const node = await fn(m);
      if (seq !== renderSeq) return;  // a newer view was asked for meanwhile
      VIEW().replaceChildren(node);
      if (node.onshow) node.onshow();
      VIEW().dataset.view = nav;
      VIEW().dataset.route = hash;
      VIEW().dataset.ready = String(seq);
    } catch (e) {
      if (seq !== renderSeq) return;
      VIEW().replaceChildren(e.unavailable ? unavailableBox(e) : el("div", {class: "card error-box"}, e.message));
      VIEW().dataset.view = nav;
      VIEW().dataset.route = hash;
      VIEW().dataset.ready = String(seq);
    }
    return;
  }
  VIEW().replaceChildren(el("p", {}, "No such page. ", link("#/docs", "Documents")));
}

// --- documents -----------------------------------------------------------------------------

async function viewDocs() {
  const [data, status] = await Promise.all([api("GET", "/docs"), api("GET", "/status")]);
  const root = el("section", {id: "docs-view"});
  const counts = [`${status.documents} documents`, `${status.passages} passages`,
    status.statements !== null ? `${status.statements} statements` : null].filter(Boolean).join(" · ");
  root.append(el("h1", {}, "Documents"), el("p", {class: "muted"}, counts));
  if (!data.documents.length) {
    root.append(el("div", {class: "card"}, "No documents in the index yet. Add sources with ",
      el("code", {}, "corpus-tool add FILE --title … --issuer …"), " and run ", el("code", {}, "corpus-tool ingest"), "."));
    return root;
  }
  const filter = el("input", {type: "search", placeholder: "filter by title, issuer, id…", class: "filter", "aria-label": "Filter documents"});
  const tbody = el("tbody");
  const rows = data.documents.map((d) => {
    const tr = el("tr", {dataset: {doc: d.id}},
      el("td", {}, link(docHref(d.id), d.title), el("div", {class: "muted small"}, d.id)),
      el("td", {}, d.issuer), el("td", {class: "num"}, d.year ?? ""), el("td", {}, d.type),
      el("td", {}, d.legal_force), el("td", {class: "num"}, d.passages), el("td", {class: "num"}, d.annotations || ""));
    tr._text = `${d.id} ${d.title} ${d.issuer} ${d.type} ${d.year}`.toLowerCase();
    return tr;
  });
  tbody.append(...rows);
  filter.addEventListener("input", () => {
    const q = filter.value.toLowerCase();
    rows.forEach((tr) => { tr.hidden = q && !tr._text.includes(q); });
  });
  root.append(filter, scrollBox("Documents", el("table", {class: "list"},
    el("thead", {}, el("tr", {}, ["Document", "Issuer", "Year", "Type", "Force", "Passages", "Annotations"].map((h) => el("th", {}, h)))),
    tbody)));
  return root;
}

// One passage as text segments: statements and annotations become spans over the same text.
function renderPassageText(p, stmts, anns) {
  const len = p.text.length, base = p.start, end = base + len;
  const clamp = (x) => Math.max(base, Math.min(end, x));
  const cuts = new Set([base, end]);
  const st = stmts.filter((s) => s.end > base && s.start < end);
  const an = anns.filter((a) => a.start !== null && a.end > base && a.start < end);
  for (const r of [...st, ...an]) { cuts.add(clamp(r.start)); cuts.add(clamp(r.end)); }
  const points = [...cuts].sort((a, b) => a - b);
  const box = el("div", {class: "ptext", dataset: {start: base, end}});
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i], b = points[i + 1];
    const seg = el("span", {class: "seg", dataset: {start: a, end: b}}, p.text.slice(a - base, b - base));
    const s = st.find((x) => x.start <= a && x.end >= b);
    if (s) { seg.classList.add("st", "st-" + s.strength); seg.dataset.st = s.id; seg.title = `${s.strength}: ${s.deontic || ""} (${s.actor || "no actor"})`; }
    const covering = an.filter((x) => x.start <= a && x.end >= b);
    if (covering.length) {
      seg.classList.add("ann", "ann-a" + areaIndex(covering[covering.length - 1].area));
      seg.dataset.ann = covering.map((x) => x.id).join(" ");
      seg.title = (seg.title ? seg.title + "\n" : "") + covering.map((x) => "annotated: " + areaName(x.area) + (x.indicator ? " → " + x.indicator : "") + " (" + x.creator + ")").join("\n");
    }
    box.append(seg);
  }
  return box;
}

function boundary(node, off) {
  if (!node) return null;
  if (node.nodeType === Node.TEXT_NODE) {
    const seg = node.parentElement && node.parentElement.closest(".seg");
    if (seg) return +seg.dataset.start + off;
    node = node.parentElement; off = 0;
  }
  const ptext = node.closest ? node.closest(".ptext") : null;
  if (ptext) {
    const child = node.childNodes[off];
    if (child && child.dataset && child.dataset.start !== undefined) return +child.dataset.start;
    return +ptext.dataset.end;
  }
  const passage = node.closest ? node.closest(".passage") : null;
  if (passage) { const t = passage.querySelector(".ptext"); return t ? +t.dataset.start : null; }
  return null;
}

async function viewDoc(docId, passageId) {
  const [data] = await Promise.all([api("GET", "/docs/" + encodeURIComponent(docId)), codebook()]);
  const d = data.document;
  const root = el("section", {id: "doc-view", class: "doc-layout"});
  const left = el("div", {class: "doc-main"});
  const side = el("aside", {class: "doc-side"});
  root.append(left, side);

  left.append(el("a", {class: "skip", href: "#tag-area", dataset: {target: "tag-area"}}, "Skip to the Tag form"),
    el("h1", {}, d.title),
    el("p", {class: "muted"}, [d.issuer, d.year, d.type, d.legal_force, d.pages ? d.pages + " pages" : null, data.passages.length + " passages"].filter(Boolean).join(" · "),
      " · ", el("code", {}, d.id)));
  const legend = el("div", {class: "legend"}, "Statements: ",
    STRENGTHS.map((s) => el("span", {class: "st st-" + s}, s)), el("br"), "Annotations: ",
    (state.codebook || []).map((a, i) => el("span", {class: "ann ann-a" + (i % 8)}, a.name)));
  left.append(legend);
  if (data.statements_note) left.append(el("p", {class: "note"}, data.statements_note));

  const anns = data.annotations.map((a) => ({...a}));
  const list = el("div", {id: "passages", class: "hide-other"});
  const other = (p) => p.lang && d.language && p.lang !== d.language;
  const nOther = data.passages.filter(other).length;
  let heading = null;
  for (const p of data.passages) {
    if (p.heading && p.heading !== heading) { heading = p.heading; list.append(el("h3", {class: "heading" + (other(p) ? " other-lang" : "")}, heading)); }
    const stmts = data.statements.filter((s) => s.passage_id === p.id);
    list.append(el("div", {class: "passage" + (other(p) ? " other-lang" : ""), id: "p-" + p.id, dataset: {pid: p.id}},
      el("div", {class: "loc"}, el("a", {href: docHref(d.id, p.id), title: p.id}, p.locator || "¶"), p.page ? el("span", {class: "page"}, "p. " + p.page) : null,
        other(p) ? el("span", {class: "lang"}, p.lang) : null),
      renderPassageText(p, stmts, anns)));
  }
  if (nOther) {
    // passages flagged as another language (e.g. the Dutch half of a bilingual treaty file) are
    // kept in the store and left out of later stages; hidden here unless asked for
    const box = el("input", {type: "checkbox", id: "show-other"});
    box.addEventListener("change", () => list.classList.toggle("hide-other", !box.checked));
    left.append(el("label", {class: "inline small"}, box, ` show ${nOther} passage${nOther === 1 ? "" : "s"} in another language than ${d.language}`));
    if (passageId && data.passages.some((p) => p.id === passageId && other(p))) { box.checked = true; list.classList.remove("hide-other"); }
  }
  left.append(list);

  // --- the tagging panel
  const pending = {start: null, end: null, quote: "", statement: null, passage: null};
  const quoteBox = el("blockquote", {id: "sel-quote", class: "empty", "aria-live": "polite"}, "Select words in the text, or click a highlighted statement.");
  const area = areaSelect("", {id: "tag-area", "aria-label": "Area"});
  const indic = indicatorInput("", "ind-ids", {id: "tag-indicator", "aria-label": "Indicator"});
  const memo = el("textarea", {id: "tag-memo", rows: 3, placeholder: "memo (optional)", "aria-label": "Memo"});
  const stance = stanceSelect("for", {id: "tag-stance"});
  const formErr = el("p", {class: "form-error", id: "tag-error", role: "alert"});
  const tagBtn = el("button", {type: "button", id: "tag-btn", class: "primary", disabled: true}, "Tag selection");
  const annList = el("div", {id: "ann-list"});
  const annCount = el("span", {class: "muted", id: "ann-count"});
  side.append(...kids(el("div", {class: "card"},
    el("h2", {}, "Tag"), quoteBox,
    el("label", {}, "Area", area), el("label", {}, "Indicator", indic), await indicatorDatalist("ind-ids", area),
    el("label", {}, "Evidence", stance), el("label", {}, "Memo", memo), formErr, tagBtn,
    el("p", {class: "muted small"}, "Keys: Enter on a passage’s “para.” link picks it whole, 1–", String((state.codebook || []).length || 4), " pick an area, Enter tags.")),
  el("h2", {}, "Annotations ", annCount), data.annotations_note ? el("p", {class: "note"}, data.annotations_note) : null, annList));

  function setPending(p) {
    list.querySelectorAll(".passage.picked").forEach((x) => x.classList.remove("picked"));
    Object.assign(pending, p);
    quoteBox.classList.toggle("empty", !pending.quote);
    quoteBox.replaceChildren(pending.quote ? short(pending.quote, 600) : "Select words in the text, or click a highlighted statement.");
    if (pending.statement) quoteBox.append(el("div", {class: "muted small"}, "statement " + pending.statement));
    tagBtn.disabled = !pending.quote;
    formErr.textContent = "";
  }

  hooks.selection = () => {
    const sel = window.getSelection();
    if (!sel || sel.isCollapsed || !sel.rangeCount) return;
    const r = sel.getRangeAt(0);
    if (!list.contains(r.commonAncestorContainer)) return;
    let s = boundary(r.startContainer, r.startOffset), e = boundary(r.endContainer, r.endOffset);
    const text = sel.toString();
    if (s === null || e === null || !text.trim()) return;
    if (e < s) [s, e] = [e, s];
    const at = (n) => (n.nodeType === Node.TEXT_NODE ? n.parentElement : n).closest(".passage");
    const sp = at(r.startContainer), ep = at(r.endContainer);
    list.querySelectorAll(".seg.picked").forEach((x) => x.classList.remove("picked"));
    if (sp && ep && sp !== ep) {
      // an annotation quotes one passage: a selection running into the next one (it picks up
      // that passage's "para. 9" label too) is said to be that, not sent to be refused as a
      // misquote (trial 17)
      setPending({start: null, end: null, quote: "", statement: null, passage: null});
      quoteBox.replaceChildren("A selection must stay within one passage: select words inside one paragraph (to code two, tag each one).");
      quoteBox.classList.add("cross-passage");
      return;
    }
    quoteBox.classList.remove("cross-passage");
    setPending({start: s, end: e, quote: text.trim(), statement: null, passage: sp ? sp.dataset.pid : null});
  };

  // A click on a statement picks it whole; wait a moment so a double-click (word selection)
  // is not mistaken for one.
  let clickTimer = null;
  list.addEventListener("click", (ev) => {
    const annSeg = ev.target.closest(".seg.ann");
    if (annSeg && ev.detail === 1) {
      const card = annList.querySelector(`.ann-card[data-ann="${CSS.escape(annSeg.dataset.ann.split(" ").pop())}"]`);
      if (card) { card.scrollIntoView({block: "nearest"}); flashNode(card); }
    }
    const seg = ev.target.closest(".seg.st");
    clearTimeout(clickTimer);
    if (!seg || ev.detail > 1) return;
    clickTimer = setTimeout(() => {
      const sel = window.getSelection();
      if (sel && !sel.isCollapsed) return;
      const s = data.statements.find((x) => x.id === seg.dataset.st);
      if (!s) return;
      list.querySelectorAll(".seg.picked").forEach((x) => x.classList.remove("picked"));
      list.querySelectorAll(`.seg[data-st="${CSS.escape(s.id)}"]`).forEach((x) => x.classList.add("picked"));
      setPending({start: s.start, end: s.end, quote: s.text, statement: s.id, passage: s.passage_id});
    }, 300);
  });

  // Enter on a passage's "para. N" link picks the whole passage for tagging (then 1–4 and Enter
  // tag it, as with a selection); a click still only links to it (trial 17: no keyboard way in)
  list.addEventListener("keydown", (ev) => {
    const a = ev.target.closest(".loc a");
    if (!a || ev.key !== "Enter" || ev.altKey || ev.ctrlKey || ev.metaKey || ev.shiftKey) return;
    const node = a.closest(".passage"), p = data.passages.find((x) => x.id === node.dataset.pid);
    const quote = p ? p.text.trim() : "";
    const start = p ? p.start + p.text.length - p.text.trimStart().length : null;
    if (!quote || (pending.passage === p.id && pending.start === start && !pending.statement)) return;
    ev.preventDefault(); ev.stopPropagation();   // picked already: this Enter tags (document keydown)
    list.querySelectorAll(".seg.picked").forEach((x) => x.classList.remove("picked"));
    setPending({start, end: start + quote.length, quote, statement: null, passage: p.id});
    node.classList.add("picked");
  });

  async function tag() {
    if (!pending.quote) return;
    formErr.textContent = "";
    tagBtn.disabled = true;
    try {
      const body = {doc: d.id, quote: pending.quote, start: pending.start, end: pending.end,
        area: area.value, indicator: indic.value.trim(), memo: memo.value, stance: stance.value, coder: currentCoder(),
        statement: pending.statement, passage: pending.passage};
      const res = await api("POST", "/annotations", body);
      anns.push(res.annotation);
      flash("Tagged: " + areaName(res.annotation.area) + " (" + res.annotation.id + ")" + (res.notice ? ". Note: " + res.notice : ""), res.notice ? "warn" : "ok");
      memo.value = ""; delete memo.dataset.touched; stance.value = "for"; window.getSelection().removeAllRanges();
      setPending({start: null, end: null, quote: "", statement: null, passage: null});
      refreshHighlights(); renderAnnList();
    } catch (e) {
      formErr.textContent = e.message;
      tagBtn.disabled = false;
    }
  }
  tagBtn.addEventListener("click", tag);

  function refreshHighlights() {
    for (const p of data.passages) {
      const node = document.getElementById("p-" + p.id);
      if (!node) continue;
      node.querySelector(".ptext").replaceWith(renderPassageText(p, data.statements.filter((s) => s.passage_id === p.id), anns));
    }
  }

  function renderAnnList() {
    annCount.textContent = `(${anns.length})`;
    annList.replaceChildren(...anns.slice().sort((a, b) => (a.start ?? 0) - (b.start ?? 0)).map((a) => annCard(a)));
    if (!anns.length) annList.append(el("p", {class: "muted"}, "None yet."));
  }

  function annCard(a) {
    const card = el("div", {class: "ann-card" + (a.orphaned ? " orphan" : ""), dataset: {ann: a.id}});
    const show = () => {
      card.replaceChildren(...kids(
        el("div", {}, el("span", {class: "tag area area-c" + areaIndex(a.area)}, areaName(a.area)), a.indicator ? el("span", {class: "tag"}, a.indicator) : null,
          a.stance === "against" ? el("span", {class: "tag status-against", title: "evidence against the indicator: listed apart, it grounds nothing"}, "against") : null,
          a.origin && a.origin !== "manual" ? el("span", {class: "tag muted", title: a.model_id ? `${a.model_id} ${a.model_version || ""} score ${fmtScore(a.score)}` : ""}, a.origin) : null,
          a.anchor_status && a.anchor_status !== "exact" ? el("span", {class: "tag warn", title: a.anchor_status === "fuzzy"
            ? "the words changed a little: read them in the text, then `corpus-tool annotations check --accept-fuzzy` takes the new words as the quote"
            : "run `corpus-tool annotations check` to update the files"},
            a.anchor_status === "orphaned" ? "orphaned: quote not found in this version" : a.anchor_status === "fuzzy" ? "fuzzy: words changed" : a.anchor_status) : null),
        el("blockquote", {}, short(a.quote, 300)),
        a.memo ? el("p", {class: "memo"}, a.memo) : null,
        el("div", {class: "muted small"}, [a.creator, (a.modified || a.created || "").slice(0, 16).replace("T", " "), a.locator].filter(Boolean).join(" · ")),
        // only its coder changes an annotation (the server refuses others): not offered
        // on another coder's card (trial 17)
        el("div", {class: "actions"},
          el("button", {type: "button", class: "link", onclick: () => jump(a)}, "show"),
          a.creator === currentCoder() ? [
            el("button", {type: "button", class: "link edit", onclick: edit}, "edit"),
            el("button", {type: "button", class: "link danger remove", onclick: askRemove}, "remove")]
            : el("span", {class: "muted small others"}, `${a.creator}'s coding: only ${a.creator} edits or removes it`))));
    };
    const edit = async () => {
      const ar = areaSelect(a.area, {"aria-label": "Area"});
      const ind = indicatorInput(a.indicator, "ind-ids-" + a.id, {"aria-label": "Indicator"});
      const ids = await indicatorDatalist("ind-ids-" + a.id, ar);   // (the ids of its own area)
      const me = el("textarea", {rows: 3, "aria-label": "Memo"}); me.value = a.memo || "";
      const st = stanceSelect(a.stance || "for", {});
      const err = el("p", {class: "form-error", role: "alert"});
      card.replaceChildren(el("blockquote", {}, short(a.quote, 300)), el("label", {}, "Area", ar), el("label", {}, "Indicator", ind), ids, el("label", {}, "Evidence", st), el("label", {}, "Memo", me), err,
        el("div", {class: "actions"},
          el("button", {type: "button", class: "primary save", onclick: async () => {
            try {
              const body = {coder: currentCoder()};   // only what changed: other edits are kept
              if (ar.value !== a.area) body.area = ar.value;
              if (ind.value.trim() !== (a.indicator || "")) body.indicator = ind.value.trim();
              if (me.value !== (a.memo || "")) body.memo = me.value;
              if (st.value !== (a.stance || "for")) body.stance = st.value;
              const res = await api("PUT", "/annotations/" + encodeURIComponent(a.id), body);
              Object.assign(a, res.annotation); flash("Saved " + a.id + (res.notice ? ". Note: " + res.notice : ""), res.notice ? "warn" : "ok"); show();
            } catch (e) { err.textContent = e.message; }
          }}, "Save"),
          el("button", {type: "button", class: "link", onclick: show}, "cancel")));
    };
    const askRemove = () => {
      const err = el("p", {class: "form-error", role: "alert"});
      card.append(el("div", {class: "confirm"}, "Remove this annotation? ",
        el("button", {type: "button", class: "danger confirm-remove", onclick: async () => {
          try {
            await api("DELETE", "/annotations/" + encodeURIComponent(a.id), {coder: currentCoder()});
            anns.splice(anns.indexOf(a), 1); refreshHighlights(); renderAnnList(); flash("Removed " + a.id, "ok");
          } catch (e) {
            if (e.status !== 404) { err.textContent = e.message; return; }
            // removed meanwhile (the CLI, another window): the page catches up, and says so
            anns.splice(anns.indexOf(a), 1); refreshHighlights(); renderAnnList();
            flash(a.id + " was already removed (elsewhere); the list is up to date now", "ok");
          }
        }}, "Remove"), " ", el("button", {type: "button", class: "link", onclick: show}, "keep"), err));
    };
    show();
    return card;
  }

  function jump(a) {
    const seg = list.querySelector(`.seg[data-ann~="${CSS.escape(a.id)}"]`);
    const target = seg || (a.passage_id && document.getElementById("p-" + a.passage_id));
    if (target) { target.scrollIntoView({block: "center"}); flashNode(target.closest(".passage") || target); }
  }

  renderAnnList();
  document.onkeydown = (ev) => {
    if (ev.target.closest && ev.target.closest("input, textarea, select")) return;
    const n = parseInt(ev.key, 10);
    if (n >= 1 && n <= (state.codebook || []).length) { area.value = state.codebook[n - 1].id; ev.preventDefault(); }
    else if (ev.key === "Enter" && pending.quote) { ev.preventDefault(); tag(); }
  };
  root.onshow = () => {
    if (passageId) {
      const node = document.getElementById("p-" + passageId);
      if (node) { node.scrollIntoView({block: "center"}); flashNode(node); }
    } else window.scrollTo(0, 0);
  };
  return root;
}

function flashNode(node) {
  node.classList.remove("flash"); void node.offsetWidth; node.classList.add("flash");
}

function currentCoder() { return (document.getElementById("coder").value || "").trim(); }

// --- search --------------------------------------------------------------------------------

async function viewSearch(params) {
  const q = params.get("q") || "", mode = params.get("mode") || "text";
  const root = el("section", {id: "search-view"}, el("h1", {}, "Search"));
  const input = el("input", {type: "search", id: "search-q", value: q, placeholder: "words, \"a phrase\", or a meaning", "aria-label": "Search"});
  const modeSel = el("select", {id: "search-mode", "aria-label": "Mode"}, el("option", {value: "text"}, "full text"), el("option", {value: "semantic"}, "by meaning (semantic)"));
  modeSel.value = mode;
  const form = el("form", {class: "searchbar", onsubmit: (ev) => {
    ev.preventDefault();
    location.hash = "#/search?" + qs({q: input.value.trim(), mode: modeSel.value});
  }}, input, modeSel, el("button", {type: "submit", class: "primary"}, "Search"));
  root.append(form);
  root.onshow = () => input.focus();
  if (!q) return root;
  const out = el("div", {id: "results"}, el("p", {class: "muted"}, mode === "semantic"
    ? "Searching by meaning… (the first search loads the embedding model and embeds the corpus once; later ones are quick)"
    : "Searching…"));
  root.append(out);
  const hit = (r) => {
    const p = r.passage;
    return el("div", {class: "card hit"},
      el("div", {}, link(docHref(p.doc_id, p.id), r.title), " ", el("span", {class: "muted"}, cite(p)), " ",
        r.kind === "statement" ? el("span", {class: "tag"}, "statement") : null,
        el("span", {class: "score muted small"}, "score " + fmtScore(r.score))),
      snippet(r.snippet || p.text));
  };
  (async () => {
    try {
      const data = await api("GET", "/search?" + qs({q, mode}));
      // full text: how many match in all, and the next ones on request (trial 17: "30
      // results" was read as the size of the evidence when 137 passages matched)
      const count = el("p", {class: "muted", id: "search-count", "aria-live": "polite"});
      const more = el("button", {type: "button", id: "search-more"});
      let shown = 0;
      const add = (results) => {
        const at = more.isConnected ? more : null;
        for (const r of results) { if (at) at.before(hit(r)); else out.append(hit(r)); }
        shown += results.length;
        const total = data.total;
        count.textContent = (total == null ? `${shown} nearest result${shown === 1 ? "" : "s"}`
          : total > shown ? `${shown} of ${total} results (best first)` : `${total} result${total === 1 ? "" : "s"}`) +
          (data.model_id ? " · model " + data.model_id : "");
        more.textContent = `Show ${Math.min(30, (total || 0) - shown)} more`;
        if (total != null && total > shown) { if (!more.isConnected) out.append(more); } else more.remove();
      };
      more.addEventListener("click", async () => {
        more.disabled = true;
        try { add((await api("GET", "/search?" + qs({q, mode, offset: shown}))).results); }
        catch (e) { flash(e.message); }
        more.disabled = false;
      });
      out.replaceChildren(count);
      add(data.results);
    } catch (e) {
      out.replaceChildren(e.unavailable ? unavailableBox(e) : el("p", {class: "form-error"}, e.message));
    }
    out.dataset.done = "1";
  })();
  return root;
}

// FTS snippets mark hits with [ ]: shown as <mark>, built as text nodes.
function snippet(text) {
  const p = el("p", {class: "snippet"});
  const parts = String(text).split(/(\[[^\[\]]*\])/);
  for (const part of parts) {
    if (part.startsWith("[") && part.endsWith("]") && part.length > 2) p.append(el("mark", {}, part.slice(1, -1)));
    else p.append(part);
  }
  return p;
}

// --- feature views (filled in by the later sections) --------------------------------------

async function viewQueue() { return await renderQueue(); }
async function viewClusters() { return await renderClusters(); }
async function viewIndicators(id) { return await renderIndicators(id); }
async function viewScores(params) { return await renderScores(params); }

// --- boot ----------------------------------------------------------------------------------

document.addEventListener("DOMContentLoaded", async () => {
  const coder = document.getElementById("coder");
  coder.value = state.coder;
  coder.addEventListener("change", () => localStorage.setItem("corpus-coder", coder.value.trim()));
  document.getElementById("msg-close").addEventListener("click", clearFlash);
  document.getElementById("changed-show").addEventListener("click", async () => {
    if (unsaved() && !confirm("What you typed here is not saved. Show the changed files' state and lose it?")) return;
    document.getElementById("changed").hidden = true;
    state.codebook = state.indicatorIds = null;       // re-read what was cached
    watch.stamp = await readStamp();
    route();
  });
  setInterval(checkStamp, 4000);
  // typed work not saved yet (a memo, a question, a title) is not left behind without a word
  // (a researcher's trial, session 42: Back and a click on another view discarded both)
  document.addEventListener("input", (ev) => {
    const t = ev.target;
    if (t.closest("#view") && (t.tagName === "TEXTAREA" || t.id === "ind-title")) t.dataset.touched = "1";
  });
  const unsaved = () => [...document.querySelectorAll("#view [data-touched]")].some((x) => x.value.trim() !== "");
  let here = location.hash, stay = false;
  window.addEventListener("beforeunload", (ev) => { if (unsaved()) { ev.preventDefault(); ev.returnValue = ""; } });
  window.addEventListener("hashchange", () => {
    if (stay) { stay = false; return; }
    if (unsaved() && !confirm("What you typed here is not saved. Leave without saving it?")) {
      stay = true; location.hash = here; return;
    }
    here = location.hash;
    // a message set just before the page moved on (e.g. "Saved …") stays visible
    if (Date.now() - (+document.getElementById("msg").dataset.at || 0) > 1500) clearFlash();
    route();
  });
  try {
    const st = await api("GET", "/status");
    watch.stamp = await readStamp();
    document.getElementById("project-name").textContent = st.project;
    document.getElementById("project-name").title = st.root;
    // the name work is recorded under is shown as a value, never as a grey hint that looks
    // empty (a researcher's trial, session 42: work went to "root" unseen)
    if (st.default_coder && !coder.value.trim()) coder.value = st.default_coder;
    coder.title = "Your name as a coder: recorded as the creator of what you tag" + (st.default_coder ? ` (empty: ${st.default_coder})` : "");
    document.title = "corpus-tool · " + st.project;
  } catch (e) { flash(e.message); }
  route();
});
