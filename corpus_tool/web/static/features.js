// corpus-tool workbench: the suggestion queue, clusters, indicators and scores views.
// Uses the helpers of app.js (el, api, link, …); data only ever goes in as text.
"use strict";

// --- all annotations ---------------------------------------------------------------------

async function renderAnnotations() {
  await codebook();
  const root = el("section", {id: "annotations-view"}, el("h1", {}, "Annotations"));
  const data = await api("GET", "/annotations");
  if (data.problems.length) {
    root.append(el("div", {class: "card error-box", id: "ann-problems"}, el("strong", {}, "Lines that could not be read (they are kept as they are; fix them in the file):"),
      el("ul", {}, data.problems.map((p) => el("li", {}, p)))));
  }
  const anns = data.annotations;
  const coders = [...new Set(anns.map((a) => a.creator))].sort();
  const areaSel = areaSelect("", {"aria-label": "Area"});
  areaSel.options[0].textContent = "all areas";
  const coderSel = el("select", {"aria-label": "Coder"}, el("option", {value: ""}, "all coders"), coders.map((c) => el("option", {value: c}, c)));
  const text = el("input", {type: "search", placeholder: "filter quotes, memos, indicators…", class: "filter", "aria-label": "Filter"});
  const count = el("span", {class: "muted"});
  const tbody = el("tbody");
  const rows = anns.map((a) => {
    const tr = el("tr", {dataset: {ann: a.id}},
      el("td", {}, el("span", {class: "tag area area-c" + areaIndex(a.area)}, areaName(a.area)), a.indicator ? el("div", {}, el("code", {}, a.indicator)) : null,
        a.stance === "against" ? el("div", {}, el("span", {class: "tag status-against", title: "evidence against the indicator"}, "against")) : null),
      el("td", {}, el("div", {}, short(a.quote, 260)), a.memo ? el("div", {class: "muted small"}, a.memo) : null),
      // where in the source, as it is cited ("Art. 7(9)(c), p. 4"), not the passage's slug
      // ("art-7-9-c", trial 25); the slug only where the index no longer has the passage
      el("td", {}, link(docHref(a.doc_id, a.passage_id), a.doc_id), a.passage_id ? el("div", {class: "muted small where", title: a.passage_id},
        cite(a) || a.passage_id.split(":").pop()) : null),
      el("td", {}, a.creator, a.origin !== "manual" ? el("div", {class: "muted small"}, a.origin + (a.model_id ? " · " + a.model_id : "")) : null),
      el("td", {class: "small"}, (a.modified || "").slice(0, 16).replace("T", " ")));
    tr._a = a;
    tr._text = `${a.quote} ${a.memo} ${a.indicator || ""} ${a.doc_id}${a.stance === "against" ? " against" : ""}`.toLowerCase();
    return tr;
  });
  tbody.append(...rows);
  const apply = () => {
    const q = text.value.toLowerCase();
    let n = 0;
    for (const tr of rows) {
      const show = (!areaSel.value || tr._a.area === areaSel.value) && (!coderSel.value || tr._a.creator === coderSel.value) && (!q || tr._text.includes(q));
      tr.hidden = !show; n += show ? 1 : 0;
    }
    count.textContent = `${n} of ${rows.length}`;
  };
  [areaSel, coderSel].forEach((x) => x.addEventListener("change", apply));
  text.addEventListener("input", apply);
  if (coders.length >= 2) root.append(agreementBox(coders));
  root.append(el("div", {class: "pickers"}, areaSel, coderSel, text, count, qdpxLink()),
    el("table", {class: "list annotations"}, el("thead", {}, el("tr", {}, ["Area / indicator", "Quote / memo", "Source", "Coder", "Modified"].map((h) => el("th", {}, h)))), tbody));
  apply();
  return root;
}

// "Download .qdpx": the project for ATLAS.ti, NVivo, MAXQDA, QualCoder. Fetched with the session
// token (the server guards it like a write), then saved from memory.
function qdpxLink() {
  const a = el("a", {href: "#", id: "download-qdpx", class: "small"}, "Download .qdpx");
  a.addEventListener("click", async (ev) => {
    ev.preventDefault();
    try {
      const r = await fetch("/api/export.qdpx", {headers: {"X-Corpus-Token": TOKEN}, credentials: "same-origin"});
      if (!r.ok) { const d = await r.json().catch(() => ({})); throw new Error(d.error || r.statusText); }
      const name = (/filename="([^"]+)"/.exec(r.headers.get("Content-Disposition") || "") || [, "project.qdpx"])[1];
      const url = URL.createObjectURL(await r.blob());
      const save = el("a", {href: url, download: name});
      document.body.append(save); save.click(); save.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10000);
    } catch (e) { flash("Download failed: " + e.message, "error"); }
  });
  return a;
}

// Inter-coder agreement (Krippendorff's alpha, Cohen's kappa) and what to adjudicate.
function agreementBox(coders) {
  const out = el("div", {id: "agreement-out"});
  const boxes = coders.map((c) => el("label", {class: "inline small"}, el("input", {type: "checkbox", value: c, checked: true}), c));
  const run = async () => {
    const chosen = boxes.map((b) => b.querySelector("input")).filter((i) => i.checked).map((i) => i.value);
    out.replaceChildren(el("p", {class: "muted small"}, "Computing…"));
    try {
      const r = await api("GET", "/agreement?" + qs({coders: chosen.join(",")}));
      const row = (name, st) => el("tr", {}, el("td", {}, name), el("td", {class: "num"}, st.units),
        el("td", {class: "num"}, fmtScore(st.alpha)), el("td", {class: "num"}, st.kappa !== undefined ? fmtScore(st.kappa) : "–"),
        el("td", {class: "num"}, st.percent_agreement !== undefined && st.percent_agreement !== null ? Math.round(st.percent_agreement * 100) + " %" : "–"));
      out.replaceChildren(
        el("p", {class: "small muted"}, `${r.units_coded_by_two_or_more} of ${r.units} units coded by two or more of: ${r.coders.join(", ")}`),
        el("table", {class: "scores agreement"}, el("thead", {}, el("tr", {}, ["", "units", "α (Krippendorff)", "κ (Cohen)", "agreement"].map((h) => el("th", {}, h)))),
          el("tbody", {}, row("overall", r.overall), Object.entries(r.per_area).map(([a, st]) => row(areaName(a), st)))),
        el("h3", {}, `Disagreements to adjudicate (${r.disagreements.length})`),
        el("div", {}, r.disagreements.slice(0, 200).map((d) => el("div", {class: "card disagreement"},
          el("div", {class: "muted small"}, link(docHref(d.doc_id, d.passage), d.doc_id + (d.passage ? " · " + (d.locator || d.passage.split(":").pop()) : ""))),
          el("blockquote", {}, short(d.quote || "", 400)),
          el("div", {class: "small"}, Object.entries(d.values).map(([c, v]) => el("span", {class: "tag"}, `${c}: ${(v || []).map(areaName).join(" + ") || "–"}`)))))),
        indicatorAgreement(r.indicators, row),
        el("p", {class: "muted small"}, r.method));
    } catch (e) { out.replaceChildren(e.unavailable ? unavailableBox(e) : el("p", {class: "form-error"}, e.message)); }
  };
  return el("details", {class: "card", id: "agreement"}, el("summary", {}, "Agreement between coders"),
    el("div", {class: "pickers"}, boxes, el("button", {type: "button", id: "agreement-run", onclick: run}, "Compute")), out);
}

