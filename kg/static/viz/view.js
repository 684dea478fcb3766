/* kg graph view: draws the JSON in #kg-data with vis-network.
 * Every string from the graph is put into the page with textContent or as a
 * canvas label, never parsed as HTML. */
(function () {
  "use strict";
  var t0 = performance.now();
  var opts = window.kgOptions || {};
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var body = document.body;
  var stats = {
    nodes: data.nodes.length, edges: data.edges.length,
    totalNodes: data.total_nodes, totalEdges: data.total_edges,
    aggregated: data.aggregated, stable: false, stabilizeMs: null
  };
  window.kgStats = stats;

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }
  function webUrl(u) {
    return (typeof u === "string" && /^https?:\/\/[^\s<>"'`]+$/i.test(u)) ? u : null;
  }

  /* a tooltip / details card, built from text nodes only */
  function card(d, compact) {
    var box = el("div", compact ? "kg-card kg-compact" : "kg-card");
    box.appendChild(el("div", "kg-card-title", d.title));
    box.appendChild(el("div", "kg-card-kind", d.kind));
    if (d.rows && d.rows.length) {
      var table = el("table");
      d.rows.forEach(function (r) {
        var tr = el("tr");
        tr.appendChild(el("th", null, r[0]));
        tr.appendChild(el("td", null, r[1]));
        table.appendChild(tr);
      });
      box.appendChild(table);
    }
    var evidence = d.evidence || [];
    (compact ? evidence.slice(0, 1) : evidence).forEach(function (ev) {
      var sec = el("div", "kg-ev");
      var head = el("div", "kg-ev-head", ev.head + (ev.date ? "（" + ev.date + "）" : ""));
      if (ev.inferred) { head.appendChild(el("span", "kg-inferred", "推断")); }
      sec.appendChild(head);
      if (ev.text) { sec.appendChild(el("blockquote", null, ev.text)); }
      if (ev.article) {
        var src = el("div", "kg-ev-src");
        src.appendChild(document.createTextNode("来源："));
        var url = webUrl(ev.article.url);
        var title = ev.article.title || "文章";
        if (url) {
          var a = el("a", null, title);
          a.href = url;
          a.target = "_blank";
          a.rel = "noopener noreferrer";
          src.appendChild(a);
        } else {
          src.appendChild(el("span", null, title));
        }
        if (ev.article.date) { src.appendChild(document.createTextNode(" " + ev.article.date)); }
        sec.appendChild(src);
      }
      box.appendChild(sec);
    });
    if (d.more) { box.appendChild(el("div", "kg-more", d.more)); }
    if (compact && evidence.length > 1) { box.appendChild(el("div", "kg-more", "点击查看全部 " + evidence.length + " 条出处")); }
    return box;
  }

  /* legend with class checkboxes */
  var kindStyle = {};
  var legendList = document.getElementById("kg-legend-list");
  data.legend.forEach(function (k) {
    kindStyle[k.kind] = k;
    var li = el("li");
    var label = el("label");
    var box = el("input");
    box.type = "checkbox";
    box.checked = true;
    box.value = k.kind;
    box.setAttribute("data-kind", k.kind);
    var sym = el("span", "kg-sym", k.symbol);
    sym.style.color = k.color;
    label.appendChild(box);
    label.appendChild(sym);
    label.appendChild(el("span", null, k.label));
    label.appendChild(el("span", "kg-count", "（" + k.count + "）"));
    li.appendChild(label);
    legendList.appendChild(li);
  });

  if (data.edges.some(function (e) { return e.inferred; })) {
    var li = el("li", "kg-legend-note");
    li.appendChild(el("span", "kg-dash", "┄┄"));
    li.appendChild(el("span", null, " 推断的关系（文中未明写）"));
    legendList.appendChild(li);
  }

  var nodes = new vis.DataSet(data.nodes.map(function (n) {
    var st = kindStyle[n.kind] || { color: "#79706e", shape: "dot" };
    return {
      id: n.id, label: n.label, value: n.value, shape: st.shape, kind: n.kind, x: n.x, y: n.y,
      color: { background: st.color, border: n.focus ? "#222" : st.color,
               highlight: { background: st.color, border: "#000" }, hover: { background: st.color, border: "#000" } },
      borderWidth: n.focus ? 3 : 1
    };
  }));
  var edges = new vis.DataSet(data.edges.map(function (e) {
    var o = { id: e.id, from: e.from, to: e.to, label: opts.edgeLabels ? e.label : undefined };
    if (e.par > 0) { o.smooth = { enabled: true, type: e.par % 2 ? "curvedCW" : "curvedCCW", roundness: 0.15 * Math.ceil(e.par / 2) }; }
    if (e.inferred) { o.dashes = true; }
    return o;
  }));

  var container = document.getElementById("kg-graph");
  var options = {
    autoResize: true,
    layout: { randomSeed: 7, improvedLayout: !!opts.improvedLayout },
    nodes: {
      scaling: { min: 8, max: 28, label: { enabled: true, min: 13, max: 22, drawThreshold: 5, maxVisible: 40 } },
      font: { face: "WenQuanYi Micro Hei, Noto Sans CJK SC, sans-serif", size: 14, color: "#222", strokeWidth: 3, strokeColor: "#fafafa" }
    },
    edges: {
      arrows: { to: { enabled: true, scaleFactor: 0.45 } },
      color: { color: "#b5b5b5", highlight: "#555", hover: "#777" },
      font: { face: "WenQuanYi Micro Hei, Noto Sans CJK SC, sans-serif", size: 11, color: "#666", strokeWidth: 3, strokeColor: "#fafafa", align: "horizontal" },
      smooth: false,
      width: 1
    },
    physics: {
      enabled: true,
      solver: "forceAtlas2Based",
      forceAtlas2Based: { gravitationalConstant: -80, centralGravity: 0.015, springLength: 80, springConstant: 0.08, avoidOverlap: 0.8, damping: 0.5 },
      stabilization: { enabled: true, iterations: opts.iterations || 300, updateInterval: 25, fit: true },
      minVelocity: 1.5,
      timestep: 0.5
    },
    interaction: { hover: true, tooltipDelay: 120, hideEdgesOnDrag: !!opts.big, hideEdgesOnZoom: !!opts.big, navigationButtons: false, keyboard: false }
  };
  if (!opts.iterations) {
    options.physics.enabled = false;
    options.physics.stabilization.enabled = false;
  }
  stats.prepareMs = Math.round(performance.now() - t0);
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, options);
  stats.constructMs = Math.round(performance.now() - t0);
  window.kgNetwork = network;
  window.kgNodes = nodes;
  window.kgEdges = edges;

  var progress = document.getElementById("kg-progress");
  function markStable() {
    if (stats.stable) { return; }
    network.setOptions({ physics: { enabled: false } });
    network.fit({ animation: false });
    stats.stable = true;
    stats.stabilizeMs = Math.round(performance.now() - t0);
    body.setAttribute("data-kg-stable", "true");
    progress.hidden = true;
    window.dispatchEvent(new CustomEvent("kg:stabilized", { detail: stats }));
  }
  /* "重新布局": a bounded force-directed run, frozen again when done */
  document.getElementById("kg-relayout").addEventListener("click", function () {
    stats.stable = false;
    body.setAttribute("data-kg-stable", "false");
    progress.hidden = false;
    t0 = performance.now();
    network.setOptions({ physics: { enabled: true, stabilization: { enabled: true, iterations: 150, updateInterval: 10, fit: true } } });
    network.once("stabilizationIterationsDone", markStable);
    network.stabilize(opts.big ? 60 : 150);
  });
  network.on("stabilizationProgress", function (p) {
    progress.textContent = "布局中… " + Math.round(100 * p.iterations / p.total) + "%";
  });
  network.once("stabilizationIterationsDone", markStable);
  network.once("stabilized", markStable);
  if (data.nodes.length < 2) { markStable(); }
  if (!opts.iterations) { network.once("afterDrawing", markStable); }

  /* hover tooltip and click details */
  var tip = document.getElementById("kg-tooltip");
  function itemDetails(kind, id) {
    var item = kind === "node" ? data.nodes[id] : data.edges[id];
    return item ? data.details[item.d] : null;
  }
  function showTip(kind, id, pointer) {
    var d = itemDetails(kind, id);
    if (!d) { return; }
    tip.replaceChildren(card(d, true));
    var r = container.getBoundingClientRect();
    var x = r.left + pointer.x + 14, y = r.top + pointer.y + 14;
    tip.hidden = false;
    var w = tip.offsetWidth, h = tip.offsetHeight;
    if (x + w > window.innerWidth - 4) { x = Math.max(4, x - w - 28); }
    if (y + h > window.innerHeight - 4) { y = Math.max(4, y - h - 28); }
    tip.style.left = x + "px";
    tip.style.top = y + "px";
  }
  function hideTip() { tip.hidden = true; }
  network.on("hoverNode", function (p) { showTip("node", p.node, p.pointer.DOM); });
  network.on("hoverEdge", function (p) { showTip("edge", p.edge, p.pointer.DOM); });
  network.on("blurNode", hideTip);
  network.on("blurEdge", hideTip);
  network.on("dragStart", hideTip);
  network.on("zoom", hideTip);

  var panel = document.getElementById("kg-details");
  var panelBody = document.getElementById("kg-details-body");
  function showDetails(kind, id) {
    var d = itemDetails(kind, id);
    if (!d) { return; }
    panelBody.replaceChildren(card(d));
    panel.hidden = false;
    panel.setAttribute("data-kind", kind);
    panel.setAttribute("data-id", String(id));
  }
  network.on("click", function (p) {
    if (p.nodes.length) { showDetails("node", p.nodes[0]); }
    else if (p.edges.length) { showDetails("edge", p.edges[0]); }
    else { panel.hidden = true; }
  });
  document.getElementById("kg-details-close").addEventListener("click", function () { panel.hidden = true; });

  /* class filter */
  legendList.addEventListener("change", function (ev) {
    var kind = ev.target.getAttribute("data-kind");
    if (!kind) { return; }
    var hidden = !ev.target.checked;
    nodes.update(data.nodes.filter(function (n) { return n.kind === kind; })
      .map(function (n) { return { id: n.id, hidden: hidden }; }));
  });

  /* search by label */
  var list = document.getElementById("kg-labels");
  var seen = {};
  data.nodes.slice(0, 5000).forEach(function (n) {
    if (seen[n.full]) { return; }
    seen[n.full] = true;
    var o = el("option");
    o.value = n.full;
    list.appendChild(o);
  });
  var status = document.getElementById("kg-search-status");
  document.getElementById("kg-search-form").addEventListener("submit", function (ev) {
    ev.preventDefault();
    var q = document.getElementById("kg-search").value.trim();
    if (!q) { network.unselectAll(); status.textContent = ""; return; }
    var exact = data.nodes.filter(function (n) { return n.full === q; });
    var hits = exact.length ? exact : data.nodes.filter(function (n) { return n.full.indexOf(q) >= 0; });
    var ids = hits.map(function (n) { return n.id; });
    status.textContent = ids.length ? "找到 " + ids.length + " 个" : "没有找到";
    status.setAttribute("data-hits", String(ids.length));
    if (!ids.length) { network.unselectAll(); return; }
    network.selectNodes(ids);
    if (ids.length === 1) {
      network.focus(ids[0], { scale: 1.4, animation: false });
      showDetails("node", ids[0]);
    } else {
      network.fit({ nodes: ids, animation: false });
    }
  });
})();
