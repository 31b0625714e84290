/* Draws the diagrams Kiln could not draw at build time (sequence, class, gantt, …) with mermaid.js,
   which the build ships only to the pages that have one. They get the site's palette and font
   from its CSS custom properties, as flowcharts do, keep their drawn size (a wide one scrolls in
   its box rather than shrinking its text), and are redrawn when the reader switches theme. */
(function () {
  "use strict";
  var blocks = Array.prototype.slice.call(document.querySelectorAll("pre.mermaid"));
  if (!blocks.length || !window.mermaid) return;
  var sources = blocks.map(function (block) { return block.textContent; });

  // Mermaid's theming reads hex colours only: a probe element resolves each property to rgb().
  function palette() {
    var probe = document.createElement("span");
    document.body.appendChild(probe);
    function hex(property) {
      probe.style.color = "var(" + property + ")";
      var rgb = getComputedStyle(probe).color.match(/\d+(\.\d+)?/g) || ["0", "0", "0"];
      return "#" + rgb.slice(0, 3).map(function (n) { return ("0" + Math.round(+n).toString(16)).slice(-2); }).join("");
    }
    var colours = { bg: hex("--bg"), soft: hex("--bg-soft"), fg: hex("--fg"), muted: hex("--fg-soft"),
      border: hex("--border"), accent: hex("--accent"), accentSoft: hex("--accent-soft") };
    probe.remove();
    return colours;
  }

  function draw() {
    var dark = window.Kiln && window.Kiln.theme && window.Kiln.theme() === "dark";
    var c = palette();
    var font = getComputedStyle(document.documentElement).getPropertyValue("--font-sans").trim() || "sans-serif";
    blocks.forEach(function (block, i) {
      block.removeAttribute("data-processed");
      block.textContent = sources[i];
    });
    var keepSize = { useMaxWidth: false };
    window.mermaid.initialize({
      startOnLoad: false, securityLevel: "strict", theme: "base", darkMode: dark, fontFamily: font,
      themeVariables: {
        darkMode: dark, fontFamily: font, fontSize: "16px", background: c.bg,
        primaryColor: c.accentSoft, primaryBorderColor: c.accent, primaryTextColor: c.fg,
        secondaryColor: c.soft, secondaryBorderColor: c.border, secondaryTextColor: c.fg,
        tertiaryColor: c.bg, tertiaryBorderColor: c.border, tertiaryTextColor: c.fg,
        lineColor: c.muted, textColor: c.fg, mainBkg: c.accentSoft, nodeBorder: c.accent,
        noteBkgColor: c.soft, noteBorderColor: c.border, noteTextColor: c.fg,
        actorBkg: c.accentSoft, actorBorder: c.accent, actorTextColor: c.fg, actorLineColor: c.muted,
        signalColor: c.fg, signalTextColor: c.fg, labelBoxBkgColor: c.soft, labelBoxBorderColor: c.border,
        labelTextColor: c.fg, loopTextColor: c.fg, activationBkgColor: c.soft, activationBorderColor: c.accent,
        sequenceNumberColor: c.bg, clusterBkg: c.soft, clusterBorder: c.border, edgeLabelBackground: c.bg
      },
      sequence: keepSize, class: keepSize, state: keepSize, er: keepSize, gantt: keepSize, journey: keepSize,
      pie: keepSize, timeline: keepSize, mindmap: keepSize, gitGraph: keepSize, quadrantChart: keepSize,
      xyChart: keepSize, requirement: keepSize, sankey: keepSize, block: keepSize, packet: keepSize,
      architecture: keepSize, flowchart: keepSize
    });
    // once drawn, the boxes' widths are known: kiln.js marks the ones that scroll
    Promise.resolve(window.mermaid.run({ nodes: blocks })).then(function () {
      window.dispatchEvent(new Event("resize"));
    }, function () { /* mermaid.js shows its own error in the box */ });
  }

  draw();
  document.addEventListener("kiln:themechange", draw);
})();