// The same figures for the indicators the coders linked the units to (units linked by two or more).
function indicatorAgreement(ind, row) {
  if (!ind || !ind.overall.units) return el("p", {class: "muted small"}, "Indicator links: no unit linked to an indicator by two or more coders.");
  return el("div", {id: "agreement-indicators"},
    el("h3", {}, `Indicator links (${ind.overall.units} units linked by two or more; ${ind.disagreements.length} linked differently)`),
    el("table", {class: "scores agreement"}, el("thead", {}, el("tr", {}, ["", "units", "α (Krippendorff)", "κ (Cohen)", "agreement"].map((h) => el("th", {}, h)))),
      el("tbody", {}, row("overall", ind.overall), Object.entries(ind.per_indicator).map(([k, st]) => row(k, st)))),
    el("div", {}, ind.disagreements.slice(0, 200).map((d) => el("div", {class: "card disagreement"},
      el("div", {class: "muted small"}, link(docHref(d.doc_id, d.passage), d.doc_id + (d.passage ? " · " + (d.locator || d.passage.split(":").pop()) : ""))),
      el("blockquote", {}, short(d.quote || "", 400)),
      el("div", {class: "small"}, Object.entries(d.values).map(([c, v]) => el("span", {class: "tag"}, `${c}: ${(v || []).join(" + ")}`)))))));
}

// --- suggestion queue ----------------------------------------------------------------------

async function renderQueue() {
  await codebook();
  const root = el("section", {id: "queue-view"}, el("h1", {}, "Suggestions"));
  const data = await api("GET", "/queue?limit=40");
  const areas = state.codebook || [];
  root.append(el("p", {class: "muted"},
    "Least certain first. ", el("kbd", {}, "a"), " accept · ", el("kbd", {}, "1"), "–", el("kbd", {}, String(areas.length || 4)),
    " correct to that area · ", el("kbd", {}, "r"), " reject · ", el("kbd", {}, "j"), "/", el("kbd", {}, "k"), " next/previous",
    data.model_id ? " · model " + data.model_id : ""));
  if (data.note) root.append(el("p", {class: "note"}, data.note));
  const list = el("div", {id: "queue"});
  root.append(list);
  const items = data.items;
  let current = 0;

  function card(item, idx) {
    const err = el("p", {class: "form-error", role: "alert"});
    const scores = el("div", {class: "scores-bar"},
      (item.scores || []).map((s) => el("button", {type: "button", class: "correct" + (s.area === item.area ? " best" : ""), dataset: {area: s.area},
        title: s.area === item.area ? "accept this suggestion" : "correct: code as this area instead",
        onclick: () => decide(idx, s.area === item.area ? "accept" : "correct", s.area)},
        `${areas.findIndex((a) => a.id === s.area) + 1}. ${areaName(s.area)} ${fmtScore(s.score)}`)));
    const node = el("div", {class: "card queue-item", dataset: {id: item.id}, onclick: () => select(idx)},
      el("div", {class: "muted small"}, link(docHref(item.doc_id, item.passage_id), item.title || item.doc_id), " · ", cite(item), " · ", el("code", {}, item.id)),
      el("p", {class: "stext"}, item.text),
      el("div", {}, "Suggested: ", el("strong", {}, areaName(item.area)), " ", el("span", {class: "muted", title: "score: the area's share; relevance: how much the text is about any area of the codebook (below the model's threshold: none of them)"}, `score ${fmtScore(item.score)}, margin ${item.margin == null ? "–" : (+item.margin).toFixed(3)}` + (item.relevance == null ? "" : `, relevance ${fmtScore(item.relevance)}`) + `, ${item.method || ""}`)),
      scores,
      el("div", {class: "actions"},
        el("button", {type: "button", class: "primary accept", onclick: (ev) => { ev.stopPropagation(); decide(idx, "accept", item.area); }}, "Accept (a)"), " ",
        el("button", {type: "button", class: "reject", onclick: (ev) => { ev.stopPropagation(); decide(idx, "reject", item.area); }}, "Reject (r)")),
      err);
    node._err = err;
    return node;
  }

  function draw() {
    list.replaceChildren(...items.map(card));
    if (!items.length) list.append(el("div", {class: "card"}, "The queue is empty: every statement has been decided."));
    select(Math.min(current, items.length - 1), false);
  }
  function select(idx, scroll = true) {
    current = Math.max(0, idx);
    [...list.children].forEach((n, i) => n.classList.toggle("current", i === current));
    const node = list.children[current];
    if (node && scroll) node.scrollIntoView({block: "nearest"});
  }
  async function decide(idx, action, area) {
    const item = items[idx];
    if (!item) return;
    const node = list.children[idx];
    try {
      const res = await api("POST", "/queue/" + (action === "reject" ? "reject" : "accept"),
        action === "reject" ? {statement: item.id, area: area || null, coder: currentCoder()}
          // what this page showed is what the coder decided on: the server records it
          : {statement: item.id, area: area || null, coder: currentCoder(),
             suggestion: {area: item.area, scores: item.scores, model_id: item.model_id, model_version: item.model_version}});
      items.splice(idx, 1);
      current = idx;
      draw();
      flash(action === "reject" ? `Rejected ${areaName(area)} for ${item.id}`
        : `Coded ${item.id} as ${areaName(area)}` + (res.annotation ? ` (${res.annotation.id})` : ""), "ok");
    } catch (e) { if (node && node._err) node._err.textContent = e.message; else flash(e.message); }
  }
  document.onkeydown = (ev) => {
    if (ev.target.closest && ev.target.closest("input, textarea, select") || ev.ctrlKey || ev.metaKey || ev.altKey) return;
    const n = parseInt(ev.key, 10);
    if (ev.key === "a") decide(current, "accept", items[current] && items[current].area);
    else if (ev.key === "r") decide(current, "reject", items[current] && items[current].area);
    else if (ev.key === "j") select(Math.min(current + 1, items.length - 1));
    else if (ev.key === "k") select(current - 1);
    else if (n >= 1 && n <= areas.length && items[current]) {
      const a = areas[n - 1].id;
      decide(current, a === items[current].area ? "accept" : "correct", a);
    } else return;
    ev.preventDefault();
  };
  draw();
  return root;
}

