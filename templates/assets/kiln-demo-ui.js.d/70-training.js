/* ---- training: time slices per frame, pause, step, reset, and the run a script asks for ---- */
/* A demo trains one track per run: one for a plain demo, one for each of a demo's runs (its
   settings, with the run's changes, which the engine writes over them: createRun). */

/** Whether every run of these tracks has finished. */
function allDone(tracks) { return tracks.every(function (t) { return t.state && t.state.done; }); }

/** The epochs of the longest run: the loss chart's x axis and the animation's pace. */
Demo.prototype.epochs = function () {
  var s = this.settings;
  return (s.runs || []).reduce(function (n, r) { return Math.max(n, r.epochs || s.epochs); }, s.epochs);
};

/** The tracks of a fresh run, none started. */
Demo.prototype.newTracks = function () {
  var runs = this.settings.runs || [];
  if (!runs.length) return [{ run: -1, session: -1, state: null, ms: 0 }];
  return runs.map(function (r, i) { return { run: i, label: r.label, session: -1, state: null, ms: 0 }; });
};

/**
 * Sessions for these tracks, with the settings as they are when the engine is there (a reader
 * may change a control while it loads, which resets); null if the tracks were reset meanwhile.
 */
Demo.prototype.ensureSessions = function (tracks) {
  var self = this;
  tracks = tracks || this.tracks;
  return engine().then(function (e) {
    if (self.tracks !== tracks) return null;
    var json = JSON.stringify(self.settings), steps = [];
    self.api = e.api;
    if (tracks[0].run >= 0 && !self.warmed) {
      // runs are timed against each other: each one's code paths are compiled before any is timed
      tracks.forEach(function (t) {
        steps.push(function () {
          var s = e.api.createRun(json, t.run);
          if (s >= 0) { e.api.trainFor(s, 2, 256); e.api.progress(s, 0); e.api.snapshot(s); e.api.dispose(s); }
        });
      });
    }
    tracks.forEach(function (t) {
      steps.push(function () {
        if (t.session >= 0) return;
        t.session = t.run < 0 ? e.api.create(json) : e.api.createRun(json, t.run);
        if (t.session < 0) throw new Error(e.api.lastError());
      });
    });
    return inTasks(steps, function () { return self.tracks === tracks; }).then(function (all) {
      if (!all) return null;
      self.warmed = true;
      return e;
    });
  });
};

/**
 * Trains in slices of about 5 ms per frame, until done, diverged or paused; a demo's runs take
 * turns within each frame, so their curves grow side by side and none is timed on a colder engine
 * than the others. Each call into the engine is sized to about a millisecond (KilnDemoSlices), and
 * stops mid-epoch if it must, so no frame waits on an epoch however large. A frame runs at most a
 * ninetieth of a run's epochs, so even a run the engine could finish in one frame takes about a
 * second and a half to watch, and Pause and Step have something to act on; {@code run()}, a
 * script's call, is not slowed down. With {@code step}, each run trains one more epoch, then pauses.
 */
Demo.prototype.train = function (message, fast, step) {
  var self = this;
  if (this.running) return;
  this.running = true;
  this.status(typeof message === "string" ? message : ui("demoTraining"));
  if (this.inWorker) return this.trainInWorker(fast);
  var tracks = this.tracks, turn = 0, target = this.settings.target || 0;
  return this.ensureSessions(tracks).then(function (e) {
    if (!e) return null;
    var perFrame = step ? 1 : fast ? Infinity : Math.max(1, Math.ceil(self.epochs() / 90));
    tracks.forEach(function (t) { t.goal = step ? (t.state ? t.state.epoch : 0) + 1 : Infinity; });
    function open(t) { return !(t.state && (t.state.done || t.state.epoch >= t.goal)); }
    return new Promise(function (resolve) {
      function frame() {
        if (!self.running || self.tracks !== tracks) return resolve(null);
        var start = performance.now(), left = tracks.filter(open);
        // each frame's turns start with the next run, so a run whose calls are slow does not starve the others
        left = left.slice(turn % Math.max(1, left.length)).concat(left.slice(0, turn % Math.max(1, left.length)));
        turn++;
        left.forEach(function (t) { t.frameDone = 0; });
        for (var k = 0; left.length && performance.now() - start < 5; k++) {
          var t = left[k % left.length], p = KilnDemoSlices.call(self.api, t, perFrame - t.frameDone, 1, target);
          t.frameDone += p.ended;
          self.catchUp(t, performance.now(), false, p);
          if (!open(t) || t.frameDone >= perFrame) left.splice(left.indexOf(t), 1);
        }
        if (step && !tracks.some(open)) tracks.forEach(function (t) { self.catchUp(t, performance.now(), true); }); // a Step shows the model it ends with
        self.show();
        if (allDone(tracks)) { self.finish(); return resolve(tracks); }
        if (step && !tracks.some(open)) { self.pause(); return resolve(tracks); }
        self.raf = requestAnimationFrame(frame);
      }
      self.raf = requestAnimationFrame(frame);
    });
  }).catch(function (e) { self.running = false; self.status(String(e.message || e)); self.settle(null, e); });
};

