/* Kiln theme behaviour: theme toggle, navigation drawer. Small, dependency-free, and optional:
   without JavaScript the page still reads well (the navigation is shown inline). */
(function () {
  "use strict";
  var root = document.documentElement;
  var dark = window.matchMedia ? window.matchMedia("(prefers-color-scheme: dark)") : null;

  // The words these scripts show come from the site's UI string table, which the page carries as JSON.
  var strings = {};
  try { strings = JSON.parse(document.getElementById("kiln-ui").textContent); } catch (e) { /* a theme without it: keys show */ }
  function ui(key) { return Object.prototype.hasOwnProperty.call(strings, key) ? strings[key] : key; }

  function effectiveTheme() {
    var chosen = root.getAttribute("data-theme");
    if (chosen === "dark" || chosen === "light") return chosen;
    return dark && dark.matches ? "dark" : "light";
  }

  // For other scripts (mermaid.js, demos): the theme in force, and an event when it changes.
  window.Kiln = window.Kiln || {};
  window.Kiln.theme = effectiveTheme;
  window.Kiln.ui = ui;
  function announceTheme() {
    document.dispatchEvent(new CustomEvent("kiln:themechange", { detail: { theme: effectiveTheme() } }));
  }

  var toggle = document.querySelector(".theme-toggle");
  function syncToggle() {
    if (!toggle) return;
    var isDark = effectiveTheme() === "dark";
    toggle.setAttribute("aria-pressed", String(isDark));
    toggle.setAttribute("aria-label", isDark ? ui("lightMode") : ui("darkMode"));
  }
  if (toggle) {
    toggle.addEventListener("click", function () {
      var next = effectiveTheme() === "dark" ? "light" : "dark";
      root.setAttribute("data-theme", next);
      try { localStorage.setItem("kiln-theme", next); } catch (e) { /* private mode: theme lasts this page */ }
      syncToggle();
      announceTheme();
    });
  }
  if (dark && dark.addEventListener) dark.addEventListener("change", function () { syncToggle(); announceTheme(); });
  syncToggle();

  // Copy buttons on code blocks. The line numbers are CSS counters, so they are not copied.
  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) return navigator.clipboard.writeText(text);
    return new Promise(function (resolve, reject) {
      var area = document.createElement("textarea");
      area.value = text;
      area.setAttribute("readonly", "");
      area.style.position = "fixed";
      area.style.opacity = "0";
      document.body.appendChild(area);
      area.select();
      var ok = document.execCommand("copy");
      document.body.removeChild(area);
      if (ok) resolve(); else reject(new Error("copy refused"));
    });
  }
  Array.prototype.forEach.call(document.querySelectorAll(".code-block"), function (block) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "copy-button";
    button.textContent = ui("copy");
    button.setAttribute("aria-label", ui("copyCode"));
    button.addEventListener("click", function () {
      copyText(block.querySelector("code").innerText.replace(/\n$/, "")).then(function () {
        button.textContent = ui("copied");
        button.classList.add("copied");
        setTimeout(function () { button.textContent = ui("copy"); button.classList.remove("copied"); }, 1500);
      }, function () { button.textContent = ui("copyFailed"); });
    });
    block.appendChild(button);
  });

  // A formula, diagram or table wider than the column scrolls in its own box. Such a box is made
  // keyboard-reachable, and data-overflow (start, end, both) tells the stylesheet which edge has
  // more to show, since overlay scrollbars show nothing until touched.
  // a numbered formula scrolls inside, beside its number, which stays in view
  var scrollers = document.querySelectorAll(".math-display:not(.math-numbered), .math-numbered > .katex-display, .diagram-drawn, .diagram-mermaid, .content table, .demo-runs-wrap");
  function markOverflow(box) {
    var hidden = box.scrollWidth - box.clientWidth;
    if (hidden <= 1) {
      box.removeAttribute("data-overflow");
      if (!box.matches("table")) box.removeAttribute("tabindex");
      return;
    }
    box.setAttribute("tabindex", "0");
    var atStart = box.scrollLeft <= 1, atEnd = box.scrollLeft >= hidden - 1;
    box.setAttribute("data-overflow", atStart ? "end" : atEnd ? "start" : "both");
  }
  function markAllOverflow() { Array.prototype.forEach.call(scrollers, markOverflow); }
  Array.prototype.forEach.call(scrollers, function (box) {
    box.addEventListener("scroll", function () { markOverflow(box); }, { passive: true });
  });
  markAllOverflow();
  window.addEventListener("resize", markAllOverflow);
  // fonts arriving late change widths
  if (document.fonts && document.fonts.ready) document.fonts.ready.then(markAllOverflow);

  // Content tabs: each set of titled panels becomes a tab list (WAI-ARIA tabs, arrow keys move).
  var revealers = [];
  Array.prototype.forEach.call(document.querySelectorAll(".tabbed-set"), function (set, n) {
    var blocks = Array.prototype.filter.call(set.children, function (c) { return c.classList.contains("tabbed-block"); });
    var list = document.createElement("div");
    list.className = "tab-list";
    list.setAttribute("role", "tablist");
    var tabs = blocks.map(function (block, i) {
      var title = block.querySelector(".tabbed-title");
      var tab = document.createElement("button");
      tab.type = "button";
      tab.id = "kiln-tab-" + n + "-" + i;
      tab.setAttribute("role", "tab");
      tab.setAttribute("aria-controls", tab.id + "-panel");
      tab.textContent = title && title.textContent.trim() ? title.textContent : String(i + 1);
      block.id = tab.id + "-panel";
      block.setAttribute("role", "tabpanel");
      block.setAttribute("aria-labelledby", tab.id);
      block.tabIndex = 0;
      list.appendChild(tab);
      return tab;
    });
    function select(i, focus) {
      tabs.forEach(function (tab, k) {
        tab.setAttribute("aria-selected", String(k === i));
        tab.tabIndex = k === i ? 0 : -1;
        blocks[k].hidden = k !== i;
      });
      if (focus) tabs[i].focus();
      markAllOverflow();
    }
    tabs.forEach(function (tab, i) {
      tab.addEventListener("click", function () { select(i, false); });
      tab.addEventListener("keydown", function (e) {
        var next = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: tabs.length - 1 }[e.key];
        if (next === undefined) return;
        e.preventDefault();
        select((next + tabs.length) % tabs.length, true);
      });
    });
    set.insertBefore(list, set.firstChild);
    set.classList.add("has-tabs");
    var first = blocks.findIndex(function (b) { return b.hasAttribute("data-selected"); });
    select(first < 0 ? 0 : first, false);
    revealers.push(function (target) {
      for (var k = 0; k < blocks.length; k++) if (blocks[k].hidden && blocks[k].contains(target)) select(k, false);
    });
  });
  // A link to something inside a tab not shown (a heading in the contents, a shared #anchor) shows that tab first.
  function revealTarget() {
    var id = decodeURIComponent(location.hash.slice(1));
    var target = id && document.getElementById(id);
    if (!target || target.offsetParent !== null) return;
    revealers.forEach(function (reveal) { reveal(target); });
    target.scrollIntoView();
  }
  window.addEventListener("hashchange", revealTarget);
  revealTarget();

  // The side contents mark the section being read: the last heading above the top quarter of the window.
  var tocLinks = {};
  Array.prototype.forEach.call(document.querySelectorAll(".side-toc a[href^='#']"), function (a) {
    tocLinks[decodeURIComponent(a.getAttribute("href").slice(1))] = a;
  });
  var tracked = Array.prototype.filter.call(document.querySelectorAll(".content [id]"), function (h) { return tocLinks[h.id]; });
  var backToTop = document.querySelector(".back-to-top");
  var current = null, scheduled = false;
  function onScroll() {
    scheduled = false;
    var line = window.innerHeight / 4, here = null;
    for (var i = 0; i < tracked.length; i++) {
      if (tracked[i].offsetParent === null) continue; // in a tab not shown
      if (tracked[i].getBoundingClientRect().top > line) break;
      here = tracked[i];
    }
    var link = here ? tocLinks[here.id] : null;
    if (link !== current) {
      if (current) { current.classList.remove("is-current"); current.removeAttribute("aria-current"); }
      if (link) { link.classList.add("is-current"); link.setAttribute("aria-current", "location"); }
      current = link;
    }
    if (backToTop) backToTop.classList.toggle("is-shown", window.scrollY > window.innerHeight);
  }
  window.addEventListener("scroll", function () {
    if (!scheduled) { scheduled = true; window.requestAnimationFrame(onScroll); }
  }, { passive: true });
  onScroll();

  var navToggle = document.querySelector(".nav-toggle");
  var nav = document.getElementById("site-nav");
  function setNav(open) {
    document.body.classList.toggle("nav-open", open);
    navToggle.setAttribute("aria-expanded", String(open));
    navToggle.setAttribute("aria-label", open ? ui("closeNav") : ui("openNav"));
    if (open) {
      var first = nav.querySelector("a");
      if (first) first.focus();
    }
  }
  if (navToggle && nav) {
    navToggle.addEventListener("click", function () {
      setNav(!document.body.classList.contains("nav-open"));
    });
    document.addEventListener("keydown", function (e) {
      if (e.key === "Escape" && document.body.classList.contains("nav-open")) {
        setNav(false);
        navToggle.focus();
      }
    });
    nav.addEventListener("click", function (e) {
      if (e.target.closest("a") && document.body.classList.contains("nav-open")) setNav(false);
    });
    // A tap on the dimmed page beside the drawer closes it, as in every drawer a reader knows.
    document.addEventListener("click", function (e) {
      if (document.body.classList.contains("nav-open") && !nav.contains(e.target) && !navToggle.contains(e.target)) setNav(false);
    });
  }
})();