function plural(n, word) { return `${n} ${word}${n === 1 ? "" : "s"}`; }

// --- clusters -----------------------------------------------------------------------------

async function renderClusters() {
  const root = el("section", {id: "clusters-view"}, el("h1", {}, "Clusters"));
  const data = await api("GET", "/clusters");
  root.append(el("p", {class: "muted"}, plural(data.clusters.length, "cluster") + (data.model_id ? " · model " + data.model_id : "") +
    (data.outliers ? ` · ${data.outliers} outliers` : "")));
  if (data.note) root.append(el("p", {class: "note"}, data.note));
  const keys = clusterKeys(data.clusters);
  if (data.points && data.points.length) root.append(el("h2", {}, "Map"), clusterMap(data, keys),
    el("p", {class: "muted small"}, "Each dot is a statement, coloured by its cluster (light grey: outliers and clusters past the twelfth); each cluster's number is at its centre, in the legend and on its card. Hover to read a statement, click to open its source." +
      (data.n_points > data.points.length ? ` The map draws ${data.points.length} of the ${data.n_points} statements: every statement of a small cluster, a fixed sample of a large one.` : "")));
  if (data.report) {
    // the report written by `corpus-tool cluster`, embedded as it is (sandboxed: it is a
    // self-contained page of its own and never gets this page's session token)
    const frame = el("iframe", {class: "report", title: "cluster report", sandbox: "allow-scripts", loading: "lazy"});
    const box = el("details", {class: "report-box"}, el("summary", {}, "The cluster report (build/report/" + data.report + ")"), frame);
    box.addEventListener("toggle", () => { if (box.open && !frame.src) frame.src = "/report/" + encodeURIComponent(data.report); });
    root.append(box);
  }
  const carried = data.curation ? curationBox(data.curation) : null;
  if (carried) root.append(carried);       // (appending null wrote "null" on the page)
  const toolbar = el("div", {class: "card curate-bar"});
  const mergeBtn = el("button", {type: "button", class: "merge-selected", disabled: true}, "Merge selected clusters");
  const mergeLabel = el("input", {type: "text", placeholder: "label of the merged cluster (optional)", class: "merge-label", maxlength: 120});
  const selected = [];
  mergeBtn.addEventListener("click", () => curateCall("POST", "/clusters/merge", {clusters: selected, label: mergeLabel.value.trim() || null}, "Merged"));
  toolbar.append(el("strong", {}, "Curate: "), "tick clusters to merge (the first ticked keeps its id), ", mergeLabel, " ", mergeBtn,
    " · ", link("#/clusters", "history", {onclick: (ev) => { ev.preventDefault(); showHistory(toolbar); }}));
  const grid = el("div", {class: "grid"});
  const ids = data.clusters.map((c) => [c.id, c.label || ""]);
  for (const c of data.clusters) {
    const tick = el("input", {type: "checkbox", class: "merge-tick", title: "select for merging", "aria-label": `merge: ${c.label || c.id}`, dataset: {id: c.id}});
    tick.addEventListener("change", () => {
      const i = selected.indexOf(c.id);
      if (tick.checked && i < 0) selected.push(c.id); else if (!tick.checked && i >= 0) selected.splice(i, 1);
      mergeBtn.disabled = selected.length < 2;
    });
    grid.append(el("div", {class: "card cluster" + (c.curated ? " curated" : ""), id: "c-" + c.id, dataset: {cluster: c.id}},
      el("h3", {}, tick, " ", keyBadge(keys[c.id]), " ", el("span", {class: "clabel"}, c.label || c.id), " ", c.curated ? el("span", {class: "tag curated-tag"}, "curated") : null, " ",
        el("span", {class: "muted small"}, `${c.size} ${/:s\d+$/.test((c.representatives[0] || {}).id || ":s1") ? "statements" : "passages"} · ${c.id}`)),
      c.description ? el("p", {class: "cdesc"}, c.description) : null,
      el("div", {}, (c.terms || []).slice(0, 8).map((t) => el("span", {class: "tag"}, t))),
      el("div", {class: "muted small"}, [
        plural((c.doc_ids || []).length, "instrument"), (c.issuers || []).join(", "),
        c.earliest_year ? "since " + c.earliest_year : null,
        Object.entries(c.strength_mix || {}).map(([k, v]) => `${k} ${v}`).join(", ")].filter(Boolean).join(" · ")),
      (c.representatives || []).map((r) => el("div", {class: "rep"},
        el("blockquote", {}, short(r.text, 320)),
        el("div", {class: "muted small"}, link(docHref(r.doc_id, r.passage_id), r.title || r.doc_id, {class: "jump"}), " · ", cite(r)))),
      curatePanel(c, ids)));
  }
  root.append(el("h2", {}, "Cards"), toolbar, grid);
  return root;
}

// --- cluster curation (annotations/clusters.yaml, through the same library as `corpus-tool cluster …`)

