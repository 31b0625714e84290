/* Previews: hovering or focusing a footnote mark, a citation or a cross-reference shows what it points to in a
   popover, so the reader need not jump away and back. Keyboard focus opens it and Esc closes it;
   on a touch screen the first tap opens it (the popover then offers the jump). The popover is the
   mark's description for screen readers. Without JavaScript the marks are ordinary links. */
(function () {
  "use strict";
  var marks = document.querySelectorAll("a.footnote-ref, a.xref, a.citation");
  if (!marks.length) return;
  var ui = window.Kiln && window.Kiln.ui ? window.Kiln.ui : function (key) { return key; };
  var pages = {}; // other pages' documents, by URL, fetched once
  var popover = null, owner = null, hideTimer = 0, touched = false, refocusing = false, firstTap = false;

  // What a mark points to, as a node to show: the same page's element, or another page's (over http only:
  // a page opened from disk may not read another file, and the mark then stays a plain link).
  function target(mark) {
    var url = new URL(mark.href, location.href);
    var id;
    try { id = decodeURIComponent(url.hash.slice(1)); } catch (e) { id = url.hash.slice(1); } // a key with % in it
    if (!id) return Promise.resolve(null);
    if (url.pathname === location.pathname && url.origin === location.origin) return Promise.resolve(document.getElementById(id));
    if (location.protocol === "file:" || url.origin !== location.origin) return Promise.resolve(null);
    var key = url.origin + url.pathname;
    if (!pages[key]) {
      pages[key] = fetch(key).then(function (r) { return r.ok ? r.text() : ""; })
        .then(function (html) { return new DOMParser().parseFromString(html, "text/html"); })
        .catch(function () { return null; });
    }
    return pages[key].then(function (doc) { return doc ? doc.getElementById(id) : null; });
  }

  // A copy of the target to show: ids dropped (they must stay unique) and a footnote's back-link left out.
  function content(node) {
    var copy = node.cloneNode(true);
    copy.removeAttribute("id");
    Array.prototype.forEach.call(copy.querySelectorAll("[id]"), function (e) { e.removeAttribute("id"); });
    Array.prototype.forEach.call(copy.querySelectorAll(".footnote-backref, [tabindex]"), function (e) {
      if (e.classList.contains("footnote-backref")) e.remove(); else e.removeAttribute("tabindex");
    });
    return copy;
  }

  function place(mark) {
    var r = mark.getBoundingClientRect();
    var width = popover.offsetWidth, height = popover.offsetHeight;
    var left = Math.max(8, Math.min(r.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - width - 8));
    var below = r.bottom + 8 + height <= window.innerHeight || r.top - 8 - height < 0;
    popover.style.left = left + "px";
    popover.style.top = (below ? r.bottom + 8 : r.top - 8 - height) + window.scrollY + "px";
  }

  function show(mark) {
    clearTimeout(hideTimer);
    if (owner === mark) return;
    hide();
    owner = mark;
    target(mark).then(function (node) {
      if (owner !== mark || !node) return;
      popover = document.createElement("div");
      popover.className = "kiln-preview";
      popover.id = "kiln-preview";
      popover.setAttribute("role", "tooltip");
      popover.appendChild(content(node));
      if (touched) {
        var go = document.createElement("a");
        go.className = "kiln-preview-go";
        go.href = mark.href;
        go.textContent = ui("previewGoTo");
        popover.appendChild(go);
      }
      popover.addEventListener("mouseenter", function () { clearTimeout(hideTimer); });
      popover.addEventListener("mouseleave", function () { hideSoon(); });
      document.body.appendChild(popover);
      place(mark);
      mark.setAttribute("aria-describedby", popover.id);
      mark.setAttribute("aria-expanded", "true");
    });
  }

  function hide() {
    clearTimeout(hideTimer);
    if (owner) {
      owner.removeAttribute("aria-describedby");
      owner.removeAttribute("aria-expanded");
    }
    if (popover) popover.remove();
    popover = null;
    owner = null;
  }

  // a moment's grace, so the pointer can travel from the mark into the popover
  function hideSoon() {
    clearTimeout(hideTimer);
    hideTimer = setTimeout(hide, 250);
  }

  Array.prototype.forEach.call(marks, function (mark) {
    mark.addEventListener("pointerenter", function (e) { if (e.pointerType === "mouse") show(mark); });
    mark.addEventListener("pointerleave", function (e) { if (e.pointerType === "mouse") hideSoon(); });
    mark.addEventListener("focus", function () { if (!refocusing) show(mark); });
    mark.addEventListener("blur", function (e) { if (!popover || !popover.contains(e.relatedTarget)) hideSoon(); });
    mark.addEventListener("pointerdown", function (e) {
      touched = e.pointerType === "touch" || e.pointerType === "pen";
      firstTap = touched && owner !== mark; // known before the tap's focus event opens the preview
    });
    mark.addEventListener("click", function (e) {
      // a tap opens the preview first; its own link, or a second tap, follows the mark
      if (touched && firstTap) {
        e.preventDefault();
        firstTap = false;
        show(mark);
      }
    });
  });
  document.addEventListener("keydown", function (e) {
    if (e.key === "Escape" && popover) {
      var mark = owner;
      hide();
      // focus goes back to the mark, which must not reopen what Esc just closed
      refocusing = true;
      if (mark && document.activeElement !== mark) mark.focus({ preventScroll: true });
      refocusing = false;
    }
  });
  document.addEventListener("pointerdown", function (e) {
    if (popover && !popover.contains(e.target) && (!owner || !owner.contains(e.target))) hide();
  });
  window.addEventListener("resize", function () { if (popover && owner) place(owner); });
})();
