/* Site search in the header. The engine (Kiln's Java tokenizer and ranking, compiled by TeaVM)
   and the index's table of contents load on first use; each query then loads only the index
   shards and result chunks it needs. Everything loads by script tags, which work from file://
   where fetch does not. Results are built from text nodes: nothing from the index becomes HTML. */
(function () {
  "use strict";
  var box = document.querySelector("[data-kiln-search]");
  if (!box) return;
  var input = box.querySelector("input");
  var panel = box.querySelector(".search-panel");
  var list = box.querySelector("[role=listbox]");
  var status = box.querySelector(".search-status");
  var root = box.getAttribute("data-root") || "";
  var dir = root + "assets/search/";
  var MAX_RESULTS = 10;
  var FIRST_RESULTS = 3;

  var strings = {};
  try { strings = JSON.parse(document.getElementById("kiln-ui").textContent); } catch (e) { /* keys show */ }
  function ui(key, values) {
    var s = Object.prototype.hasOwnProperty.call(strings, key) ? strings[key] : key;
    return s.replace(/\{(\w+)\}/g, function (m, name) { return values && name in values ? values[name] : m; });
  }

  // Loading: each file once; a failed file may be tried again by the next query.
  var engine = null;
  var ready = null;
  var files = {};
  window.KilnSearchData = {
    meta: function (text) { engine.open(text); },
    shard: function (n, text) { engine.addShard(n, text); },
    chunk: function (n, text) { engine.addChunk(n, text); }
  };
  function load(name) {
    if (!files[name]) {
      files[name] = new Promise(function (resolve, reject) {
        var script = document.createElement("script");
        script.src = dir + name;
        script.onload = resolve;
        script.onerror = function () { delete files[name]; reject(new Error(dir + name)); };
        document.head.appendChild(script);
      });
    }
    return files[name];
  }
  function start() {
    if (!ready) {
      ready = load("engine.js").then(function () {
        engine = self.KilnSearchEngine;
        return load("meta.js");
      }).then(function () {
        // a first run over this page's text, so the browser has compiled the engine before the first keystroke
        try { engine.warm((document.querySelector("main") || document.body).textContent.slice(0, 2000)); } catch (e) { /* only a head start */ }
        box.setAttribute("data-ready", ""); // engine and index table loaded (for tests and benchmarks)
      });
      ready.catch(function () { ready = null; });
    }
    return ready;
  }
  function loadEach(prefix, numbers) {
    return Promise.all(numbers ? numbers.split(",").map(function (n) { return load(prefix + n + ".js"); }) : []);
  }

  // Searching: the newest query wins; an older one that finishes late shows nothing.
  var latest = 0;
  var results = [];
  var active = -1;
  function run(query) {
    var seq = ++latest;
    if (!query.trim()) { close(); return; }
    start().then(function () {
      return loadEach("s", engine.missingShards(query));
    }).then(function () {
      if (seq !== latest) return;
      var ids = engine.search(query, MAX_RESULTS);
      var pending = ids ? ids.split(",") : [];
      var items = [];
      var shown = -1;
      // Results show in rank order as their text arrives: the best one does not wait for the tenth's file.
      function advance() {
        if (seq !== latest) return;
        while (pending.length && !engine.missingChunks(pending[0])) items.push(JSON.parse(engine.result(+pending.shift(), query)));
        if (items.length > shown && (items.length || !pending.length)) {
          shown = items.length;
          show(query, items.slice(), !pending.length);
        }
      }
      function loadChunks(sections) {
        var chunks = engine.missingChunks(sections);
        return Promise.all(chunks ? chunks.split(",").map(function (n) { return load("c" + n + ".js").then(advance); }) : []);
      }
      advance();
      // A browser loads script files one after another, a few milliseconds each: the best few first.
      return loadChunks(pending.slice(0, FIRST_RESULTS).join(",")).then(function () { return loadChunks(ids); });
    }).catch(function () {
      if (seq !== latest) return;
      show(query, [], true);
      status.textContent = ui("searchFailed");
    });
  }

  /** Appends text to an element, with the ranges in marks (start, end, start, end…) as <mark>s. */
  function marked(el, text, marks) {
    var at = 0;
    for (var i = 0; i + 1 < marks.length; i += 2) {
      if (marks[i] > at) el.appendChild(document.createTextNode(text.slice(at, marks[i])));
      var mark = document.createElement("mark");
      mark.textContent = text.slice(marks[i], marks[i + 1]);
      el.appendChild(mark);
      at = marks[i + 1];
    }
    if (at < text.length) el.appendChild(document.createTextNode(text.slice(at)));
    return el;
  }
  function part(className, text, marks) {
    var span = document.createElement("span");
    span.className = className;
    return marked(span, text, marks);
  }

  var shownQuery = null;
  /** Shows results for query; complete is false while more are on their way (the selection is kept). */
  function show(query, items, complete) {
    var keep = query === shownQuery ? active : -1;
    shownQuery = query;
    results = items;
    list.textContent = "";
    items.forEach(function (r, i) {
      var option = document.createElement("li");
      option.id = "kiln-search-option-" + i;
      option.setAttribute("role", "option");
      option.setAttribute("aria-selected", "false");
      var link = document.createElement("a");
      link.href = root + r.url;
      link.tabIndex = -1;
      link.appendChild(part("search-hit-page", r.page, r.pageMarks));
      if (r.heading !== r.page) link.appendChild(part("search-hit-heading", r.heading, r.headingMarks));
      if (r.snippet) link.appendChild(part("search-hit-snippet", r.snippet, r.snippetMarks));
      link.addEventListener("click", close);
      option.appendChild(link);
      list.appendChild(option);
    });
    // the live status speaks once, when the list is whole
    status.textContent = !complete ? "" : items.length ? ui("searchCount", { count: items.length }) : ui("searchNone", { query: query.trim() });
    list.hidden = !items.length;
    // which query the panel shows (typing outruns searching): data-query once complete, data-partial before
    panel.setAttribute(complete ? "data-query" : "data-partial", query);
    if (complete) panel.removeAttribute("data-partial");
    else panel.removeAttribute("data-query");
    panel.hidden = false;
    input.setAttribute("aria-expanded", items.length ? "true" : "false");
    active = -1;
    select(keep < items.length ? keep : -1);
  }
  function close() {
    shownQuery = null;
    panel.hidden = true;
    input.setAttribute("aria-expanded", "false");
    select(-1);
  }
  function select(i) {
    var options = list.children;
    if (active >= 0 && options[active]) options[active].setAttribute("aria-selected", "false");
    active = i;
    if (i >= 0 && options[i]) {
      options[i].setAttribute("aria-selected", "true");
      options[i].scrollIntoView({ block: "nearest" });
      input.setAttribute("aria-activedescendant", options[i].id);
    } else {
      input.removeAttribute("aria-activedescendant");
    }
  }

  input.addEventListener("focus", function () {
    start();
    if (input.value.trim() && list.children.length) panel.hidden = false;
  });
  input.addEventListener("input", function () { run(input.value); });
  input.addEventListener("keydown", function (e) {
    var n = results.length;
    if (e.key === "ArrowDown" && n) {
      e.preventDefault();
      if (panel.hidden) panel.hidden = false;
      select((active + 1) % n);
    } else if (e.key === "ArrowUp" && n) {
      e.preventDefault();
      select(active <= 0 ? n - 1 : active - 1);
    } else if (e.key === "Enter" && n && !panel.hidden) {
      e.preventDefault();
      var link = list.children[active < 0 ? 0 : active].querySelector("a");
      close();
      link.click();
    } else if (e.key === "Escape") {
      if (!panel.hidden) close();
      else { input.value = ""; input.blur(); }
    }
  });
  // Clicking or tabbing away closes the panel.
  box.addEventListener("focusout", function (e) {
    if (!e.relatedTarget || !box.contains(e.relatedTarget)) close();
  });
  document.addEventListener("pointerdown", function (e) {
    if (!box.contains(e.target)) close();
  });

  // "/" (outside a text field) and Ctrl-K or Cmd-K focus the box, as on most documentation sites.
  document.addEventListener("keydown", function (e) {
    var t = e.target;
    var typing = t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));
    if ((e.key === "k" || e.key === "K") && (e.ctrlKey || e.metaKey) && !e.altKey) {
      e.preventDefault();
      input.focus();
      input.select();
    } else if (e.key === "/" && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      input.focus();
    }
  });

  box.hidden = false;
})();
