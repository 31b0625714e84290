/* Draws the diagrams Kiln could not draw at build time (sequence, class, gantt, …) with mermaid.js,
   which the build ships only to the pages that have one. Redrawn in the other palette when the
   reader switches the theme. */
(function () {
  "use strict";
  var blocks = Array.prototype.slice.call(document.querySelectorAll("pre.mermaid"));
  if (!blocks.length || !window.mermaid) return;
  var sources = blocks.map(function (block) { return block.textContent; });

  function draw() {
    var dark = window.Kiln && window.Kiln.theme && window.Kiln.theme() === "dark";
    blocks.forEach(function (block, i) {
      block.removeAttribute("data-processed");
      block.textContent = sources[i];
    });
    window.mermaid.initialize({ startOnLoad: false, securityLevel: "strict", theme: dark ? "dark" : "default" });
    window.mermaid.run({ nodes: blocks });
  }

  draw();
  document.addEventListener("kiln:themechange", draw);
})();
