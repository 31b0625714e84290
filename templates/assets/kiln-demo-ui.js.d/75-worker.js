/* ---- training in a Web Worker, where the page is served over http(s) ---- */
/* Browsers refuse workers from file://, so a page opened from disk trains in its own time slices
   (above); served, each demo gets a worker (assets/kiln-demo-worker.js) that runs the same engine
   off the main thread, and the page only draws what it reports. ?worker=0 keeps the slices. */
Demo.prototype.inWorker = typeof Worker === "function" && /^https?:$/.test(location.protocol)
  && new URLSearchParams(location.search).get("worker") !== "0";

/** The demo's worker, its engine loaded: Wasm GC where the browser has it, as in the page. */
Demo.prototype.ensureWorker = function () {
  var self = this;
  if (this.workerReady) return this.workerReady;
  this.workerReady = new Promise(function (resolve, reject) {
    var wanted = new URLSearchParams(location.search).get("engine");
    var kind = wanted === "js" || (wanted !== "wasm" && !wasmGcSupported()) ? "js" : "wasm";
    var w = self.worker = new Worker(here.replace(/[^\/]*$/, "") + "kiln-demo-worker.js");
    function failed(message) {
      if (!self.kind) return reject(new Error(message)); // not loaded: trainInWorker falls back to the page
      self.running = false;
      self.started = false; // the worker's runs are gone; the next Train starts afresh
      self.status(message);
      self.settle(null, new Error(message));
    }
    w.onmessage = function (e) {
      var m = e.data;
      if (m.type === "loaded") { self.kind = m.kind; resolve(w); }
      else if (m.type === "progress" && m.gen === self.gen) self.received(m.tracks);
      else if (m.type === "error") failed(m.message);
    };
    // a worker that cannot start (a host's CSP, a missing file) or that throws
    w.onerror = function (e) { e.preventDefault(); failed(e.message || "worker error"); };
    w.postMessage({ cmd: "load", kind: kind, forced: wanted === kind });
  });
  return this.workerReady;
};

/** Starts the runs in the worker (or resumes them), animated unless a script asked for the result. */
Demo.prototype.trainInWorker = function (fast) {
  var self = this, perTick = fast ? 0 : Math.max(1, Math.ceil(this.epochs() / 90));
  return this.ensureWorker().then(function (w) {
    if (!self.running) return;
    if (self.started && allDone(self.tracks)) { self.finished = true; return self.finish(); } // Train after the end: done again, as in the page
    if (self.started) { w.postMessage({ cmd: "resume", perTick: perTick }); return; }
    self.begin(w, perTick, false);
  }).catch(function () {
    // no worker here after all: train in the page, as from file://
    if (self.worker) self.worker.terminate();
    self.inWorker = false; self.worker = null; self.workerReady = null;
    self.running = false;
    self.train(undefined, fast);
  });
};

/**
 * New sessions in the worker for this demo's runs. Each start is a new generation: reports of an
 * earlier one, still on their way when the reader pressed Reset, are not this run's and are dropped.
 */
Demo.prototype.begin = function (w, perTick, paused) {
  this.started = true;
  this.finished = false;
  this.gen = (this.gen || 0) + 1;
  w.postMessage({ cmd: "start", gen: this.gen, settings: JSON.stringify(this.settings), target: this.settings.target || 0,
    perTick: perTick, paused: paused, tracks: this.tracks.map(function (t) { return { run: t.run }; }) });
};

Demo.prototype.stepInWorker = function () {
  var self = this;
  return this.ensureWorker().then(function (w) {
    if (!self.started) self.begin(w, 1, true);
    w.postMessage({ cmd: "step" });
  });
};

/** A worker's report: each run's new epochs; drawn at the next frame, however many reports arrive before it. */
Demo.prototype.received = function (reports) {
  var self = this, now = performance.now(), tracks = this.tracks;
  reports.forEach(function (p, i) {
    var t = tracks[i];
    self.apply(t, p, now);
    t.ms = p.ms; t.reachedMs = p.reachedMs;
  });
  if (!this.drawPending) {
    this.drawPending = true;
    requestAnimationFrame(function () {
      self.drawPending = false;
      if (self.tracks !== tracks) return;
      self.show();
      if (!self.finished && tracks.every(function (t) { return t.state && t.state.done; })) { self.finished = true; self.finish(); }
    });
  }
};

/** Where this demo trains, for scripts and tests: "worker" or "page". */
Demo.prototype.mode = function () { return this.inWorker ? "worker" : "page"; };
