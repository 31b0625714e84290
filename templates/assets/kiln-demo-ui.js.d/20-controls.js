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
  preprocess: { label: ui("demoPreprocess"), options: ["none", "minmax", "zscore"],
    get: function (s) { return s.preprocess; }, set: function (s, v) { s.preprocess = v; } },
  patience: { label: ui("demoPatience"), min: 0, max: 100000, integer: true,
    get: function (s) { return s.patience; }, set: function (s, v) { s.patience = v; } },
  init: { label: ui("demoInit"), options: ["uniform", "gaussian", "glorot-uniform", "glorot-normal", "he", "zeros"],
    get: function (s) { return s.init.name; }, set: function (s, v) { s.init.name = v; } },
  // the hidden layers' activation; layers are written "32 tanh", and the output layer keeps its own
  activation: { label: ui("demoActivation"), options: ["tanh", "relu", "sigmoid", "linear"],
    get: function (s) { return s.model[0].split(" ")[1]; },
    set: function (s, v) {
      s.model = s.model.map(function (layer, l) { return l === s.model.length - 1 ? layer : layer.split(" ")[0] + " " + v; });
    } },
  momentum: { label: ui("demoMomentum"), min: 0, max: 0.999, slider: [0, 0.99],
    get: function (s) { return s.optimizer.momentum; }, set: function (s, v) { s.optimizer.momentum = v; } }
};
