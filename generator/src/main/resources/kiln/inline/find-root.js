// Hosts serve 404.html for a missing URL at any depth. Without base-url the site's root is not
// known when building, so it is found here: the nearest folder, walking up from the URL, that
// serves the theme's stylesheet as CSS (a file only the root has; a host that answers 200 for
// everything answers HTML). It must run before the first link in <head> is fetched, so it is
// inline (allowed by its hash in the page's CSP) and synchronous; it sets <base>, and keeps the
// page's own #fragment links on this page, which <base> would send to the root.
(function () {
  if (!/^https?:$/.test(location.protocol)) return;
  var dirs = location.pathname.replace(/\/{2,}/g, "/").split("/");
  dirs.pop();
  var here = dirs.join("/") + "/";
  for (var i = dirs.length, tries = 0; i > 0 && tries < 16; i--, tries++) {
    var root = new URL(dirs.slice(0, i).join("/") + "/", location.origin);
    if (root.origin !== location.origin) return;
    var probe = new XMLHttpRequest();
    try {
      probe.open("GET", root.href + "assets/kiln.css", false);
      probe.send();
    } catch (e) {
      return;
    }
    var css = /^text\/css/.test(probe.getResponseHeader("Content-Type") || "");
    if (probe.status !== 200 || !css) continue;
    if (root.pathname === here) return;
    var base = document.createElement("base");
    base.href = root.href;
    document.head.appendChild(base);
    document.addEventListener("DOMContentLoaded", function () {
      var page = location.href.split("#")[0];
      Array.prototype.forEach.call(document.querySelectorAll("a[href^='#']"), function (a) {
        a.setAttribute("href", page + a.getAttribute("href"));
      });
    });
    return;
  }
})();
