/* Runs before the stylesheet and the body (a blocking script in <head>), so a stored theme
   applies to the very first paint: no flash of the wrong colours. A file, not inline script, so
   the page works under a Content-Security-Policy without 'unsafe-inline'. */
(function () {
  var root = document.documentElement;
  root.className = "js";
  try {
    var theme = localStorage.getItem("kiln-theme");
    if (theme === "dark" || theme === "light") root.setAttribute("data-theme", theme);
  } catch (e) { /* storage blocked: the system preference applies */ }
})();
