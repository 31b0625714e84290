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
function prepare(c) {
  // as the build's SVGs: 320 × 170, or 640 × 220 for a chart the width of the demo
  var wide = c.classList.contains("demo-wide"), w = c.clientWidth || (wide ? 640 : 320);
  var h = Math.round(w * (wide ? 220 / 640 : 17 / 32)), dpr = window.devicePixelRatio || 1;
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
/** The training loss, and the validation loss dashed (with a legend) when the data holds some out. */
function drawLoss(c, loss, epochs, valid) {
  valid = valid || [];
  var p = prepare(c), g = p.g, r = range(loss.concat(valid));
  var log = loss.length > 0 && r[0] > 0 && r[1] / r[0] > 4;
  if (!log && r[0] > 0) r[0] = 0; // a linear axis starts at 0, as in the build-time SVG
  var lo = log ? Math.log10(r[0]) : r[0], hi = log ? Math.log10(r[1]) : r[1];
  g.textAlign = "left"; g.fillText(ui("demoLoss") + (log ? ui("demoLogScale") : ""), LEFT, 12);
  g.textAlign = "right"; g.fillText(tick(r[1]), LEFT - 3, 24); g.fillText(tick(r[0]), LEFT - 3, p.h - 20);
  g.fillText(String(epochs), p.w - 6, p.h - 6);
  g.textAlign = "left"; g.fillText("1", LEFT, p.h - 6);
  var plot = p.w - LEFT - 6;
  function yOf(value) {
    var v = log ? Math.log10(value) : value;
    return p.h - 20 - (p.h - 40) * (hi === lo ? 0.5 : (v - lo) / (hi - lo));
  }
  line(g, loss, epochs, plot, yOf, css("--accent"), []);
  if (valid.length) {
    line(g, valid, epochs, plot, yOf, css("--note"), [4, 3]);
    legend(g, p.w - 6, [[ui("demoTrainingSeries"), css("--accent"), []], [ui("demoValidationSeries"), css("--note"), [4, 3]]], lineMark(g));
  }
}
/**
 * One series, up to its first value that is not finite (or above {@code cap}, the top of a capped axis). More epochs than pixels: each pixel column
 * draws its lowest and highest value, so the curve costs the width of the chart, not the run's length.
 */
function line(g, values, epochs, plot, yOf, colour, dash, cap) {
  g.save();
  g.strokeStyle = colour; g.lineWidth = 1.5; g.setLineDash(dash); g.beginPath();
  function xOf(i) { return LEFT + plot * (epochs <= 1 ? 0 : i / (epochs - 1)); }
  var end = values.length;
  for (var k = 0; k < values.length; k++) if (!isFinite(values[k]) || values[k] > cap) { end = k; break; }
  var columns = Math.max(1, Math.floor(plot));
  if (end > 2 * columns) {
    var perColumn = (epochs - 1) / columns;
    for (var c = 0, i = 0; c <= columns && i < end; c++) {
      var last = Math.min(end, Math.floor((c + 1) * perColumn) + 1), min = Infinity, max = -Infinity;
      for (; i < last; i++) { min = Math.min(min, values[i]); max = Math.max(max, values[i]); }
      if (min > max) continue;
      var x = LEFT + c * plot / columns;
      if (c === 0) g.moveTo(x, yOf(max)); else g.lineTo(x, yOf(max));
      g.lineTo(x, yOf(min));
    }
  } else {
    for (var j = 0; j < end; j++) {
      if (j === 0) g.moveTo(xOf(j), yOf(values[j])); else g.lineTo(xOf(j), yOf(values[j]));
    }
  }
  g.stroke();
  g.restore();
}
/**
 * Top right, from the right edge leftwards: per series its word, and left of it a sample drawn by
 * {@code mark(item, x)} (a line, or a box), x being where the word starts.
 */
function legend(g, right, items, mark) {
  g.save();
  g.textAlign = "left";
  var x = right, ink = g.fillStyle;
  for (var i = items.length - 1; i >= 0; i--) {
    x -= g.measureText(items[i][0]).width;
    g.fillStyle = ink; g.fillText(items[i][0], x, 12);
    mark(items[i], x);
    x -= 26;
  }
  g.restore();
}
/** A legend's line sample: item [word, colour, dash]. */
function lineMark(g) {
  return function (item, x) {
    g.strokeStyle = item[1]; g.lineWidth = 1.5; g.setLineDash(item[2]);
    g.beginPath(); g.moveTo(x - 18, 8); g.lineTo(x - 4, 8); g.stroke();
  };
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
  g.beginPath(); // one path for every dot: a fill per dot made a large demo's frame 10 ms longer
  for (var i = 0; i < y.length; i++) {
    var cx = sx(xs[i]), cy = sy(oneInput ? y[i] : pr[i]);
    g.moveTo(cx + 2, cy); g.arc(cx, cy, 2, 0, 2 * Math.PI);
  }
  g.fill();
  g.strokeStyle = css("--accent"); g.lineWidth = 1.5; g.beginPath();
  if (oneInput) {
    var order = xs.map(function (v, k) { return k; }).sort(function (a, b) { return xs[a] - xs[b]; });
    order.forEach(function (k, n) { if (n === 0) g.moveTo(sx(xs[k]), sy(pr[k])); else g.lineTo(sx(xs[k]), sy(pr[k])); });
  } else {
    g.moveTo(sx(ry[0]), sy(ry[0])); g.lineTo(sx(ry[1]), sy(ry[1]));
  }
  g.stroke();
}
