/* The demo engine off the page's main thread: kiln-demo-ui.js starts this worker where the site
   is served over http(s) (browsers refuse workers from file://, where the page trains in time
   slices itself). The worker loads the same engine (TeaVM's Wasm GC or JavaScript build), trains
   a demo's runs in turns, and posts each run's new epochs, its model's present about ten times a
   second, and its engine time. Messages in: load, start, step, pause, reset. */
"use strict";
importScripts("kiln-demo-slices.js");
var api = null, tracks = [], running = false, paced = false, timer = 0, gen = 0;

function load(kind) {
  if (kind === "wasm") {
    importScripts("demo/kiln-demo-wasm.js");
    var text = atob(self.KilnDemoWasm), bytes = new Uint8Array(text.length);
    for (var i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
    return self.TeaVM.wasmGC.load(bytes).then(function (m) { return m.exports; });
  }
  importScripts("demo/kiln-demo.js");
  return Promise.resolve(self.KilnDemoEngine);
}

/** New sessions for a demo's tracks; a throwaway epoch of each first, so none is timed on a cold engine. */
function start(m) {
  reset();
  gen = m.gen;
  tracks = m.tracks.map(function (t) {
    var warm = t.run < 0 ? api.create(m.settings) : api.createRun(m.settings, t.run);
    if (warm >= 0) { api.trainFor(warm, 2, 256); api.progress(warm, 0); api.snapshot(warm); api.dispose(warm); }
    var session = t.run < 0 ? api.create(m.settings) : api.createRun(m.settings, t.run);
    if (session < 0) throw new Error(api.lastError());
    return { session: session, sent: 0, snapshotAt: -Infinity, done: false, target: m.target };
  });
  paced = m.perTick;
  if (m.paused) return;
  running = true;
  tick();
}

/**
 * About 16 ms of training, the runs taking turns, then one message with what each run gained; a
 * paced (animated) run trains at most {@code paced} epochs of each run per tick, as the page's
 * own slices do per frame.
 */
function tick() {
  if (!running) return;
  var begin = performance.now(), left = tracks.filter(function (t) { return !t.done; });
  left.forEach(function (t) { t.tickDone = 0; });
  for (var k = 0; left.length && performance.now() - begin < 16; k++) {
    var t = left[k % left.length], limit = paced ? paced - t.tickDone : Infinity;
    var p = KilnDemoSlices.call(api, t, limit, 4, t.target);
    t.tickDone += p.ended;
    if (p.done) t.done = true;
    if (t.done || t.tickDone >= limit) left.splice(left.indexOf(t), 1);
  }
  post(begin);
  if (tracks.some(function (t) { return !t.done; })) timer = setTimeout(tick, paced ? Math.max(0, 16 - (performance.now() - begin)) : 0);
  else running = false;
}

/** Each run's epochs since the last message, and its model's present when due (or at the end). */
function post(now, fresh) {
  self.postMessage({ type: "progress", gen: gen, tracks: tracks.map(function (t) {
    var p = api.progress(t.session, t.sent);
    t.sent = p.epoch;
    if (p.done) t.done = true;
    // the end's snapshot goes once; a finished run waiting for the others sends nothing new
    var last = p.done && !t.doneSent;
    if (p.done) t.doneSent = true;
    if (fresh || last || (!p.done && now - t.snapshotAt >= 100)) { p.snapshot = api.snapshot(t.session); t.snapshotAt = now; }
    p.ms = t.ms; p.reachedMs = t.reachedMs;
    return p;
  }) });
}

function reset() {
  running = false;
  clearTimeout(timer);
  tracks.forEach(function (t) { api.dispose(t.session); });
  tracks = [];
}

self.onmessage = function (e) {
  var m = e.data;
  try {
    if (m.cmd === "load") {
      // Wasm that will not load falls back to the JavaScript engine, as in the page, unless it was asked for
      var kind = m.kind;
      load(kind).catch(function (err) {
        if (kind !== "wasm" || m.forced) throw err;
        kind = "js";
        return load("js");
      }).then(function (engine) { api = engine; self.postMessage({ type: "loaded", kind: kind }); },
        function (err) { self.postMessage({ type: "error", message: String(err && err.message || err) }); });
    } else if (m.cmd === "start") {
      start(m);
    } else if (m.cmd === "resume") {
      paced = m.perTick; running = true; tick();
    } else if (m.cmd === "pause") {
      running = false; clearTimeout(timer);
    } else if (m.cmd === "step") {
      running = false; clearTimeout(timer);
      var now = performance.now();
      tracks.forEach(function (t) {
        if (t.done) return;
        // one epoch, however many calls it takes: the worker's own thread, so no call needs to be short
        var ended = 0;
        while (!ended && !t.done) { var p = KilnDemoSlices.call(api, t, 1, 4, t.target); ended = p.ended; t.done = p.done; }
      });
      post(now, true);
    } else if (m.cmd === "reset") {
      reset();
    }
  } catch (err) {
    self.postMessage({ type: "error", message: String(err && err.message || err) });
  }
};