// A curation takes seconds, on a large corpus a minute (the clusters are recomputed): meanwhile
// the view says so and its controls are disabled, so a second click does not send a second
// request (trial 17). Each disabled control says why where the researcher acts: a note beside
// the control used, in the Curate bar and beside every merge tick box, greyed controls and
// aria-busy (trial 25: the tick boxes were disabled for 40 s, a click did nothing and only the
// message at the top said "Working…").
async function curateCall(method, path, body, done) {
  const view = document.getElementById("clusters-view");
  const active = document.activeElement && document.activeElement.closest ? document.activeElement : null;
  const acting = active && !active.closest(".curate-bar") && active.closest("#clusters-view .card") &&
    active.closest(".row, li, .proposal, h3, .card");     // (the row of the control used)
  const controls = view ? [...view.querySelectorAll("button, select, input, textarea")].filter((x) => !x.disabled) : [];
  const why = "Wait: the clusters are being recomputed after your change";
  const titles = controls.map((x) => x.getAttribute("title"));
  controls.forEach((x) => { x.disabled = true; x.title = why; });
  const started = Date.now();
  const bar = view && view.querySelector(".curate-bar");
  const clocks = [];
  const notes = [acting, bar].filter(Boolean).map((at, i) => {
    const clock = el("span", {class: "busy-clock", "aria-hidden": "true"}, "0 s");
    clocks.push(clock);
    // (one live region, its words said once: the seconds only shown)
    const note = el("p", {class: "busy-note", role: i === 0 ? "status" : null},
      "Recomputing the clusters after your change: the controls come back when it is done (on a large corpus, a minute). ", clock);
    if (at === bar || at.classList.contains("card")) at.append(note); else at.after(note);
    return note;
  });
  const tags = view ? [...view.querySelectorAll(".merge-tick")].map((t) => {
    const tag = el("span", {class: "busy-tag", "aria-hidden": "true"}, "recomputing…");
    t.after(tag);
    return tag;
  }) : [];
  const timer = setInterval(() => clocks.forEach((c) => { c.textContent = Math.round((Date.now() - started) / 1000) + " s"; }), 1000);
  if (view) view.setAttribute("aria-busy", "true");
  flash("Working… (the clusters are being recomputed)", "busy");
  try {
    const res = await api(method, path, {...body, coder: currentCoder()});
    const lost = (res.not_carried || []).map((o) => `${o.kind} of ${o.target}: ${o.detail}`);
    flash(`${done} ` + (res.clusters || []).map((c) => c.id).join(", ") + (lost.length ? ` — not carried over: ${lost.join("; ")}` : ""), lost.length ? "error" : "ok");
    await route();
  } catch (e) { flash(e.message); }
  finally {
    clearInterval(timer);
    [...notes, ...tags].forEach((x) => x.remove());
    controls.forEach((x, i) => {
      x.disabled = false;
      if (titles[i] === null) x.removeAttribute("title"); else x.title = titles[i];
    });
    if (view) view.removeAttribute("aria-busy");
  }
}

function curationBox(cur) {
  const counts = Object.entries(cur.counts || {}).filter(([, v]) => v.carried + v.not_carried);
  if (!counts.length) return null;
  return el("div", {class: "card curation-box"}, el("strong", {}, "Curation carried over to this run: "),
    counts.map(([k, v]) => `${k} ${v.carried}/${v.carried + v.not_carried}`).join(" · "),
    (cur.not_carried || []).length ? el("ul", {class: "not-carried"}, cur.not_carried.map((o) =>
      el("li", {}, el("strong", {}, o.kind), " of ", el("code", {}, o.target), ": ", o.detail, " ",
        el("button", {type: "button", class: "small", onclick: () => curateCall("POST", "/clusters/forget", {target: o.target}, "Forgot")}, "forget")))) : null,
    // a name carried onto a cluster that is now mostly new statements (trial 19)
    (cur.to_review || []).length ? el("ul", {class: "not-carried"}, cur.to_review.map((o) =>
      el("li", {}, el("strong", {}, o.kind), " of ", el("code", {}, o.target), " carried, but ", o.review, ": check that its label still fits"))) : null);
}

async function showHistory(where) {
  try {
    const h = await api("GET", "/clusters/history");
    const old = where.querySelector(".history");
    if (old) old.remove();
    where.append(el("table", {class: "history small"}, el("tr", {}, ["at", "coder", "op", "what", "note"].map((x) => el("th", {}, x))),
      h.history.map((e) => el("tr", {}, el("td", {}, e.at), el("td", {}, e.coder), el("td", {}, e.op),
        el("td", {}, [...(e.clusters || []), ...(e.statements || [])].join(", ")), el("td", {}, e.note || "")))));
  } catch (e) { flash(e.message); }
}

function curatePanel(c, ids) {
  const box = el("details", {class: "curate"}, el("summary", {}, "Curate this cluster"));
  const label = el("input", {type: "text", class: "rename-label", value: c.curated ? c.label : "", placeholder: "label naming the requirement", maxlength: 120});
  // the curated label is there to edit; a click selects it, so typing replaces it (trial 19
  // typed a new label after the old one: "roster of expertsComposition…")
  label.addEventListener("focus", () => label.select());
  const desc = el("textarea", {class: "rename-desc", rows: 2, placeholder: "short description", maxlength: 600}, c.description || "");
  box.append(el("div", {class: "row"}, label, " ",
    el("button", {type: "button", class: "rename", onclick: () => renameCluster(c, label, desc)}, "Rename")), desc,
    el("div", {class: "row"},
      el("button", {type: "button", class: "exclude-cluster", onclick: () => curateCall("POST", "/clusters/exclude", {cluster: c.id}, "Excluded")}, "Exclude as noise"), " ",
      el("button", {type: "button", class: "propose-split", onclick: () => proposeSplit(c, box)}, "Propose a split"), " ",
      el("button", {type: "button", class: "split-selected", onclick: () => {
        const st = [...box.querySelectorAll(".member-tick:checked")].map((t) => t.dataset.id);
        if (!st.length) { flash("tick the statements to split off first"); return; }
        curateCall("POST", `/clusters/${encodeURIComponent(c.id)}/split`, {statements: st, label: label.value.trim() || null}, "Split");
      }}, "Split off ticked statements")));
  // the members are listed when the panel opens: each one's "move to…" lists every other
  // cluster, and building them all for every card made the page hold some 160,000 options (a
  // researcher's trial, session 42: 8–11 s a load)
  box.addEventListener("toggle", () => {
    if (box.open && !box.dataset.built) { box.dataset.built = "1"; box.append(...memberList(c, ids)); }
  });
  return box;
}

