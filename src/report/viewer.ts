// The report's only script: click a figure, quote, event or name (any element with data-doc,
// data-start, data-end) and the article opens in a side panel with [start, end) marked.
// Article text is untrusted: it is read from the JSON block and put into the page only as text
// nodes (createTextNode / textContent), never as HTML. The CSP allows this script by its hash,
// so the exact string below is what gets hashed: keep it free of backticks and "${".
export const VIEWER_JS = `
(function () {
  "use strict";
  var dataEl = document.getElementById("isnad-data");
  var viewer = document.getElementById("viewer");
  if (!dataEl || !viewer) return;
  var docs = {};
  var more = {};
  var strings = {};
  try {
    var data = JSON.parse(dataEl.textContent || "{}");
    data.docs.forEach(function (d) { docs[d.id] = d; });
    more = data.more || {};
    strings = data.ui || {};
  } catch (e) { return; }
  var root = document.documentElement;
  // An interface string in the current language (interface-strings.ts), its {names} filled in.
  function say(key, vars) {
    var table = strings[root.getAttribute("data-ui")] || strings.en || {};
    return String(table[key] || key).replace(/\\{(\\w+)\\}/g, function (m, k) {
      return vars && Object.prototype.hasOwnProperty.call(vars, k) ? String(vars[k]) : m;
    });
  }
  var body = document.getElementById("viewer-body");
  var title = document.getElementById("viewer-title");
  var meta = document.getElementById("viewer-meta");
  var where = document.getElementById("viewer-where");
  var closeBtn = document.getElementById("viewer-close");
  var lastTrigger = null;
  var active = null;
  document.documentElement.classList.add("js");

  function el(tag, cls, text) {
    var n = document.createElement(tag);
    if (cls) n.className = cls;
    if (text != null) n.textContent = text;
    return n;
  }

  // Appends text[a, b) to parent as text nodes, page furniture (boilerplate) wrapped in a muted span.
  function appendRange(parent, d, a, b) {
    var furn = d.furniture || [];
    var pts = [a, b];
    furn.forEach(function (f) {
      if (f.start > a && f.start < b) pts.push(f.start);
      if (f.end > a && f.end < b) pts.push(f.end);
    });
    pts.sort(function (x, y) { return x - y; });
    for (var i = 0; i + 1 < pts.length; i++) {
      var s = pts[i], e = pts[i + 1];
      if (s >= e) continue;
      var node = document.createTextNode(d.text.slice(s, e));
      var f = null;
      for (var j = 0; j < furn.length; j++) if (furn[j].start <= s && furn[j].end >= e) { f = furn[j]; break; }
      if (f) {
        var span = el("span", "furn");
        span.title = say("viewerFurniture", { kind: String(f.kind) });
        span.appendChild(node);
        parent.appendChild(span);
      } else parent.appendChild(node);
    }
  }

  function open(trigger) {
    var d = docs[trigger.getAttribute("data-doc")];
    var start = parseInt(trigger.getAttribute("data-start"), 10);
    var end = parseInt(trigger.getAttribute("data-end"), 10);
    if (!d) return false;
    var len = d.text.length;
    var ok = start >= 0 && end >= start && end <= len;
    title.textContent = d.title || d.heading || d.source;
    while (meta.firstChild) meta.removeChild(meta.firstChild);
    var date = root.getAttribute("data-ui") === "ar" ? d.date_ar : d.date;
    [d.outlet || say("viewerNoOutlet", { id: d.label }), date || say("viewerNoDate"), d.source].forEach(function (s, i) {
      if (i) meta.appendChild(document.createTextNode(" \\u00b7 "));
      meta.appendChild(el("bdi", null, s));
    });
    while (body.firstChild) body.removeChild(body.firstChild);
    var mark = null;
    if (ok && end > start) {
      appendRange(body, d, 0, start);
      mark = el("mark", "hl");
      appendRange(mark, d, start, end);
      body.appendChild(mark);
      appendRange(body, d, end, len);
      where.textContent = say("viewerHighlighted", { start: start, end: end, len: len });
    } else {
      appendRange(body, d, 0, len);
      where.textContent = say(ok ? "viewerWhole" : "viewerOutside", { start: start, end: end, len: len });
    }
    if (active) active.classList.remove("active");
    active = trigger;
    active.classList.add("active");
    lastTrigger = trigger;
    viewer.hidden = false;
    document.body.classList.add("viewing");
    if (mark) mark.scrollIntoView({ block: "center", inline: "nearest" });
    else body.scrollTop = 0;
    viewer.focus({ preventScroll: true });
    return true;
  }

  function close() {
    viewer.hidden = true;
    document.body.classList.remove("viewing");
    if (active) active.classList.remove("active");
    active = null;
    if (lastTrigger) lastTrigger.focus({ preventScroll: true });
  }

  // Long lists: the rest of a list comes from the data block, one page per click (see pages.ts).
  function showMore(btn) {
    var key = btn.getAttribute("data-more");
    var list = document.querySelector("[data-list=" + JSON.stringify(String(key)) + "]");
    var chunks = more[key];
    if (!list || !chunks || !chunks.length) { btn.hidden = true; return; }
    list.insertAdjacentHTML("beforeend", chunks.shift());
    titles(list);
    var page = parseInt(btn.getAttribute("data-page"), 10) || 50;
    var left = Math.max(0, (parseInt(btn.getAttribute("data-left"), 10) || 0) - page);
    btn.setAttribute("data-left", String(left));
    btn.textContent = say("showMore", { n: Math.min(left, page), left: left });
    if (!chunks.length || !left) btn.hidden = true;
  }
  Array.prototype.forEach.call(document.querySelectorAll("button[data-more]"), function (b) { b.hidden = false; });

  // The language switch: the interface's strings are in the page in both languages (ui.ts); the root's
  // data-ui shows one, and lang and dir follow it.
  var switchBtn = document.getElementById("ui-switch");
  // Tooltips: the English title is kept in data-title-en, the Arabic one is in data-title-ar.
  function titles(scope) {
    var ar = root.getAttribute("data-ui") === "ar";
    Array.prototype.forEach.call(scope.querySelectorAll("[data-title-ar]"), function (el) {
      if (!el.hasAttribute("data-title-en")) el.setAttribute("data-title-en", el.getAttribute("title") || "");
      el.setAttribute("title", el.getAttribute(ar ? "data-title-ar" : "data-title-en"));
    });
  }
  function setLanguage(lang) {
    root.setAttribute("data-ui", lang);
    root.setAttribute("lang", lang);
    root.setAttribute("dir", lang === "ar" ? "rtl" : "ltr");
    if (switchBtn) switchBtn.setAttribute("aria-label", say("switchLabel"));
    titles(document);
  }
  if (switchBtn) {
    switchBtn.hidden = false;
    setLanguage(root.getAttribute("data-ui") === "ar" ? "ar" : "en");
    switchBtn.addEventListener("click", function () {
      setLanguage(root.getAttribute("data-ui") === "ar" ? "en" : "ar");
    });
  }

  document.addEventListener("click", function (ev) {
    var t = ev.target;
    if (!(t instanceof Element)) return;
    var moreBtn = t.closest("button[data-more]");
    if (moreBtn) { showMore(moreBtn); return; }
    var trigger = t.closest("[data-doc][data-start][data-end]");
    if (!trigger || viewer.contains(trigger)) return;
    if (open(trigger)) ev.preventDefault();
  });
  closeBtn.addEventListener("click", close);
  document.addEventListener("keydown", function (ev) {
    if (ev.key === "Escape" && !viewer.hidden) close();
  });
})();
`;
