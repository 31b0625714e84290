/* ---- the engine: Wasm GC where the browser has it, else JavaScript; ?engine=js|wasm forces one ---- */
var loading = null;
function wasmGcSupported() {
  try { // a module whose only type is a struct: valid only where Wasm GC is
    return WebAssembly.validate(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 0x5f, 1, 0x7f, 0]));
  } catch (e) { return false; }
}
function loadScript(src) {
  return new Promise(function (resolve, reject) {
    var s = document.createElement("script");
    s.src = src;
    s.onload = resolve;
    s.onerror = function () { reject(new Error("cannot load " + src)); };
    document.head.appendChild(s);
  });
}
function loadJs() {
  return loadScript(base + "kiln-demo.js").then(function () { return { kind: "js", api: window.KilnDemoEngine }; });
}
function loadWasm() {
  return loadScript(base + "kiln-demo-wasm.js").then(function () {
    var text = atob(window.KilnDemoWasm), bytes = new Uint8Array(text.length);
    for (var i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
    return window.TeaVM.wasmGC.load(bytes);
  }).then(function (module) { return { kind: "wasm", api: module.exports }; });
}
function engine() {
  if (loading) return loading;
  var wanted = new URLSearchParams(location.search).get("engine");
  var wasm = wanted === "wasm" || (wanted !== "js" && wasmGcSupported());
  // the engine comes with the code that sizes each call into it (shared with the worker)
  loading = loadScript(here.replace(/[^\/]*$/, "") + "kiln-demo-slices.js").then(function () {
    return wasm ? loadWasm().catch(function (e) {
      if (wanted === "wasm") throw e;
      return loadJs();
    }) : loadJs();
  }).then(warm);
  return loading;
}
/** A promise of {@code value} in a later task: the page draws and answers input in between. */
function later(value) {
  return new Promise(function (resolve) { setTimeout(function () { resolve(value); }, 0); });
}
/**
 * Runs the steps one per task, while {@code still()} holds; a promise of whether all ran. A step
 * on a large model (creating it, a snapshot of it) takes tens of milliseconds, and promise
 * callbacks all run in one task: joined, they would block the page.
 */
function inTasks(steps, still) {
  return steps.reduce(function (done, step) {
    return done.then(function (ok) { return ok && later().then(function () { if (!still()) return false; step(); return true; }); });
  }, Promise.resolve(true));
}
// The first calls into a freshly loaded engine compile its code (V8 compiles Wasm functions on
// first use); a throwaway session of the page's first demo does that while the engine loads, not
// in the frames of the reader's first Train: a few batches, its progress and a snapshot, one task each.
function warm(e) {
  var session = -1;
  return inTasks([
    function () { session = e.api.create(figures[0].querySelector(".demo-spec").textContent); },
    function () { if (session >= 0) { e.api.trainFor(session, 1, 256); e.api.progress(session, 0); } },
    function () { if (session >= 0) { e.api.snapshot(session); e.api.dispose(session); } }
  ], function () { return true; }).then(function () { return e; });
}
