// kg query page: no external resources; every value is inserted with textContent, never as HTML.
"use strict";
(function () {
  const $ = (id) => document.getElementById(id);
  const form = $("form"), query = $("query"), named = $("named"), params = $("params");
  const status = $("status"), result = $("result"), description = $("description"), format = $("format");
  let queries = [];

  function setStatus(text, isError) {
    status.textContent = text;
    status.className = isError ? "error" : "";
  }

  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }

  function termText(t) {
    if (!t) return "";
    if (t.type === "triple") return "<< " + termText(t.value.subject) + " " + termText(t.value.predicate) + " " + termText(t.value.object) + " >>";
    return t.value;
  }

  function renderJson(doc) {
    clear(result);
    if (typeof doc.boolean === "boolean") {
      const p = document.createElement("p");
      p.textContent = doc.boolean ? "true" : "false";
      result.appendChild(p);
      return;
    }
    const vars = doc.head.vars || [];
    const table = document.createElement("table");
    const head = table.createTHead().insertRow();
    for (const v of vars) {
      const th = document.createElement("th");
      th.textContent = v;
      head.appendChild(th);
    }
    const body = table.createTBody();
    for (const b of doc.results.bindings) {
      const tr = body.insertRow();
      for (const v of vars) {
        const td = tr.insertCell();
        const t = b[v];
        td.textContent = termText(t);
        if (t && t.type === "uri") td.className = "uri";
        if (t && t["xml:lang"]) td.title = "@" + t["xml:lang"];
      }
    }
    result.appendChild(table);
    setStatus(doc.results.bindings.length + " rows", false);
  }

  function renderText(text) {
    clear(result);
    const pre = document.createElement("pre");
    pre.textContent = text;
    result.appendChild(pre);
  }

  async function run(event) {
    event.preventDefault();
    setStatus("running…", false);
    const fmt = format.value;
    const accept = {
      json: "application/sparql-results+json, text/turtle;q=0.9",
      csv: "text/csv, application/n-triples;q=0.9",
      tsv: "text/tab-separated-values, application/n-triples;q=0.9",
      xml: "application/sparql-results+xml, application/rdf+xml;q=0.9",
      turtle: "text/turtle, application/sparql-results+json;q=0.9",
    }[fmt];
    const started = performance.now();
    try {
      const resp = await fetch("/sparql", {
        method: "POST",
        headers: { "Content-Type": "application/sparql-query", "Accept": accept },
        body: query.value,
      });
      const text = await resp.text();
      if (!resp.ok) {
        clear(result);
        setStatus(resp.status + " " + text, true);
        return;
      }
      const ctype = resp.headers.get("Content-Type") || "";
      if (ctype.startsWith("application/sparql-results+json")) renderJson(JSON.parse(text));
      else { renderText(text); setStatus("", false); }
      setStatus(status.textContent + " (" + Math.round(performance.now() - started) + " ms)", false);
    } catch (err) {
      setStatus(String(err), true);
    }
  }

  function showNamed() {
    clear(params);
    description.textContent = "";
    const q = queries.find((x) => x.name === named.value);
    if (!q) return;
    description.textContent = q.description;
    for (const p of q.params) {
      const label = document.createElement("label");
      label.textContent = p.name + " ";
      const input = document.createElement("input");
      input.name = p.name;
      input.placeholder = p.default === null ? "(required)" : p.default;
      input.title = p.help;
      label.appendChild(input);
      params.appendChild(label);
    }
    query.value = q.query;
  }

  async function runNamed(event) {
    event.preventDefault();
    const q = queries.find((x) => x.name === named.value);
    const qs = new URLSearchParams();
    for (const input of params.querySelectorAll("input")) if (input.value !== "") qs.set(input.name, input.value);
    setStatus("running…", false);
    const resp = await fetch("/queries/" + encodeURIComponent(q.name) + "?" + qs.toString(),
      { headers: { "Accept": "application/sparql-results+json" } });
    const text = await resp.text();
    if (!resp.ok) { clear(result); setStatus(resp.status + " " + text, true); return; }
    renderJson(JSON.parse(text));
  }

  form.addEventListener("submit", (event) => {
    const q = queries.find((x) => x.name === named.value);
    if (q && q.query === query.value && format.value === "json") return runNamed(event);
    return run(event);
  });
  named.addEventListener("change", showNamed);

  fetch("/queries").then((r) => r.json()).then((list) => {
    queries = list;
    for (const q of list) {
      const opt = document.createElement("option");
      opt.value = q.name;
      opt.textContent = q.name;
      named.appendChild(opt);
    }
  }).catch(() => setStatus("named queries unavailable", true));
})();