// Only the fields the researcher changed here are sent: a field left as the page showed it
// may have been changed meanwhile by the CLI or another tab, and sending the page's old value
// would wipe that (trial 17: a description written with `cluster rename` was erased).
function renameCluster(c, label, desc) {
  const body = {};
  if (label.value !== (c.curated ? c.label : "")) body.label = label.value;
  if (desc.value !== (c.description || "")) body.description = desc.value;
  if (!Object.keys(body).length) { flash("Nothing to rename: change the label or the description first"); return; }
  curateCall("POST", `/clusters/${encodeURIComponent(c.id)}/rename`, body, "Renamed");
}

function memberList(c, ids) {
  const others = ids.filter(([i]) => i !== c.id);
  const item = (m) => {
    const to = el("select", {class: "pin-to", "aria-label": `move ${m.id} to another cluster`}, el("option", {value: ""}, "move to…"), others.map(([i, lab]) => el("option", {value: i}, lab ? `${short(lab, 60)} (${i})` : i)));
    to.addEventListener("change", () => { if (to.value) curateCall("POST", "/clusters/pin", {statement: m.id, cluster: to.value}, "Pinned to"); });
    return el("li", {}, el("input", {type: "checkbox", class: "member-tick", "aria-label": `split off ${m.id}`, dataset: {id: m.id}}), " ", short(m.text, 140), " ",
      el("span", {class: "muted"}, m.id), " ", to, " ",
      el("button", {type: "button", class: "exclude-statement small", onclick: () => curateCall("POST", "/clusters/exclude", {statement: m.id}, "Excluded")}, "noise"));
  };
  const list = el("ul", {class: "members small"}, (c.members || []).map(item));
  const shown = (c.members || []).length;
  // a large cluster lists its first members; the rest on request (trial 19: 32 of 232 could
  // not be curated here)
  const more = c.size > shown ? el("button", {type: "button", class: "all-members small", onclick: async () => {
    try {
      const all = await api("GET", `/clusters/${encodeURIComponent(c.id)}/members`);
      list.replaceChildren(...all.members.map(item));
      more.remove();
      note.textContent = membersSaid(all.members.length, 0);
    } catch (e) { flash(e.message); }
  }}, `show all ${c.size}`) : null;
  const note = el("div", {class: "muted small"}, membersSaid(c.size, c.size > shown ? shown : 0));
  return [note, more, list].filter(Boolean);
}

function membersSaid(n, first) {
  return `Members (${n}${first ? ", first " + first : ""}): tick to split off, move (pin) to another cluster, or set aside as noise.`;
}

async function proposeSplit(c, box) {
  try {
    const prop = await api("GET", `/clusters/${encodeURIComponent(c.id)}/split?parts=2`);
    const old = box.querySelector(".proposal");
    if (old) old.remove();
    box.append(el("div", {class: "proposal"}, el("strong", {}, "Proposed split (part 1 stays):"),
      el("ol", {}, prop.parts.map((p) => el("li", {}, `${p.size} statements — ${(p.terms || []).slice(0, 3).join(", ")}: `, el("em", {}, short(p.examples[0] || "", 160))))),
      el("button", {type: "button", class: "accept-split", onclick: () => curateCall("POST", `/clusters/${encodeURIComponent(c.id)}/split`, {accept: true, parts: 2}, "Split")}, "Accept this split")));
  } catch (e) { flash(e.message); }
}

// Each cluster's key: its number on the page (the order of the cards, largest first) and, for
// the first twelve, a colour of its own. The map draws the number at each cluster's centre and
// the legend and the card carry it, so no cluster is told apart by colour alone; the twelve
// colours are as far apart as dark colours go (ΔE ≥ 36) and each is 4.5:1 or more against
// white, both as a dot and behind its white number (trial 25: two teals and two blues, and colour
// the only key on the map).
const PALETTE = ["#1f5fa8", "#e11919", "#0f850f", "#1e1ee6", "#d81898", "#604020",
  "#0e7c73", "#641b98", "#8e103a", "#73730d", "#c019e1", "#b35614"];
const KEY_GREY = "#5b6475";      // the key of a cluster past the twelfth (its dots: light grey)

function clusterKeys(clusters) {
  const keys = {};
  clusters.forEach((c, i) => { keys[c.id] = {n: i + 1, colour: i < PALETTE.length ? PALETTE[i] : null}; });
  return keys;
}

function keyBadge(k) {
  const b = el("span", {class: "key"}, String(k.n));
  b.style.background = k.colour || KEY_GREY;      // (CSSOM: the page's CSP allows no style attribute)
  return b;
}

