/* TF.js (from the npm registry, installed by bench/demos into bench/work; never shipped) training
   the same models as the Kiln engines: Sequential Dense layers, Adam, MSE, Keras's fit with the
   same epochs, batch size and shuffling. Its data are drawn like the engines' (uniform features
   and targets, or a noisy sine); the numbers differ, the work is the same. */
function tfjsData(spec) {
  var n = spec.data.samples, f = spec.data.kind === "uniform" ? spec.data.features : 1, x = new Float32Array(n * f), y = new Float32Array(n);
  var state = spec.data.seed >>> 0;
  function rand() { state = (Math.imul(state, 1664525) + 1013904223) >>> 0; return state / 4294967296; }
  for (var i = 0; i < n; i++) {
    for (var j = 0; j < f; j++) x[i * f + j] = spec.data.kind === "uniform" ? rand() : (2 * rand() - 1) * Math.PI;
    y[i] = spec.data.kind === "uniform" ? rand() : Math.sin(x[i * f]) + spec.data.noise * (rand() - 0.5);
  }
  return { x: tf.tensor2d(x, [n, f]), y: tf.tensor2d(y, [n, 1]), features: f };
}

/** Trains with a TF.js backend ("wasm" or "cpu"); resolves with {ms, loss}. Only fit() is timed. */
async function tfjsTrain(backend, spec) {
  await tf.setBackend(backend);
  await tf.ready();
  var d = tfjsData(spec), model = tf.sequential();
  spec.model.forEach(function (layer, l) {
    var parts = String(layer).split(" "), units = parseInt(parts[0], 10), activation = parts[1] || "linear";
    model.add(tf.layers.dense(l === 0 ? { units: units, activation: activation, inputShape: [d.features] } : { units: units, activation: activation }));
  });
  model.compile({ optimizer: tf.train.adam(spec.optimizer.lr), loss: "meanSquaredError" });
  var t0 = performance.now();
  var h = await model.fit(d.x, d.y, { epochs: spec.epochs, batchSize: spec.batch === "full" ? spec.data.samples : spec.batch, shuffle: true, verbose: 0 });
  var ms = performance.now() - t0, losses = h.history.loss;
  tf.dispose([d.x, d.y]);
  model.dispose();
  return { ms: ms, loss: losses[losses.length - 1] };
}
