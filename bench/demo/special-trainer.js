/* The fastest plain JavaScript we could write for the article's example, as a floor for bench/demos:
   a linear model (Dense(1)) only, its inputs in one flat Float64Array, no layers, no per-sample
   arrays, no activation, Adam inlined. Same data, initial weights, batch order and arithmetic
   order as the engine, so its final loss is the engine's. Not shipped to readers. */
function specialTrain(spec, init) {
  "use strict";
  if (spec.model.length !== 1 || String(spec.model[0]).split(" ")[1] && String(spec.model[0]).split(" ")[1] !== "linear") {
    throw new Error("the specialised trainer knows only a linear model");
  }
  var n = spec.data.samples, f = spec.data.features, rand = mulberry32(spec.data.seed), X = new Float64Array(n * f), Y = new Float64Array(n), i, j;
  for (i = 0; i < n; i++) for (j = 0; j < f; j++) X[i * f + j] = rand();
  for (i = 0; i < n; i++) Y[i] = rand();
  var w = Float64Array.from(init[0].slice(0, f)), b = init[0][f], g = new Float64Array(f), m = new Float64Array(f), v = new Float64Array(f), mb = 0, vb = 0;
  var lr = spec.optimizer.lr, b1 = 0.9, b2 = 0.999, eps = 1e-7, b1t = 1, b2t = 1;
  var order = new Int32Array(n); for (i = 0; i < n; i++) order[i] = i;
  var shuffle = mulberry32(spec.seeds.shuffle), size = spec.batch === "full" ? n : Math.min(spec.batch, n), losses = new Float64Array(spec.epochs);
  for (var epoch = 0; epoch < spec.epochs; epoch++) {
    for (var c = n; c > 0;) { var r = (shuffle() * c) | 0; c--; var tmp = order[c]; order[c] = order[r]; order[r] = tmp; }
    var total = 0;
    for (var start = 0; start < n; start += size) {
      var nb = Math.min(size, n - start), sum = 0, gb = 0;
      g.fill(0);
      for (var s = start; s < start + nb; s++) {
        var row = order[s] * f, p = b;
        for (j = 0; j < f; j++) p += w[j] * X[row + j];
        var res = p - Y[order[s]], d = 2 * res / nb;
        sum += res * res;
        for (j = 0; j < f; j++) g[j] += d * X[row + j];
        gb += d;
      }
      total += sum / nb * nb;
      b1t *= b1; b2t *= b2;
      var a = lr * Math.sqrt(1 - b2t) / (1 - b1t);
      for (j = 0; j < f; j++) {
        m[j] = b1 * m[j] + (1 - b1) * g[j];
        v[j] = b2 * v[j] + (1 - b2) * g[j] * g[j];
        w[j] -= a * m[j] / (Math.sqrt(v[j]) + eps);
      }
      mb = b1 * mb + (1 - b1) * gb;
      vb = b2 * vb + (1 - b2) * gb * gb;
      b -= a * mb / (Math.sqrt(vb) + eps);
    }
    losses[epoch] = total / n;
  }
  return losses;
}