function clusterMap(data, keys) {
  const narrow = window.innerWidth < 760;           // a phone: a taller map, bigger numbers
  const W = narrow ? 600 : 1200, H = 420, pad = 14, R = narrow ? 18 : 11;
  const pts = data.points;
  let x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity;   // (no spread: any length)
  for (const p of pts) { x0 = Math.min(x0, p.x); x1 = Math.max(x1, p.x); y0 = Math.min(y0, p.y); y1 = Math.max(y1, p.y); }
  const sx = (x) => pad + (W - 2 * pad) * (x - x0) / ((x1 - x0) || 1);
  const sy = (y) => H - pad - (H - 2 * pad) * (y - y0) / ((y1 - y0) || 1);
  const byId = Object.fromEntries(data.clusters.map((c) => [c.id, c]));
  const name = (c) => `${keys[c.id].n}. ${c.label || c.id}`;
  const map = svg("svg", {viewBox: `0 0 ${W} ${H}`, class: "cluster-map", role: "group",
    "aria-label": "map of the statements: each cluster's number is at its centre"});
  const centres = {};
  for (const p of pts) {
    const k = keys[p.cluster], x = sx(p.x), y = sy(p.y);
    const c = svg("circle", {cx: x.toFixed(1), cy: y.toFixed(1), r: (p.role === "outlier" ? 2.5 : 3.5) * (narrow ? 1.4 : 1),
      fill: (k && k.colour) || "#b8bec9", "fill-opacity": 0.8, class: "pt"},
      svg("title", {}, (byId[p.cluster] ? name(byId[p.cluster]) + " — " : "outlier — ") + `${p.title} ${p.locator}: ${short(p.text, 220)}`));
    c.addEventListener("click", () => { location.hash = docHref(p.doc_id, p.passage_id); });
    map.append(c);
    if (k) { const a = centres[p.cluster] || (centres[p.cluster] = [0, 0, 0]); a[0] += x; a[1] += y; a[2] += 1; }
  }
  // the numbers, largest cluster first; one that would cover another's moves a little aside
  const placed = [];
  for (const c of data.clusters) {
    const a = centres[c.id];
    if (!a) continue;
    const cx = a[0] / a[2], cy = a[1] / a[2];
    const spots = [[0, 0], [0, -2.2 * R], [0, 2.2 * R], [2.2 * R, 0], [-2.2 * R, 0], [2 * R, -2 * R], [-2 * R, 2 * R]]
      .map(([dx, dy]) => [Math.min(W - R - 1, Math.max(R + 1, cx + dx)), Math.min(H - R - 1, Math.max(R + 1, cy + dy))]);
    const [bx, by] = spots.find(([x, y]) => placed.every(([u, v]) => Math.hypot(x - u, y - v) >= 2 * R + 1)) || spots[0];
    placed.push([bx, by]);
    const k = keys[c.id];
    const g = svg("g", {class: "badge", tabindex: 0, role: "link", "aria-label": `${name(c)} (${c.size}): show its card`},
      svg("title", {}, `${name(c)} (${c.size})`),
      svg("circle", {cx: bx.toFixed(1), cy: by.toFixed(1), r: R, fill: k.colour || KEY_GREY}),
      svg("text", {x: bx.toFixed(1), y: (by + R * 0.38).toFixed(1), "text-anchor": "middle"}, String(k.n)));
    g.lastChild.style.fontSize = (R * 1.05).toFixed(1) + "px";    // (over the charts' 11 px)
    g.dataset.cluster = c.id;
    const go = () => document.getElementById("c-" + c.id).scrollIntoView({block: "start"});
    g.addEventListener("click", go);
    g.addEventListener("keydown", (ev) => { if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); go(); } });
    map.append(g);
  }
  const legend = el("div", {class: "small legend map-legend"}, data.clusters.slice(0, PALETTE.length).map((c) =>
    el("a", {href: "#c-" + c.id, class: "tag", title: `${name(c)} (${c.size})`,
      onclick: (ev) => { ev.preventDefault(); document.getElementById("c-" + c.id).scrollIntoView({block: "start"}); }},
      keyBadge(keys[c.id]), " ", short(c.label || c.id, 40))),
    data.clusters.length > PALETTE.length ? el("span", {class: "muted"}, ` ${PALETTE.length + 1}–${data.clusters.length}: light grey dots, their numbers on the map and the cards`) : null);
  return el("div", {class: "chart"}, legend, map);
}

// --- indicators ---------------------------------------------------------------------------

async function renderIndicators(selected) {
  const root = el("section", {id: "indicators-view"}, el("h1", {}, "Indicators"));
  const data = await api("GET", "/indicators");
  if (data.note) root.append(el("p", {class: "note"}, data.note));
  const layout = el("div", {class: "ind-layout"});
  const nav = el("nav", {class: "ind-list card", "aria-label": "Indicators"});
  const groups = [["Framework", data.framework || []], ["Drafts", data.drafts || []]];
  for (const [name, inds] of groups) {
    nav.append(el("div", {class: "group"}, `${name} (${inds.length})`));
    if (!inds.length) nav.append(el("div", {class: "muted small"}, name === "Framework" ? "indicators/framework.yaml has no indicators yet"
      : data.drafts_in_framework ? `every draft (${data.drafts_in_framework}) is in the framework` : "no drafts (run `corpus-tool indicators draft`)"));
    let area = null;
    for (const ind of inds) {
      if (ind.area && ind.area !== area) { area = ind.area; nav.append(el("div", {class: "muted small"}, ind.area_title || area)); }
      nav.append(link("#/indicators/" + encodeURIComponent(ind.key), "", {class: ind.key === selected ? "active" : "", dataset: {key: ind.key}}));
      nav.lastChild.append(el("code", {}, ind.id), " ", short(ind.title || "", 60), el("span", {class: "status " + (ind.status || "")}, ind.status || ""));
    }
  }
  const checkOut = el("div", {id: "ind-check"});
  nav.append(el("div", {class: "group"}, "Check"), el("button", {type: "button", id: "ind-validate", onclick: async () => {
    checkOut.replaceChildren(el("p", {class: "muted small"}, "Checking every source against the current corpus…"));
    try {
      const r = await api("GET", "/indicators-check");
      checkOut.replaceChildren(el("p", {class: r.ok === false ? "form-error" : "small"}, r.ok === true ? "✓ " + r.message : (r.message || r.note || "")),
        el("ul", {class: "small problems"}, (r.problems || []).map((p) => el("li", {}, p))));
    } catch (e) { checkOut.replaceChildren(el("p", {class: "form-error"}, e.message)); }
  }}, "Validate the framework"), checkOut);
  const detail = el("div", {id: "ind-detail"});
  layout.append(nav, detail);
  root.append(layout);
  if (!selected) {
    detail.append(el("div", {class: "card muted"}, "Choose an indicator to read its sources and edit it."));
    return root;
  }
  const res = await api("GET", "/indicators/" + encodeURIComponent(selected));
  detail.append(indicatorEditor(res, selected));
  return root;
}

