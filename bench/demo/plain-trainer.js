/* The near-the-limit baseline for bench/demos: the same training loop written by hand in plain
   JavaScript on Float64Arrays (same data generator, batch order, initial weights and Adam), with
   the browser's own Math.tanh. Not shipped to readers. */
function plainTrain(spec, init) {
  "use strict";
  var n = spec.data.samples, rand = mulberry32(spec.data.seed), X = [], Y = new Float64Array(n), f, i, j, l;
  if (spec.data.kind === "uniform") {
    f = spec.data.features;
    for (i = 0; i < n; i++) { X.push(new Float64Array(f)); for (j = 0; j < f; j++) X[i][j] = rand(); }
    for (i = 0; i < n; i++) Y[i] = rand();
  } else { // sine
    f = 1;
    for (i = 0; i < n; i++) {
      X.push(new Float64Array([(2 * rand() - 1) * Math.PI]));
      var g = 0; for (j = 0; j < 12; j++) g += rand();
      Y[i] = Math.sin(X[i][0]) + spec.data.noise * (g - 6);
    }
  }
  var sizes = spec.model.map(function (m) { return parseInt(m, 10); });
  var tanh = spec.model.map(function (m) { return String(m).indexOf("tanh") > 0; });
  var L = sizes.length, ins = [], W = [], B = [], GW = [], GB = [], MW = [], VW = [], MB = [], VB = [], Z = [], A = [], D = [];
  for (l = 0, f = X[0].length; l < L; l++) {
    ins.push(f);
    var w = init[l];
    W.push(Float64Array.from(w.slice(0, f * sizes[l]))); B.push(Float64Array.from(w.slice(f * sizes[l])));
    GW.push(new Float64Array(f * sizes[l])); GB.push(new Float64Array(sizes[l]));
    MW.push(new Float64Array(f * sizes[l])); VW.push(new Float64Array(f * sizes[l]));
    MB.push(new Float64Array(sizes[l])); VB.push(new Float64Array(sizes[l]));
    Z.push(new Float64Array(sizes[l])); A.push(new Float64Array(sizes[l])); D.push(new Float64Array(sizes[l]));
    f = sizes[l];
  }
  var lr = spec.optimizer.lr, b1 = 0.9, b2 = 0.999, eps = 1e-7, b1t = 1, b2t = 1;
  var order = new Int32Array(n); for (i = 0; i < n; i++) order[i] = i;
  var shuffle = mulberry32(spec.seeds.shuffle), size = spec.batch === "full" ? n : Math.min(spec.batch, n), losses = [];
  function adam(w, g, m, v, a) {
    for (var k = 0; k < w.length; k++) {
      m[k] = b1 * m[k] + (1 - b1) * g[k];
      v[k] = b2 * v[k] + (1 - b2) * g[k] * g[k];
      w[k] -= a * m[k] / (Math.sqrt(v[k]) + eps);
    }
  }
  for (var epoch = 0; epoch < spec.epochs; epoch++) {
    for (var c = n; c > 0;) { var r = (shuffle() * c) | 0; c--; var tmp = order[c]; order[c] = order[r]; order[r] = tmp; }
    var total = 0;
    for (var start = 0; start < n; start += size) {
      var nb = Math.min(size, n - start), sum = 0;
      for (l = 0; l < L; l++) { GW[l].fill(0); GB[l].fill(0); }
      for (var s = start; s < start + nb; s++) {
        var x = X[order[s]], input = x;
        for (l = 0; l < L; l++) {
          var wl = W[l], bl = B[l], zl = Z[l], al = A[l], inl = ins[l];
          for (j = 0; j < sizes[l]; j++) {
            var acc = bl[j], row = j * inl;
            for (i = 0; i < inl; i++) acc += wl[row + i] * input[i];
            zl[j] = acc; al[j] = tanh[l] ? Math.tanh(acc) : acc;
          }
          input = al;
        }
        var p = A[L - 1][0], res = p - Y[order[s]];
        sum += res * res;
        D[L - 1][0] = 2 * res / nb;
        for (l = L - 1; l >= 0; l--) {
          var prev = l === 0 ? x : A[l - 1], dl = D[l], below = l === 0 ? null : D[l - 1], inn = ins[l], w2 = W[l], gw = GW[l], gb = GB[l];
          if (below) below.fill(0);
          for (j = 0; j < sizes[l]; j++) {
            var dz = dl[j] * (tanh[l] ? 1 - A[l][j] * A[l][j] : 1), rw = j * inn;
            for (i = 0; i < inn; i++) { gw[rw + i] += dz * prev[i]; if (below) below[i] += w2[rw + i] * dz; }
            gb[j] += dz;
          }
        }
      }
      total += sum / nb * nb;
      b1t *= b1; b2t *= b2;
      var a = lr * Math.sqrt(1 - b2t) / (1 - b1t);
      for (l = 0; l < L; l++) { adam(W[l], GW[l], MW[l], VW[l], a); adam(B[l], GB[l], MB[l], VB[l], a); }
    }
    losses.push(total / n);
  }
  return losses;
}