Demo.prototype.finish = function () {
  this.running = false;
  var single = this.tracks.length === 1 && this.tracks[0].run < 0, state = this.tracks[0].state;
  this.status(single && state.divergedAt > 0 ? fill(ui("demoDiverged"), { epoch: state.divergedAt })
    : single && state.stoppedAt > 0 ? fill(ui("demoStoppedEarly"), { epoch: state.stoppedAt, patience: this.settings.patience })
    : fill(ui("demoDone"), { epochs: this.tracks.reduce(function (n, t) { return Math.max(n, t.state.epoch); }, 0) }));
  this.settle(this.tracks);
};

Demo.prototype.settle = function (tracks, error) {
  var waiters = this.waiters;
  this.waiters = [];
  waiters.forEach(function (w) { if (error) w.reject(error); else w.resolve(tracks); });
};

Demo.prototype.pause = function () {
  this.running = false;
  if (this.worker) this.worker.postMessage({ cmd: "pause" });
  if (this.raf) cancelAnimationFrame(this.raf);
  if (this.started || this.tracks.some(function (t) { return t.session >= 0; })) this.status(ui("demoPaused"));
};

/** One more epoch of every run not yet done, in slices like Train's; resolves with the tracks once paused. */
Demo.prototype.step = function () {
  this.pause();
  if (this.inWorker) return this.stepInWorker();
  return this.train(ui("demoTraining"), false, true);
};

/**
 * A run so far, kept in the page: each call appends only the epochs trained since the last
 * (progress), and takes the model's predictions and weights (snapshot) at most ten times a
 * second, and at the end. The whole history never crosses from the engine twice.
 */
Demo.prototype.catchUp = function (t, now, fresh, p) {
  p = p || this.api.progress(t.session, t.state ? t.state.loss.length : 0);
  t.seen = p.epoch;
  if (fresh || p.done || !t.state || now - t.state.snapshotAt >= 100) p.snapshot = this.api.snapshot(t.session);
  return this.apply(t, p, now);
};

/** Appends a progress report (from the engine here, or from the worker) to a run's state. */
Demo.prototype.apply = function (t, p, now) {
  var run = t.state = t.state || { loss: [], validationLoss: [], metrics: {}, snapshotAt: -Infinity };
  function append(to, more) { for (var i = 0; i < more.length; i++) to.push(more[i]); }
  append(run.loss, p.loss);
  append(run.validationLoss, p.validationLoss);
  for (var m in p.metrics) append(run.metrics[m] = run.metrics[m] || [], p.metrics[m]);
  run.epoch = p.epoch; run.epochs = p.epochs; run.updates = p.updates; run.done = p.done; run.divergedAt = p.divergedAt; run.stoppedAt = p.stoppedAt;
  var s = p.snapshot;
  if (s) {
    run.predictions = s.predictions; run.targets = s.targets; run.inputs = s.inputs;
    run.weights = s.weights; run.gradientNorms = s.gradientNorms; run.initialGradientNorms = s.initialGradientNorms;
    run.gradientCheck = s.gradientCheck; run.snapshotAt = now;
  }
  return run;
};

/** Stops at once and forgets the run; the next Train starts from the first epoch. */
Demo.prototype.reset = function () {
  this.pause();
  var api = this.api;
  (this.tracks || []).forEach(function (t) { if (t.session >= 0 && api) api.dispose(t.session); });
  if (this.worker) { this.worker.postMessage({ cmd: "reset" }); this.gen = (this.gen || 0) + 1; } // late reports are dropped
  this.started = false;
  this.tracks = this.newTracks();
  this.fromBuild = false;
  this.status("");
  this.show();
  this.settle(null, new Error("reset"));
};

/** Trains from scratch with the current settings; resolves with the finished run (and, with runs, each run's). */
Demo.prototype.run = function () {
  var self = this;
  this.reset();
  var done = new Promise(function (resolve, reject) { self.waiters.push({ resolve: resolve, reject: reject }); });
  this.train(undefined, true);
  return done.then(function (tracks) {
    function result(t) {
      var s = t.state;
      return { loss: s.loss, validationLoss: s.validationLoss, metrics: s.metrics, predictions: s.predictions, weights: s.weights,
        divergedAt: s.divergedAt, stoppedAt: s.stoppedAt, epoch: s.epoch,
        gradientNorms: s.gradientNorms, initialGradientNorms: s.initialGradientNorms, gradientCheck: s.gradientCheck };
    }
    var r = result(tracks[0]);
    if (tracks[0].run >= 0) {
      r.runs = tracks.map(function (t) {
        var one = result(t);
        one.label = t.label; one.ms = t.ms; one.reachedMs = t.reachedMs;
        return one;
      });
    }
    return r;
  });
};

/** The engine that trains this demo: "wasm" or "js" (in the worker, where there is one). */
Demo.prototype.engine = function () {
  var self = this;
  if (this.inWorker) return this.ensureWorker().then(function () { return self.kind; });
  return engine().then(function (e) { return e.kind; });
};