function indicatorEditor(res, key) {
  const ind = res.indicator;
  const box = el("div", {});
  const title = el("input", {id: "ind-title", value: ind.title || ""});
  const question = el("textarea", {id: "ind-question", rows: 3}); question.value = ind.question || "";
  const rationale = el("textarea", {id: "ind-rationale", rows: 3}); rationale.value = ind.rationale || "";
  const basis = el("textarea", {id: "ind-basis", rows: 2, placeholder: "only for an indicator no passage backs: the national condition it rests on"}); basis.value = ind.basis || "";
  const levels = (ind.scale || []).map((lv, i) => {
    // the scores are the scale's, fixed: shown as text, not as a box that takes no typing
    const score = el("span", {class: "level-score", "aria-label": `level ${i + 1} score`, title: "the scale's score for this level (fixed)"}, String(lv.score ?? ""));
    const desc = el("textarea", {rows: 2, class: "level-desc", "aria-label": `level ${i + 1} description`}); desc.value = lv.description || "";
    return {lv, score, desc, row: el("div", {class: "level"}, score, desc)};
  });
  const status = el("select", {id: "ind-status"}, el("option", {value: "draft"}, "draft"), el("option", {value: "reviewed"}, "reviewed"));
  status.value = ind.status || "draft";
  const err = el("p", {class: "form-error", id: "ind-error", role: "alert"});
  const save = el("button", {type: "button", class: "primary", id: "ind-save"}, ind.where === "draft" ? "Save into the framework" : "Save");
  save.addEventListener("click", async () => {
    err.textContent = "";
    try {
      // only what was changed here is sent: edits made meanwhile by the CLI (or in an editor)
      // to other fields are kept
      const body = {};
      if (title.value !== (ind.title || "")) body.title = title.value;
      if (question.value !== (ind.question || "")) body.question = question.value;
      if (rationale.value !== (ind.rationale || "")) body.rationale = rationale.value;
      if (basis.value !== (ind.basis || "")) body.basis = basis.value;
      if (status.value !== (ind.status || "draft")) body.status = status.value;
      const changed = levels.filter((l) => l.desc.value !== (l.lv.description || ""));
      if (changed.length) body.scale = changed.map((l) => ({score: l.lv.score, description: l.desc.value}));
      if (!Object.keys(body).length && ind.where !== "draft") { flash("Nothing changed", "ok"); return; }
      const r = await api("PUT", "/indicators/" + encodeURIComponent(key), body);
      box.querySelectorAll("[data-touched]").forEach((x) => delete x.dataset.touched);   // saved
      flash(`Saved ${r.indicator.id} in ${r.file}`, "ok");
      if (r.key !== key) location.hash = "#/indicators/" + encodeURIComponent(r.key);
      else route();
    } catch (e) { err.textContent = e.message; }
  });
  const actions = el("div", {class: "actions"}, save);
  if (ind.where === "draft") {
    actions.append(el("p", {class: "muted small"}, "Both put this draft into the framework: Save with the edits made here, Promote as drafted. In the framework, your edits are kept at every regeneration."));
    actions.append(" ", el("button", {type: "button", id: "ind-promote", onclick: async () => {
      err.textContent = "";
      // asked before anything is written, so Cancel means nothing happened (trial 17: the
      // page promoted, then asked "Leave without saving?" and stayed on the stale draft)
      const typed = [...box.querySelectorAll("[data-touched]")].some((x) => x.value.trim() !== "");
      if (typed && !confirm("What you typed here is not saved: Promote puts the draft into the framework as drafted, without it (Save into the framework keeps it). Promote as drafted?")) return;
      try {
        const r = await api("POST", "/indicators/" + encodeURIComponent(key) + "/promote", {});
        box.querySelectorAll("[data-touched]").forEach((x) => delete x.dataset.touched);   // given up, as asked
        flash(`Promoted ${r.indicator.id} into ${r.file}`, "ok");
        // the framework's copy, with the sidebar read afresh (the draft is no longer a draft)
        if (r.key !== key) location.hash = "#/indicators/" + encodeURIComponent(r.key);
        else route();
      } catch (e) { err.textContent = e.message; }
    }}, "Promote into the framework"));
  }
  box.append(el("div", {class: "card"},
    el("h2", {}, el("code", {}, ind.id), " ", el("span", {class: "status " + (ind.status || "")}, ind.status || ""),
      " ", el("span", {class: "muted small"}, (ind.area_title || ind.area || "") + " · " + (res.file || ""))),
    el("label", {}, "Title", title), el("label", {}, "Question", question),
    el("label", {}, "Scale (score and what it means)"), levels.map((l) => l.row),
    el("label", {}, "Rationale", rationale), el("label", {}, "Basis without a source", basis),
    el("label", {}, "Status", status), err, actions));
  if (ind.support) {
    box.append(el("p", {class: "muted small"}, Object.entries(ind.support).map(([k, v]) => `${k.replace(/_/g, " ")}: ${Array.isArray(v) ? v.join(", ") : v}`).join(" · ")));
  }
  box.append(el("h2", {}, "Provenance ", el("span", {class: "muted small"}, `(${(res.sources || []).length} source${(res.sources || []).length === 1 ? "" : "s"})`)));
  if (res.provenance_note) box.append(el("p", {class: "note"}, res.provenance_note));
  const cols = ["document", "issuer", "year", "type", "legal force", "locator", "page", "quote", "strength", "linked by"];
  const table = el("table", {class: "provenance"}, el("thead", {}, el("tr", {}, cols.map((c) => el("th", {}, c)))));
  const tb = el("tbody");
  for (const s of res.sources || []) {
    tb.append(el("tr", {class: s.status ? "src-" + s.status : ""},
      el("td", {}, s.doc_id ? link(docHref(s.doc_id, s.passage_id), s.title || s.doc_id, {class: "src-link"}) : (s.title || "")),
      el("td", {}, s.issuer || ""), el("td", {}, s.year ?? ""), el("td", {}, s.type || ""), el("td", {}, s.legal_force || ""),
      el("td", {}, s.locator || ""), el("td", {}, s.page ?? ""), el("td", {}, short(s.quote || "", 400), s.status && s.status !== "ok" ? el("div", {class: "tag"}, s.status) : null,
        s.stance === "against" ? el("div", {class: "tag status-against", title: "coded as evidence against the indicator: it grounds nothing"}, "evidence against") : null),
      el("td", {}, s.strength || ""), el("td", {}, s.linked_by || "")));
  }
  table.append(tb);
  box.append(scrollBox("Sources of " + (ind.title || ind.id), table));
  return box;
}

// --- scores -------------------------------------------------------------------------------

