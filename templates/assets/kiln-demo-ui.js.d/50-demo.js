/* ---- one demo ---- */
function Demo(figure) {
  var self = this;
  this.figure = figure;
  this.id = figure.id;
  this.base = JSON.parse(figure.querySelector(".demo-spec").textContent);
  this.built = nullsToNaN(JSON.parse(figure.querySelector(".demo-result").textContent));
  this.settings = JSON.parse(JSON.stringify(this.base));
  this.several = (this.base.runs || []).length > 0;
  this.running = false;
  this.waiters = [];
  this.names = (this.base.controls || []).filter(function (n) { return CONTROLS[n]; });
  var fromLink = this.readFragment();
  this.buildControls();
  this.lossCanvas = canvas(figure, this.several ? "demo-loss demo-wide" : "demo-loss", ui("demoLossCurve"));
  this.panel = this.several ? "runs" : this.base.panel || "fit";
  // the gradient check and the runs are tables the page already has; the other panels are drawn
  if (this.panel === "fit") this.panelCanvas = canvas(figure, "demo-fit", ui("demoFitCanvas"));
  if (this.panel === "gradients") this.panelCanvas = canvas(figure, "demo-gradients", ui("demoGradientCanvas"));
  var table = figure.querySelector(".demo-check");
  if (table) table.parentNode.appendChild(table); // after the loss canvas, where the build put it after the loss SVG
  this.tracks = this.newTracks();
  this.fromBuild = true;
  this.show();
  // A shared link's settings are not the build's: its numbers would be stale, so train them now.
  if (fromLink) {
    this.reset();
    this.train(ui("demoFromLink"));
  }
  document.addEventListener("kiln:themechange", function () { self.show(); });
  window.addEventListener("resize", function () { self.show(); });
  figure.classList.add("demo-live");
}

/** The build's JSON writes NaN and infinities as null; the page's numbers are NaN there, as the engine's. */
function nullsToNaN(v) {
  if (v === null) return NaN;
  if (Array.isArray(v)) return v.map(nullsToNaN);
  if (typeof v === "object") { for (var k in v) v[k] = nullsToNaN(v[k]); }
  return v;
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

/**
 * Draws the runs as they stand: each track's own state once it has one; before any training, the
 * build's results (until Reset); after Reset, nothing yet, "—" in every read-out.
 */
Demo.prototype.show = function () {
  var self = this, epochs = this.epochs();
  var states = this.tracks.map(function (t, i) {
    if (t.state) return t.state;
    var built = self.built.runs ? self.built.runs[i] : self.built;
    if (self.fromBuild) return built;
    return { loss: [], validationLoss: [], metrics: {}, targets: built.targets, inputs: built.inputs,
      predictions: built.targets.map(function () { return NaN; }), weights: [] };
  });
  if (this.several) {
    drawRuns(this.lossCanvas, states, this.tracks.map(function (t) { return t.label; }), epochs, this.settings.target);
    showRuns(this.figure, this.tracks, states, this.settings.target);
  } else {
    this.showOne(states[0], epochs);
  }
};

/** One run's charts and read-outs. */
Demo.prototype.showOne = function (state, epochs) {
  drawLoss(this.lossCanvas, state.loss, epochs, state.validationLoss);
  if (this.panel === "fit") drawFit(this.panelCanvas, state, this.base.data.features === 1);
  if (this.panel === "gradients") drawGradients(this.panelCanvas, state.initialGradientNorms || [], state.gradientNorms || []);
  if (this.panel === "check") showCheck(this.figure, state.gradientCheck);
  var f = this.figure, loss = state.loss, empty = loss.length === 0;
  function put(key, text) { var e = f.querySelector('[data-readout="' + key + '"]'); if (e) e.textContent = text; }
  put("epoch", String(loss.length));
  f.querySelector('[data-readout="epoch"]').parentNode.lastChild.textContent = " / " + epochs;
  put("loss", fmt(loss[loss.length - 1]));
  var valid = state.validationLoss || [];
  put("validation", valid.length ? fmt(valid[valid.length - 1]) : "—");
  Array.prototype.forEach.call(f.querySelectorAll('[data-readout^="metric-"]'), function (e) {
    var series = state.metrics[e.getAttribute("data-readout").slice("metric-".length)];
    e.textContent = series && series.length ? fmt(series[series.length - 1]) : "—";
  });
  var w = state.weights;
  if (empty) put("weights", "—");
  else if (w.length === 1 && w[0].length <= 9) {
    put("weights", "w = [" + w[0].slice(0, -1).map(fmt).join(", ") + "], b = " + fmt(w[0][w[0].length - 1]));
  } else {
    // a larger model: its parameter count, as the build-time figure says it
    // (the build's result gives only the count for such a model)
    var count = state.parameters != null ? state.parameters : w.reduce(function (n, layer) { return n + layer.length; }, 0);
    put("weights", fill(ui("demoParameters"), { count: count }));
  }
  var r = range(state.predictions);
  put("predictions", empty ? "—" : fmt(r[0]) + " – " + fmt(r[1]));
};

Demo.prototype.status = function (text) { this.figure.querySelector(".demo-status").textContent = text; };
