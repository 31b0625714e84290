/* Live demos. Each <figure class="demo"> arrives with its build-time results drawn as SVG; this
   script adds controls and hands training over to the same Java engine, compiled by TeaVM to
   WebAssembly GC (or JavaScript where Wasm GC is missing). Training runs in slices of a frame so
   the page stays responsive, Pause and Reset act at once, and the settings live in the URL
   fragment (#demo-1:lr=0.05,epochs=500) so a reader can share an experiment.
   Script API: window.Kiln.demos[i].run() → Promise<{loss, metrics, predictions, weights}>,
   .pause(), .reset(), .set(name, value), .engine() → Promise<"wasm" | "js">. */
(function () {
  "use strict";
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
    loading = wasm ? loadWasm().catch(function (e) {
      if (wanted === "wasm") throw e;
      return loadJs();
    }) : loadJs();
    return loading;
  }

  /* ---- the settings a reader may change ---- */
  var CONTROLS = {
    lr: { label: ui("demoLearningRate"), min: 1e-6, max: 1e6, slider: [1e-4, 1], log: true,
      get: function (s) { return s.optimizer.lr; }, set: function (s, v) { s.optimizer.lr = v; } },
    epochs: { label: ui("demoEpochs"), min: 1, max: 100000, integer: true, slider: [10, 10000], log: true,
      get: function (s) { return s.epochs; }, set: function (s, v) { s.epochs = v; } },
    optimizer: { label: ui("demoOptimizer"), options: ["adam", "sgd"],
      get: function (s) { return s.optimizer.name; }, set: function (s, v) { s.optimizer.name = v; } },
    batch: { label: ui("demoBatch"), min: 1, max: 100000, integer: true, slider: [1, 256], log: true,
      get: function (s) { return s.batch === "full" ? s.data.samples : s.batch; }, set: function (s, v) { s.batch = v; } },
    seed: { label: ui("demoSeed"), min: 0, max: 2147483647, integer: true,
      get: function (s) { return s.data.seed; }, set: function (s, v) { s.data.seed = v; } },
    noise: { label: ui("demoNoise"), min: 0, max: 1000, slider: [0, 1],
      get: function (s) { return s.data.noise; }, set: function (s, v) { s.data.noise = v; } },
    l2: { label: ui("demoL2"), min: 0, max: 10, slider: [0, 0.1],
      get: function (s) { return s.l2; }, set: function (s, v) { s.l2 = v; } },
    points: { label: ui("demoPoints"), text: true,
      get: function (s) { return s.data.points.map(function (p) { return p.join(", "); }).join("\n"); },
      set: function (s, v) {
        var rows = v.split(/\n|;/).map(function (line) {
          return line.trim().split(/[\s,]+/).filter(Boolean).map(Number);
        }).filter(function (row) { return row.length > 0; });
        s.data.kind = "points"; s.data.points = rows; s.data.samples = rows.length; s.data.features = rows.length ? rows[0].length - 1 : 1;
      } },
    momentum: { label: ui("demoMomentum"), min: 0, max: 0.999, slider: [0, 0.99],
      get: function (s) { return s.optimizer.momentum; }, set: function (s, v) { s.optimizer.momentum = v; } }
  };

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    for (var k in attrs) e.setAttribute(k, attrs[k]);
    if (text != null) e.textContent = text;
    return e;
  }
  function fmt(v) {
    if (v === undefined) return "—";
    if (typeof v !== "number" || isNaN(v)) return "NaN";
    if (!isFinite(v)) return v > 0 ? "∞" : "−∞";
    if (v === 0) return "0";
    var a = Math.abs(v);
    return a >= 1e-3 && a < 1e5 ? String(Number(v.toPrecision(4))) : v.toExponential(2);
  }
  function css(name) { return getComputedStyle(document.documentElement).getPropertyValue(name).trim(); }

  /* ---- charts on canvas, drawn like the build-time SVGs ---- */
  function range(values) {
    var lo = Infinity, hi = -Infinity;
    for (var i = 0; i < values.length; i++) if (isFinite(values[i])) { lo = Math.min(lo, values[i]); hi = Math.max(hi, values[i]); }
    return lo > hi ? [0, 1] : [lo, hi];
  }
  function canvas(figure, cls, label) {
    var c = el("canvas", { "class": "demo-canvas " + cls, role: "img", "aria-label": label });
    figure.querySelector(".demo-charts").appendChild(c);
    return c;
  }
  var LEFT = 56; // room for the y-axis labels, as in the build-time SVG
  // An axis label: three significant digits, at most eight characters; DemoFigure.tick writes the same.
  function tick(v) {
    if (typeof v !== "number" || !isFinite(v) || v === 0) return fmt(v);
    var a = Math.abs(v);
    if (a >= 1e-2 && a < 999.5) return String(Number(v.toPrecision(3)));
    if (a >= 999.5 && a < 1e5) return String(Math.round(v));
    return v.toExponential(2);
  }
  function prepare(c) {
    var w = c.clientWidth || 320, h = Math.round(w * 17 / 32), dpr = window.devicePixelRatio || 1;
    if (c.width !== Math.round(w * dpr)) { c.width = Math.round(w * dpr); c.height = Math.round(h * dpr); }
    var g = c.getContext("2d");
    g.setTransform(dpr, 0, 0, dpr, 0, 0);
    g.clearRect(0, 0, w, h);
    g.font = "11px " + css("--font-sans");
    g.fillStyle = css("--fg-soft");
    g.strokeStyle = css("--border");
    g.lineWidth = 1;
    g.beginPath(); g.moveTo(LEFT, 20); g.lineTo(LEFT, h - 20); g.lineTo(w - 6, h - 20); g.stroke();
    return { g: g, w: w, h: h };
  }
  function drawLoss(c, loss, epochs) {
    var p = prepare(c), g = p.g, r = range(loss);
    var log = loss.length > 0 && r[0] > 0 && r[1] / r[0] > 4;
    var lo = log ? Math.log10(r[0]) : r[0], hi = log ? Math.log10(r[1]) : r[1];
    g.textAlign = "left"; g.fillText(ui("demoLoss") + (log ? ui("demoLogScale") : ""), LEFT, 12);
    g.textAlign = "right"; g.fillText(tick(r[1]), LEFT - 3, 24); g.fillText(tick(r[0]), LEFT - 3, p.h - 20);
    g.fillText(String(epochs), p.w - 6, p.h - 6);
    g.textAlign = "left"; g.fillText("1", LEFT, p.h - 6);
    g.strokeStyle = css("--accent"); g.lineWidth = 1.5; g.beginPath();
    for (var i = 0; i < loss.length; i++) {
      if (!isFinite(loss[i])) break;
      var x = LEFT + (p.w - LEFT - 6) * (epochs <= 1 ? 0 : i / (epochs - 1));
      var v = log ? Math.log10(loss[i]) : loss[i];
      var y = p.h - 20 - (p.h - 40) * (hi === lo ? 0.5 : (v - lo) / (hi - lo));
      if (i === 0) g.moveTo(x, y); else g.lineTo(x, y);
    }
    g.stroke();
  }
  function drawFit(c, state, oneInput) {
    var p = prepare(c), g = p.g, y = state.targets, pr = state.predictions;
    var xs = oneInput ? state.inputs : y, rx = range(xs), ry = range(y.concat(pr));
    function sx(v) { return LEFT + (p.w - LEFT - 6) * (rx[1] === rx[0] ? 0.5 : (v - rx[0]) / (rx[1] - rx[0])); }
    function sy(v) { return p.h - 20 - (p.h - 40) * (ry[1] === ry[0] ? 0.5 : (v - ry[0]) / (ry[1] - ry[0])); }
    g.textAlign = "left";
    g.fillText(ui(oneInput ? "demoFitByInput" : "demoFitByTarget"), LEFT, 12);
    g.fillText(tick(rx[0]), LEFT, p.h - 6);
    g.textAlign = "right";
    g.fillText(tick(ry[1]), LEFT - 3, 24); g.fillText(tick(ry[0]), LEFT - 3, p.h - 20); g.fillText(tick(rx[1]), p.w - 6, p.h - 6);
    g.fillStyle = css("--fg-soft");
    for (var i = 0; i < y.length; i++) {
      g.beginPath(); g.arc(sx(xs[i]), sy(oneInput ? y[i] : pr[i]), 2, 0, 2 * Math.PI); g.fill();
    }
    g.strokeStyle = css("--accent"); g.lineWidth = 1.5; g.beginPath();
    if (oneInput) {
      var order = xs.map(function (v, k) { return k; }).sort(function (a, b) { return xs[a] - xs[b]; });
      order.forEach(function (k, n) { if (n === 0) g.moveTo(sx(xs[k]), sy(pr[k])); else g.lineTo(sx(xs[k]), sy(pr[k])); });
    } else {
      g.moveTo(sx(ry[0]), sy(ry[0])); g.lineTo(sx(ry[1]), sy(ry[1]));
    }
    g.stroke();
  }

  /* ---- one demo ---- */
  function Demo(figure) {
    var self = this;
    this.figure = figure;
    this.id = figure.id;
    this.base = JSON.parse(figure.querySelector(".demo-spec").textContent);
    this.built = JSON.parse(figure.querySelector(".demo-result").textContent);
    this.settings = JSON.parse(JSON.stringify(this.base));
    this.session = -1;
    this.running = false;
    this.waiters = [];
    this.names = (this.base.controls || []).filter(function (n) { return CONTROLS[n]; });
    var fromLink = this.readFragment();
    this.buildControls();
    this.lossCanvas = canvas(figure, "demo-loss", ui("demoLossCurve"));
    this.fitCanvas = canvas(figure, "demo-fit", ui("demoFitCanvas"));
    this.show(this.built, this.base.epochs);
    // A shared link's settings are not the build's: its numbers would be stale, so train them now.
    if (fromLink) {
      this.reset();
      this.train(ui("demoFromLink"));
    }
    document.addEventListener("kiln:themechange", function () { self.show(self.last, self.settings.epochs); });
    window.addEventListener("resize", function () { self.show(self.last, self.settings.epochs); });
    figure.classList.add("demo-live");
  }

  Demo.prototype.buildControls = function () {
    var self = this, box = el("div", { "class": "demo-controls" });
    this.inputs = {};
    this.names.forEach(function (name) {
      var c = CONTROLS[name], id = self.id + "-" + name, field = el("div", { "class": "demo-field" }), input;
      field.appendChild(el("label", { "for": id }, c.label));
      if (c.text) {
        input = el("textarea", { id: id, rows: "4", spellcheck: "false" });
      } else if (c.options) {
        input = el("select", { id: id });
        c.options.forEach(function (o) { input.appendChild(el("option", { value: o }, o)); });
      } else {
        input = el("input", { id: id, type: "number", inputmode: "decimal", min: String(c.min), max: String(c.max), step: c.integer ? "1" : "any" });
      }
      input.value = String(c.get(self.settings));
      input.addEventListener("change", function () { self.set(name, input.value); });
      field.appendChild(input);
      if (c.slider) field.appendChild(self.slider(name, c, input));
      box.appendChild(field);
      self.inputs[name] = input;
    });
    var buttons = el("div", { "class": "demo-buttons" });
    [["train", ui("demoTrain")], ["pause", ui("demoPause")], ["step", ui("demoStep")], ["reset", ui("demoReset")]].forEach(function (b) {
      var button = el("button", { type: "button", "class": "demo-button demo-" + b[0] }, b[1]);
      button.addEventListener("click", function () { self[b[0]](); });
      buttons.appendChild(button);
    });
    box.appendChild(buttons);
    this.hint = el("p", { "class": "demo-hint", "aria-live": "polite" });
    box.appendChild(this.hint);
    this.figure.insertBefore(box, this.figure.querySelector(".demo-readout"));
  };

  /** A range input beside the number box (log-scaled for rates and counts); the box stays the exact value. */
  Demo.prototype.slider = function (name, c, box) {
    var self = this, lo = c.slider[0], hi = c.slider[1];
    var range = el("input", { type: "range", min: "0", max: "1000", step: "1", "aria-label": c.label, "class": "demo-slider" });
    function toPosition(v) {
      var f = c.log ? (Math.log(Math.max(v, lo)) - Math.log(lo)) / (Math.log(hi) - Math.log(lo)) : (v - lo) / (hi - lo);
      return String(Math.round(1000 * Math.min(1, Math.max(0, f))));
    }
    function fromPosition(p) {
      var f = p / 1000, v = c.log ? Math.exp(Math.log(lo) + f * (Math.log(hi) - Math.log(lo))) : lo + f * (hi - lo);
      return c.integer ? Math.round(v) : Number(v.toPrecision(2));
    }
    range.value = toPosition(Number(box.value));
    range.addEventListener("input", function () { box.value = String(fromPosition(Number(range.value))); });
    range.addEventListener("change", function () { self.set(name, box.value); });
    box.addEventListener("change", function () { range.value = toPosition(Number(box.value)); });
    this.sliders = this.sliders || {};
    this.sliders[name] = function (v) { range.value = toPosition(v); };
    return range;
  };

  /** Sets a control's value: clamped into its range (with a visible hint), mirrored in the URL, and the run reset. */
  Demo.prototype.set = function (name, raw) {
    var c = CONTROLS[name];
    if (!c) throw new Error("unknown control " + name);
    var v = raw, note = "";
    if (c.text) {
      var trial = JSON.parse(JSON.stringify(this.settings));
      c.set(trial, String(raw));
      var bad = trial.data.points.length < 2 || trial.data.points.some(function (row) {
        return row.length !== trial.data.points[0].length || row.length < 2 || row.some(isNaN);
      });
      if (bad) { v = c.get(this.settings); note = ui("demoPointsInvalid"); }
    } else if (!c.options) {
      v = Number(raw);
      if (raw === "" || isNaN(v)) { v = c.get(this.settings); note = ui("demoNotANumber"); }
      if (c.integer) v = Math.round(v);
      if (v < c.min || v > c.max) {
        v = Math.min(c.max, Math.max(c.min, v));
        note = fill(ui("demoOutOfRange"), { label: c.label, min: c.min, max: c.max, value: v });
      }
    } else if (c.options.indexOf(v) < 0) {
      v = c.get(this.settings);
    }
    c.set(this.settings, v);
    if (this.inputs[name]) this.inputs[name].value = String(v);
    if (this.sliders && this.sliders[name]) this.sliders[name](v);
    this.hint.textContent = note;
    this.writeFragment();
    this.reset();
    return v;
  };

  /** Reads the settings a shared link carries; true if they differ from the build's. */
  Demo.prototype.readFragment = function () {
    var hash = decodeURIComponent(location.hash.slice(1)), prefix = this.id + ":";
    if (hash.indexOf(prefix) !== 0) return false;
    var self = this;
    hash.slice(prefix.length).split(",").forEach(function (pair) {
      var kv = pair.split("="), c = CONTROLS[kv[0]];
      if (!c || self.names.indexOf(kv[0]) < 0) return;
      if (c.text) { c.set(self.settings, kv[1]); return; }
      var v = c.options ? kv[1] : Number(kv[1]);
      if (!c.options && (isNaN(v) || v < c.min || v > c.max)) return;
      if (c.options && c.options.indexOf(v) < 0) return;
      c.set(self.settings, v);
    });
    var figure = this.figure;
    setTimeout(function () { figure.scrollIntoView(); }, 0);
    return JSON.stringify(this.settings) !== JSON.stringify(this.base);
  };

  Demo.prototype.writeFragment = function () {
    var self = this;
    var parts = this.names.map(function (n) {
      var v = String(CONTROLS[n].get(self.settings));
      // points: "x y;x y", so the fragment's own "," and "=" keep their meaning
      return n + "=" + (CONTROLS[n].text ? v.replace(/, /g, " ").replace(/\n/g, ";") : v);
    });
    history.replaceState(null, "", "#" + this.id + ":" + parts.join(","));
  };

  /** Draws a run's state; a run not started yet (no epochs) shows "—" in every read-out. */
  Demo.prototype.show = function (state, epochs) {
    this.last = state;
    drawLoss(this.lossCanvas, state.loss, epochs);
    drawFit(this.fitCanvas, state, this.base.data.features === 1);
    var f = this.figure, loss = state.loss, empty = loss.length === 0;
    function put(key, text) { var e = f.querySelector('[data-readout="' + key + '"]'); if (e) e.textContent = text; }
    put("epoch", String(loss.length));
    f.querySelector('[data-readout="epoch"]').parentNode.lastChild.textContent = " / " + epochs;
    put("loss", fmt(loss[loss.length - 1]));
    Array.prototype.forEach.call(f.querySelectorAll('[data-readout^="metric-"]'), function (e) {
      var series = state.metrics[e.getAttribute("data-readout").slice("metric-".length)];
      e.textContent = series && series.length ? fmt(series[series.length - 1]) : "—";
    });
    var w = state.weights;
    if (empty) put("weights", "—");
    else if (w.length === 1 && w[0].length <= 9) {
      put("weights", "w = [" + w[0].slice(0, -1).map(fmt).join(", ") + "], b = " + fmt(w[0][w[0].length - 1]));
    }
    var r = range(state.predictions);
    put("predictions", empty ? "—" : fmt(r[0]) + " – " + fmt(r[1]));
  };

  Demo.prototype.status = function (text) { this.figure.querySelector(".demo-status").textContent = text; };

  Demo.prototype.ensureSession = function () {
    var self = this;
    return engine().then(function (e) {
      self.api = e.api;
      if (self.session < 0) {
        self.session = e.api.create(JSON.stringify(self.settings));
        if (self.session < 0) throw new Error(e.api.lastError());
      }
      return e;
    });
  };

  /**
   * Trains in slices of about 10 ms per frame, until done, diverged or paused. A frame runs at most
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
        do {
          var ran = self.api.train(session, Math.min(perCall, perFrame - done));
          done += ran;
          if (ran === perCall && performance.now() - start < 4) perCall *= 2;
        } while (ran > 0 && done < perFrame && performance.now() - start < 10);
        state = self.api.state(session);
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
      var state = self.api.state(self.session);
      self.show(state, self.settings.epochs);
      if (state.done) self.finish(state);
      return state;
    });
  };

  /** Stops at once and forgets the run; the next Train starts from the first epoch. */
  Demo.prototype.reset = function () {
    this.pause();
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
      return { loss: s.loss, metrics: s.metrics, predictions: s.predictions, weights: s.weights, divergedAt: s.divergedAt, epoch: s.epoch };
    });
  };

  Demo.prototype.engine = function () { return engine().then(function (e) { return e.kind; }); };

  // for other scripts, and for the test that holds them to the build-time figure's formats
  Kiln.demoFormat = { readout: fmt, tick: tick };
  figures.forEach(function (figure) { Kiln.demos.push(new Demo(figure)); });
})();
