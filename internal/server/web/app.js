// newsgraph page: search, diagram, evidence panel, filters, downloads and
// a query console, over the server's /api/ng/ endpoints. Plain JavaScript,
// no libraries, nothing loaded from other hosts.
"use strict";

(function () {
  const $ = (sel) => document.querySelector(sel);

  // The view: the focus entity and the filters, mirrored in the URL's hash
  // so that a view can be shared and reloaded.
  const state = { focus: "", hops: 1, layout: "auto", types: [], predicates: [], minConfidence: 0 };
  let meta = null;
  let diagramSeq = 0, panelSeq = 0;

  // el builds an element: el("li", {class: "x"}, "text", child...).
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === undefined || v === null || v === false) continue;
      if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
      else if (k === "class") e.className = v;
      else e.setAttribute(k, v === true ? "" : v);
    }
    for (const c of children) {
      if (c === undefined || c === null) continue;
      e.append(c instanceof Node ? c : String(c));
    }
    return e;
  }

  function status(msg, isError) {
    const s = $("#status");
    s.textContent = msg || "";
    s.classList.toggle("error", !!isError);
  }

  // api fetches a JSON endpoint and throws its {"error": ...} message.
  async function api(path, init) {
    const res = await fetch(path, init);
    const ct = res.headers.get("Content-Type") || "";
    const body = ct.includes("json") ? await res.json() : await res.text();
    if (!res.ok) {
      throw new Error((body && body.error) || ("HTTP " + res.status));
    }
    return body;
  }

  function selectionParams(withFocus) {
    const p = new URLSearchParams();
    if (withFocus && state.focus) p.set("focus", state.focus);
    p.set("hops", state.hops);
    p.set("layout", state.layout);
    if (state.types.length) p.set("types", state.types.join(","));
    if (state.predicates.length) p.set("predicates", state.predicates.join(","));
    if (state.minConfidence > 0) p.set("min_confidence", state.minConfidence.toFixed(2));
    return p;
  }

  function edgeParams() {
    const p = new URLSearchParams();
    if (state.types.length) p.set("types", state.types.join(","));
    if (state.predicates.length) p.set("predicates", state.predicates.join(","));
    if (state.minConfidence > 0) p.set("min_confidence", state.minConfidence.toFixed(2));
    return p;
  }

  function saveHash() {
    const h = selectionParams(true).toString();
    if (location.hash.slice(1) !== h) history.replaceState(null, "", "#" + h);
  }

  function loadHash() {
    const p = new URLSearchParams(location.hash.slice(1));
    state.focus = p.get("focus") || "";
    state.hops = parseInt(p.get("hops") || "1", 10) || 1;
    state.layout = p.get("layout") || "auto";
    state.types = (p.get("types") || "").split(",").filter(Boolean);
    state.predicates = (p.get("predicates") || "").split(",").filter(Boolean);
    state.minConfidence = parseFloat(p.get("min_confidence") || "0") || 0;
  }

  // ---- controls -------------------------------------------------------

  function buildControls() {
    const hops = $("#hops");
    for (let i = 0; i <= meta.limits.hops; i++) hops.append(el("option", { value: i }, i));
    const layout = $("#layout");
    for (const l of meta.layouts) layout.append(el("option", { value: l }, l));
    const types = $("#types");
    for (const t of meta.types) {
      types.append(el("label", {}, el("input", { type: "checkbox", name: "type", value: t }), " ", el("span", { class: "type type-" + t }, t)));
    }
    const preds = $("#predicates");
    for (const p of meta.predicates) {
      preds.append(el("label", {}, el("input", { type: "checkbox", name: "predicate", value: p }), " ", p));
    }
    syncControls();
    $("#controls").addEventListener("change", () => {
      state.hops = parseInt(hops.value, 10);
      state.layout = layout.value;
      state.types = [...document.querySelectorAll('input[name="type"]:checked')].map((i) => i.value);
      state.predicates = [...document.querySelectorAll('input[name="predicate"]:checked')].map((i) => i.value);
      state.minConfidence = parseFloat($("#min-confidence").value);
      syncControls();
      refresh();
    });
    $("#min-confidence").addEventListener("input", () => {
      $("#min-confidence-value").textContent = parseFloat($("#min-confidence").value).toFixed(2);
    });
    $("#controls").addEventListener("submit", (e) => e.preventDefault());
  }

  function syncControls() {
    $("#hops").value = state.hops;
    $("#layout").value = state.layout;
    for (const i of document.querySelectorAll('input[name="type"]')) i.checked = state.types.includes(i.value);
    for (const i of document.querySelectorAll('input[name="predicate"]')) i.checked = state.predicates.includes(i.value);
    $("#predicates-count").textContent = state.predicates.length ? "(" + state.predicates.length + ")" : "(all)";
    $("#min-confidence").value = state.minConfidence;
    $("#min-confidence-value").textContent = state.minConfidence.toFixed(2);
    const p = selectionParams(true);
    for (const f of ["svg", "png", "graphml", "nquads"]) {
      const q = new URLSearchParams(p);
      q.set("format", f);
      $("#dl-" + f).href = "/api/ng/export?" + q.toString();
    }
  }

  // ---- search ---------------------------------------------------------

  let searchTimer = 0, searchSeq = 0, active = -1, found = [];

  function showSuggestions(list) {
    const ul = $("#suggestions");
    found = list;
    active = list.length ? 0 : -1;
    ul.replaceChildren(...list.map((e, i) => el("li", {
      role: "option", "data-id": e.id, "aria-selected": i === active ? "true" : "false",
      onmousedown: (ev) => { ev.preventDefault(); choose(i); },
    }, el("span", {}, e.name), el("span", { class: "type type-" + e.type }, e.type),
      e.matched && e.matched !== e.name ? el("span", { class: "muted" }, "“" + e.matched + "”") : null)));
    if (!list.length && $("#search").value.trim()) ul.append(el("li", { class: "muted" }, "no entity found"));
    ul.hidden = ul.children.length === 0;
    $("#search").setAttribute("aria-expanded", ul.hidden ? "false" : "true");
  }

  function moveActive(d) {
    if (!found.length) return;
    active = (active + d + found.length) % found.length;
    [...$("#suggestions").children].forEach((li, i) => li.setAttribute("aria-selected", i === active ? "true" : "false"));
  }

  function choose(i) {
    const e = found[i];
    if (!e) return;
    $("#search").value = e.name;
    hideSuggestions();
    setFocus(e.id);
  }

  function hideSuggestions() {
    $("#suggestions").hidden = true;
    $("#search").setAttribute("aria-expanded", "false");
  }

  async function suggest() {
    const q = $("#search").value.trim();
    if (!q) { hideSuggestions(); return; }
    const seq = ++searchSeq;
    const p = new URLSearchParams({ prefix: q, limit: "12" });
    if (state.types.length) p.set("type", state.types.join(","));
    try {
      const r = await api("/api/ng/entities?" + p.toString());
      if (seq === searchSeq) showSuggestions(r.entities);
    } catch (err) {
      status(err.message, true);
    }
  }

  function buildSearch() {
    const input = $("#search");
    input.addEventListener("input", () => { clearTimeout(searchTimer); searchTimer = setTimeout(suggest, 120); });
    input.addEventListener("keydown", async (e) => {
      if (e.key === "ArrowDown") { e.preventDefault(); moveActive(1); }
      else if (e.key === "ArrowUp") { e.preventDefault(); moveActive(-1); }
      else if (e.key === "Escape") hideSuggestions();
      else if (e.key === "Enter") {
        e.preventDefault();
        clearTimeout(searchTimer);
        if ($("#suggestions").hidden || !found.length) await suggest();
        choose(active < 0 ? 0 : active);
      }
    });
    input.addEventListener("blur", () => setTimeout(hideSuggestions, 150));
  }

  // ---- diagram --------------------------------------------------------

  function setFocus(id) {
    state.focus = id;
    refresh();
  }

  function refresh() {
    saveHash();
    syncControls();
    loadDiagram();
    if (state.focus) loadEntity(state.focus);
  }

  async function loadDiagram() {
    const seq = ++diagramSeq;
    const box = $("#diagram");
    box.setAttribute("aria-busy", "true");
    status("drawing…");
    try {
      const res = await fetch("/api/ng/diagram?" + selectionParams(true).toString());
      const body = await res.text();
      if (seq !== diagramSeq) return;
      if (!res.ok) {
        let msg = "HTTP " + res.status;
        try { msg = JSON.parse(body).error || msg; } catch (_) { /* not JSON */ }
        throw new Error(msg);
      }
      const doc = new DOMParser().parseFromString(body, "image/svg+xml");
      const svg = doc.documentElement;
      if (svg.nodeName !== "svg") throw new Error("the diagram is not SVG");
      svg.removeAttribute("width");
      svg.removeAttribute("height");
      const node = document.importNode(svg, true);
      wireDiagram(node);
      box.replaceChildren(node);
      status("");
    } catch (err) {
      if (seq !== diagramSeq) return;
      box.replaceChildren(el("p", { class: "error" }, err.message));
      status("");
    } finally {
      if (seq === diagramSeq) box.removeAttribute("aria-busy");
    }
  }

  // wireDiagram makes nodes refocus and edges show their evidence. Each
  // node is a <g class="node"> whose <title> is the entity ID; each edge a
  // <g class="edge"> titled "SUBJECT->OBJECT".
  function wireDiagram(svg) {
    for (const g of svg.querySelectorAll("g.node")) {
      const t = g.querySelector("title");
      if (!t) continue;
      const id = t.textContent;
      g.dataset.id = id;
      if (id === state.focus) g.classList.add("focus");
      g.addEventListener("click", (e) => { e.preventDefault(); setFocus(id); });
    }
    for (const g of svg.querySelectorAll("g.edge")) {
      const t = g.querySelector("title");
      if (!t) continue;
      const [a, b] = t.textContent.split("->");
      if (!a || !b) continue;
      g.dataset.subject = a;
      g.dataset.object = b;
      g.addEventListener("click", (e) => { e.preventDefault(); showEvidence(a, b); });
    }
  }

  // ---- panel ----------------------------------------------------------

  function entityButton(id, name) {
    return el("button", { type: "button", class: "entity-link", "data-id": id, onclick: () => setFocus(id) }, name || id);
  }

  // sentenceView shows a sentence with the words that triggered the
  // pattern marked, and where it comes from.
  function sentenceView(st) {
    const p = el("p", { class: "sentence" });
    const i = st.surface ? st.sentence.indexOf(st.surface) : -1;
    if (i >= 0) p.append(st.sentence.slice(0, i), el("mark", {}, st.surface), st.sentence.slice(i + st.surface.length));
    else p.append(st.sentence);
    const docLink = el("a", {
      href: "/api/ng/document?id=" + encodeURIComponent(st.document), class: "doc-link", "data-doc": st.document,
      onclick: (e) => { e.preventDefault(); showDocument(st.document); },
    }, st.title || st.path || st.document);
    const src = el("div", { class: "source" }, docLink,
      " · " + (st.path || "") + " bytes " + st.start + "–" + st.end + " · confidence " + st.confidence.toFixed(2) + (st.rule ? " · " + st.rule : ""));
    return el("li", { class: "statement", "data-statement": st.statement }, p, src);
  }

  async function loadEntity(id) {
    const seq = ++panelSeq;
    const panel = $("#panel");
    try {
      const p = edgeParams();
      p.set("id", id);
      const r = await api("/api/ng/entity?" + p.toString());
      if (seq !== panelSeq) return;
      const e = r.entity;
      const parts = [
        el("h2", { id: "entity-name" }, e.name, " ", el("span", { class: "type type-" + e.type }, e.type)),
        el("div", { class: "id" }, e.id),
      ];
      const dl = el("dl");
      dl.append(el("dt", {}, "Aliases"), el("dd", { id: "entity-aliases" }, e.aliases.length ? e.aliases.join(", ") : "—"));
      dl.append(el("dt", {}, "Titles"), el("dd", { id: "entity-titles" }, e.titles.length ? e.titles.join(", ") : "—"));
      dl.append(el("dt", {}, "Mentions"), el("dd", {}, e.mentions + " in " + e.documents + " document" + (e.documents === 1 ? "" : "s")));
      parts.push(dl);
      if (r.attributes.length) {
        parts.push(el("h3", {}, "Attributes"));
        parts.push(el("ul", { class: "edges" }, ...r.attributes.map((a) => el("li", { class: "edge attribute" },
          el("div", { class: "edge-head" }, el("span", { class: "predicate" }, a.predicate), el("strong", {}, a.value),
            el("span", { class: "confidence" }, a.confidence.toFixed(2))),
          el("ul", { class: "sentences" }, ...a.evidence.map(sentenceView))))));
      }
      parts.push(el("h3", {}, "Edges (" + r.edges.length + ")"));
      if (!r.edges.length) parts.push(el("p", { class: "muted" }, "No edges pass the filters."));
      parts.push(el("ul", { class: "edges", id: "edges" }, ...r.edges.map((x) => {
        const arrow = x.symmetric ? "—" : (x.direction === "out" ? "→" : "←");
        return el("li", { class: "edge", "data-predicate": x.predicate, "data-other": x.other },
          el("div", { class: "edge-head" }, el("span", {}, arrow), el("span", { class: "predicate" }, x.predicate),
            entityButton(x.other, x.other_name), el("span", { class: "type type-" + x.other_type }, x.other_type),
            el("span", { class: "confidence" }, "best " + x.confidence.toFixed(2) + " · " + x.evidence.length + " sentence" + (x.evidence.length === 1 ? "" : "s"))),
          el("ul", { class: "sentences" }, ...x.evidence.map(sentenceView)));
      })));
      if (r.truncated) parts.push(el("p", { class: "muted" }, "Only the first statements are shown (the server's result cap)."));
      panel.replaceChildren(...parts);
      $("#search").placeholder = e.name;
    } catch (err) {
      if (seq === panelSeq) panel.replaceChildren(el("p", { class: "error" }, err.message));
    }
  }

  async function showEvidence(a, b) {
    const seq = ++panelSeq;
    const panel = $("#panel");
    try {
      const r = await api("/api/ng/evidence?" + new URLSearchParams({ a: a, b: b }).toString());
      if (seq !== panelSeq) return;
      const an = r.a[0] ? r.a[0].name : a, bn = r.b[0] ? r.b[0].name : b;
      panel.replaceChildren(
        el("h2", {}, "Evidence"),
        el("p", {}, entityButton(a, an), " and ", entityButton(b, bn)),
        el("ul", { class: "edges" }, ...r.evidence.map((st) => el("li", { class: "edge" },
          el("div", { class: "edge-head" }, el("span", {}, st.subject_name), el("span", { class: "predicate" }, st.predicate), el("span", {}, st.object_name)),
          el("ul", { class: "sentences" }, sentenceView(st))))),
        r.evidence.length ? null : el("p", { class: "muted" }, "No statements."));
    } catch (err) {
      if (seq === panelSeq) panel.replaceChildren(el("p", { class: "error" }, err.message));
    }
  }

  async function showDocument(id) {
    const seq = ++panelSeq;
    const panel = $("#panel");
    try {
      const d = await api("/api/ng/document?" + new URLSearchParams({ id: id }).toString());
      if (seq !== panelSeq) return;
      const dl = el("dl", {},
        el("dt", {}, "Path"), el("dd", {}, d.path || "—"),
        el("dt", {}, "Ingested"), el("dd", {}, d.ingested_at || "—"),
        el("dt", {}, "SHA-256"), el("dd", { class: "id" }, d.hash));
      panel.replaceChildren(
        el("p", {}, state.focus ? el("button", { type: "button", onclick: () => loadEntity(state.focus) }, "← back") : null),
        el("h2", {}, d.title || d.path || d.id), el("div", { class: "id" }, d.id), dl,
        el("h3", {}, "Statements (" + d.statements.length + ")"),
        el("ul", { class: "edges" }, ...d.statements.map((st) => el("li", { class: "edge" },
          el("div", { class: "edge-head" }, entityButton(st.subject, st.subject_name), el("span", { class: "predicate" }, st.predicate),
            st.object ? entityButton(st.object, st.object_name) : el("strong", {}, st.value)),
          el("ul", { class: "sentences" }, sentenceView(st))))));
    } catch (err) {
      if (seq === panelSeq) panel.replaceChildren(el("p", { class: "error" }, err.message));
    }
  }

  // ---- console --------------------------------------------------------

  function cell(v) {
    if (v === null || v === undefined) return "";
    if (typeof v === "string") return v;
    return JSON.stringify(v);
  }

  // resultsTable shows results as columns, one per key of the result
  // objects ("id" first); other values in one column.
  function resultsTable(results) {
    const keys = new Set();
    for (const r of results) {
      if (r && typeof r === "object" && !Array.isArray(r)) Object.keys(r).forEach((k) => keys.add(k));
    }
    const cols = [...keys].sort((a, b) => (a === "id") !== (b === "id") ? (a === "id" ? -1 : 1) : (a < b ? -1 : a > b ? 1 : 0));
    const objects = cols.length > 0;
    if (!objects) cols.push("result");
    const head = el("tr", {}, ...cols.map((c) => el("th", { scope: "col" }, c)));
    const rows = results.map((r) => el("tr", {}, ...cols.map((c) =>
      el("td", {}, objects && r && typeof r === "object" && !Array.isArray(r) ? cell(r[c]) : (c === cols[0] ? cell(r) : "")))));
    return el("table", {}, el("thead", {}, head), el("tbody", {}, ...rows));
  }

  async function runConsole(request) {
    const st = $("#console-status"), errBox = $("#console-error"), out = $("#console-results");
    st.textContent = "running…";
    errBox.hidden = true;
    const t0 = performance.now();
    try {
      const r = await request();
      out.replaceChildren(resultsTable(r.results));
      st.textContent = r.results.length + " row" + (r.results.length === 1 ? "" : "s") +
        (r.truncated ? " (more results were cut off at the server's cap)" : "") + " in " + Math.round(performance.now() - t0) + " ms";
    } catch (err) {
      out.replaceChildren();
      errBox.textContent = err.message;
      errBox.hidden = false;
      st.textContent = "";
    }
  }

  function buildConsole() {
    const lang = $("#console-lang");
    for (const l of meta.languages) lang.append(el("option", { value: l }, l));
    lang.value = "gizmo";
    const run = () => runConsole(() => api("/api/ng/query", {
      method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ lang: lang.value, query: $("#console-query").value }),
    }));
    $("#console-run").addEventListener("click", run);
    $("#console-query").addEventListener("keydown", (e) => {
      if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) { e.preventDefault(); run(); }
    });
    api("/api/ng/queries").then((r) => {
      const sel = $("#saved");
      const byName = {};
      for (const q of r.queries) {
        byName[q.name] = q;
        sel.append(el("option", { value: q.name, title: q.summary }, q.usage));
      }
      sel.addEventListener("change", () => {
        const q = byName[sel.value];
        const args = $("#saved-args");
        args.replaceChildren();
        $("#saved-run").hidden = !q;
        if (!q) return;
        for (const p of q.params) {
          const name = p.replace(/\?$/, "");
          args.append(el("input", { type: "text", placeholder: name + (p.endsWith("?") ? " (optional)" : ""), "aria-label": name }));
        }
      });
      $("#saved-run").addEventListener("click", () => {
        const name = sel.value;
        if (!name) return;
        const args = [...$("#saved-args").querySelectorAll("input")].map((i) => i.value.trim());
        while (args.length && !args[args.length - 1]) args.pop();
        runConsole(() => api("/api/ng/queries/" + encodeURIComponent(name), {
          method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ args: args }),
        }));
      });
    }).catch((err) => status(err.message, true));
  }

  // ---- start ----------------------------------------------------------

  async function start() {
    try {
      meta = await api("/api/ng/meta");
    } catch (err) {
      status(err.message, true);
      return;
    }
    $("#store").textContent = meta.store + (meta.writable ? " (writable)" : " (read-only)");
    loadHash();
    buildControls();
    buildSearch();
    buildConsole();
    if (!state.focus) {
      try {
        const r = await api("/api/ng/entities?limit=1");
        if (r.entities.length) state.focus = r.entities[0].id;
      } catch (err) {
        status(err.message, true);
      }
    }
    refresh();
    window.addEventListener("hashchange", () => { loadHash(); syncControls(); loadDiagram(); if (state.focus) loadEntity(state.focus); });
  }

  start();
})();
