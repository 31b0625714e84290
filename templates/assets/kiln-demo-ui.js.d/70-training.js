/* ---- training: time slices per frame, pause, step, reset, and the run a script asks for ---- */
/**
 * Trains in slices of about 5 ms per frame, until done, diverged or paused. A frame runs at most
 * a ninetieth of the epochs, so even a run the engine could finish in one frame takes about
 * a second and a half to watch, and Pause and Step have something to act on; {@code run()}, a
 * script's call, is not slowed down.
 */
Demo.prototype.train = function (message, fast) {
  var self = this;
  if (this.running) return;
  this.running = true;
  this.status(typeof message === "string" ? message : ui("demoTraining"));
  this.ensureSession().then(function () {
    var session = self.session, perCall = 1, perFrame = fast ? Infinity : Math.max(1, Math.ceil(self.settings.epochs / 90));
    function frame() {
      if (!self.running || self.session !== session) return;
      var start = performance.now(), state, done = 0;
      // Calls into the engine are sized by how long the last one took: about a millisecond each,
      // so a frame's slice ends within a call of its 5 ms budget, whatever the model costs.
      do {
        var asked = Math.min(perCall, perFrame - done), before = performance.now();
        var ran = self.api.train(session, asked), took = performance.now() - before;
        done += ran;
        if (ran === asked && asked === perCall && took < 1) perCall *= 2;
        else if (took > 2 && perCall > 1) perCall = Math.max(1, perCall >> 1);
      } while (ran > 0 && done < perFrame && performance.now() - start < 5);
      state = self.catchUp(session, start);
      self.show(state, self.settings.epochs);
      if (state.done) return self.finish(state);
      self.raf = requestAnimationFrame(frame);
    }
    self.raf = requestAnimationFrame(frame);
  }).catch(function (e) { self.running = false; self.status(String(e.message || e)); self.settle(null, e); });
};

Demo.prototype.finish = function (state) {
  this.running = false;
  this.status(state.divergedAt > 0
    ? fill(ui("demoDiverged"), { epoch: state.divergedAt })
    : state.stoppedAt > 0 ? fill(ui("demoStoppedEarly"), { epoch: state.stoppedAt, patience: this.settings.patience })
    : fill(ui("demoDone"), { epochs: state.epoch }));
  this.settle(state);
};

Demo.prototype.settle = function (state, error) {
  var waiters = this.waiters;
  this.waiters = [];
  waiters.forEach(function (w) { if (error) w.reject(error); else w.resolve(state); });
};

Demo.prototype.pause = function () {
  this.running = false;
  if (this.raf) cancelAnimationFrame(this.raf);
  if (this.session >= 0) this.status(ui("demoPaused"));
};

Demo.prototype.step = function () {
  var self = this;
  this.pause();
  return this.ensureSession().then(function () {
    self.api.train(self.session, 1);
    var state = self.catchUp(self.session, performance.now(), true);
    self.show(state, self.settings.epochs);
    if (state.done) self.finish(state);
    return state;
  });
};

/**
 * The run so far, kept in the page: each call appends only the epochs trained since the last
 * (progress), and takes the model's predictions and weights (snapshot) at most ten times a
 * second, and at the end. The whole history never crosses from the engine twice.
 */
Demo.prototype.catchUp = function (session, now, fresh) {
  var run = this.runState;
  if (!run || run.session !== session) {
    run = this.runState = { session: session, loss: [], validationLoss: [], metrics: {}, snapshotAt: -Infinity };
  }
  var p = this.api.progress(session, run.loss.length);
  function append(to, more) { for (var i = 0; i < more.length; i++) to.push(more[i]); }
  append(run.loss, p.loss);
  append(run.validationLoss, p.validationLoss);
  for (var m in p.metrics) append(run.metrics[m] = run.metrics[m] || [], p.metrics[m]);
  run.epoch = p.epoch; run.epochs = p.epochs; run.done = p.done; run.divergedAt = p.divergedAt; run.stoppedAt = p.stoppedAt;
  if (fresh || p.done || now - run.snapshotAt >= 100 || !run.predictions) {
    var s = this.api.snapshot(session);
    run.predictions = s.predictions; run.targets = s.targets; run.inputs = s.inputs;
    run.weights = s.weights; run.gradientNorms = s.gradientNorms; run.initialGradientNorms = s.initialGradientNorms;
    run.gradientCheck = s.gradientCheck; run.snapshotAt = now;
  }
  return run;
};

/** Stops at once and forgets the run; the next Train starts from the first epoch. */
Demo.prototype.reset = function () {
  this.pause();
  this.runState = null;
  if (this.session >= 0 && this.api) this.api.dispose(this.session);
  this.session = -1;
  this.status("");
  this.show({ loss: [], metrics: {}, targets: this.built.targets, inputs: this.built.inputs, predictions: this.built.targets.map(function () { return NaN; }), weights: [] }, this.settings.epochs);
  this.settle(null, new Error("reset"));
};

/** Trains from scratch with the current settings; resolves with the finished run. */
Demo.prototype.run = function () {
  var self = this;
  this.reset();
  var done = new Promise(function (resolve, reject) { self.waiters.push({ resolve: resolve, reject: reject }); });
  this.train(undefined, true);
  return done.then(function (s) {
    return { loss: s.loss, validationLoss: s.validationLoss, metrics: s.metrics, predictions: s.predictions, weights: s.weights,
      divergedAt: s.divergedAt, stoppedAt: s.stoppedAt, epoch: s.epoch,
      gradientNorms: s.gradientNorms, initialGradientNorms: s.initialGradientNorms, gradientCheck: s.gradientCheck };
  });
};

Demo.prototype.engine = function () { return engine().then(function (e) { return e.kind; }); };