async function renderScores(params) {
  const root = el("section", {id: "scores-view"}, el("h1", {}, "Scores"));
  const data = await api("GET", "/scores?" + qs({answers: params.get("answers"), framework: params.get("framework")}));
  if ((data.answer_files || []).length) {
    const pick = (id, label, names, current) => {
      const sel = el("select", {id}, names.map((n) => el("option", {value: n}, n)));
      sel.value = current || names[0];
      return el("label", {class: "inline"}, label, sel);
    };
    const a = pick("scores-answers", "Answers", data.answer_files, data.answers);
    const f = pick("scores-framework", "Framework", data.framework_files, data.framework);
    const go = () => { location.hash = "#/scores?" + qs({answers: a.querySelector("select").value, framework: f.querySelector("select").value}); };
    a.querySelector("select").addEventListener("change", go);
    f.querySelector("select").addEventListener("change", go);
    root.append(el("div", {class: "pickers"}, a, f,
      el("span", {class: "muted small"}, data.n_answers !== undefined ? plural(data.n_answers, "answer") + (data.n_warnings ? " · " + plural(data.n_warnings, "warning") : "") : "")));
  }
  if ((data.framework_files || []).length) root.append(answersUpload(data));
  if (data.note) root.append(el("p", {class: "note"}, data.note));
  for (const w of data.warnings || []) root.append(el("p", {class: "note"}, w));
  if (!data.rows || !data.rows.length) return root;
  // one bar chart per country-year: the top-level nodes (areas and overall)
  const top = data.top_nodes || [];
  const byKey = {};
  for (const r of data.rows) (byKey[`${r.country} ${r.year}`] ||= {})[r.node] = r;
  const keys = Object.keys(byKey).sort();
  root.append(el("h2", {}, "Areas by country"), barChart(keys, top, byKey, data.node_titles || {}));
  const table = el("table", {class: "scores"},
    el("thead", {}, el("tr", {}, el("th", {}, "country, year"), top.map((n) => el("th", {class: "num"}, (data.node_titles || {})[n] || n)))),
    el("tbody", {}, keys.map((k) => el("tr", {}, el("td", {}, k), top.map((n) => {
      const r = byKey[k][n];
      // a score from part of the answers says how much it rests on (a trial, session 42: "75.0"
      // from 8 % of the framework read as a country's score)
      const partial = r && r.score !== null && r.coverage !== null && r.coverage !== undefined && r.coverage < 0.995;
      // coverage null: nothing under the node applies to the country (answered "n/a")
      const na = r && r.score === null && r.coverage === null;
      return el("td", {class: "num", title: na ? "does not apply (n/a)" : r ? `coverage ${fmtScore(r.coverage)}` : ""},
        na ? "n/a" : r && r.score !== null ? (+r.score).toFixed(1) : "–",
        partial ? el("span", {class: "muted small coverage"}, ` (${Math.round(100 * r.coverage)}% answered)`) : null);
    })))));
  root.append(el("h2", {}, "Table"), scrollBox("Scores", table));
  if (data.charts) {
    // the scores report (rank table, bars per area, radar per country), sandboxed
    root.append(el("h2", {}, "Report"), el("iframe", {class: "report", id: "scores-report", title: "scores report", sandbox: "allow-scripts", loading: "lazy",
      src: "/scores-report?" + qs({answers: data.answers, framework: data.framework})}));
  }
  return root;
}

// Pick or drop an answers file: checked against the framework by the server, stored as
// answers/<framework>.csv|xlsx (what `corpus-tool build` scores too), then shown.
function answersUpload(data) {
  const input = el("input", {type: "file", id: "answers-file", accept: ".csv,.xlsx"});
  const fsel = el("select", {id: "answers-framework"}, data.framework_files.map((n) => el("option", {value: n}, n)));
  fsel.value = data.framework || data.framework_files[0];
  const status = el("span", {class: "muted small", id: "answers-status"});
  const send = async (file) => {
    if (!file) return;
    status.className = "muted small";
    status.textContent = `checking ${file.name}…`;
    const body = {framework: fsel.value, filename: file.name};
    if (/\.xlsx$/i.test(file.name)) {
      const bytes = new Uint8Array(await file.arrayBuffer());
      let bin = "";
      for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      body.content_base64 = btoa(bin);
    } else body.content = await file.text();
    try {
      const r = await api("POST", "/scores/answers", body);
      flash(`Saved as ${r.answers}: ${r.n_answers} answers, ${r.countries} countries` + (r.replaced ? " (replaced the previous file)" : ""), "ok");
      const target = "#/scores?" + qs({answers: r.answers, framework: r.framework});
      if (location.hash === target) route(); else location.hash = target;
    } catch (e) {
      // which rows and why, as the CLI says them (a trial, session 42: "2 bad row(s)" alone)
      status.className = "error small";
      status.replaceChildren(e.message, ...(e.problems || []).slice(0, 20).map((p) => el("div", {class: "problem"}, p)));
    }
  };
  input.addEventListener("change", () => send(input.files[0]));
  const zone = el("div", {class: "dropzone", id: "answers-drop"},
    el("label", {class: "inline"}, "Answers file (CSV or XLSX) ", input),
    el("label", {class: "inline"}, " for ", fsel), " ", status,
    el("p", {class: "muted small"}, "…or drop the file here. It is checked against the framework and saved as answers/<framework>.csv (or .xlsx), which `corpus-tool build` scores too."));
  zone.addEventListener("dragover", (ev) => { ev.preventDefault(); zone.classList.add("over"); });
  zone.addEventListener("dragleave", () => zone.classList.remove("over"));
  zone.addEventListener("drop", (ev) => { ev.preventDefault(); zone.classList.remove("over"); send(ev.dataTransfer.files[0]); });
  return zone;
}

function barChart(keys, nodes, byKey, titles) {
  const colors = ["#2456a6", "#d9822b", "#2e7d32", "#8e44ad", "#b3261e", "#00838f", "#6d4c41", "#546e7a"];
  const rowH = 16, gap = 10, labelW = 150, W = 760;
  const H = keys.length * (nodes.length * rowH + gap) + 40;
  const chart = svg("svg", {width: W, height: H, viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "scores by area"});
  let y = 10;
  for (const k of keys) {
    chart.append(svg("text", {x: 0, y: y + 12}, k));
    nodes.forEach((n, i) => {
      const r = byKey[k][n];
      const v = r && r.score !== null ? +r.score : null;
      const w = v === null ? 0 : (W - labelW - 60) * v / 100;
      chart.append(svg("rect", {x: labelW, y: y + i * rowH, width: Math.max(w, 0), height: rowH - 3, fill: colors[i % colors.length]}, svg("title", {}, `${titles[n] || n}: ${v === null ? "missing" : v.toFixed(1)}`)));
      // the table's figure, to the decimal: "62" beside the table's 62.5 was a second figure (trial 21)
      chart.append(svg("text", {x: labelW + w + 4, y: y + i * rowH + 11}, v === null ? "–" : v.toFixed(1)));
    });
    y += nodes.length * rowH + gap;
  }
  const legend = el("div", {class: "small"}, nodes.map((n, i) => el("span", {class: "tag", style: null}, el("span", {class: "swatch", dataset: {c: i}}, "■ "), titles[n] || n)));
  legend.querySelectorAll(".swatch").forEach((s) => { s.style.color = colors[+s.dataset.c % colors.length]; });
  return el("div", {class: "chart"}, legend, chart);
}
