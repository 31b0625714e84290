/* Live demos. Each <figure class="demo"> arrives with its build-time results drawn as SVG; this
   script adds controls and hands training over to the same Java engine, compiled by TeaVM to
   WebAssembly GC (or JavaScript where Wasm GC is missing). Training runs in slices of a frame so
   the page stays responsive, Pause and Reset act at once, and the settings live in the URL
   fragment (#demo-1:lr=0.05,epochs=500) so a reader can share an experiment.
   The parts of this folder are joined in name order into assets/kiln-demo-ui.js (ScriptParts).
   Script API: window.Kiln.demos[i].run() → Promise<{loss, metrics, predictions, weights}>,
   .pause(), .reset(), .set(name, value), .engine() → Promise<"wasm" | "js">. */

/* What every part shares: the page's demo figures (none: the script stops here), window.Kiln,
   where the engine files are, and the site's UI strings. */
var figures = Array.prototype.slice.call(document.querySelectorAll("figure.demo[data-demo]"));
var Kiln = window.Kiln = window.Kiln || {};
Kiln.demos = [];
if (!figures.length) return;

var here = document.currentScript ? document.currentScript.src : "";
var base = here.replace(/[^\/]*$/, "") + "demo/";
var ui = Kiln.ui || function (key) { return key; }; // kiln.js reads the site's UI strings
function fill(text, values) { // "{epochs} epochs" with {epochs: 300}
  return text.replace(/\{(\w+)\}/g, function (all, name) { return name in values ? String(values[name]) : all; });
}
