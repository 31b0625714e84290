/* ---- a demo of several runs: their loss curves in one chart, and the table that is their legend ---- */
/** Each run's colour (a theme property, so dark mode restyles it) and dash, as .demo-series-N in kiln.css. */
var SERIES = [["--accent", []], ["--note", [6, 3]], ["--tip", [2, 2]], ["--warning", [8, 3, 2, 3]], ["--code-keyword", [4, 2]], ["--code-attr", [1, 3]]];

/** Ten times the highest first-epoch loss: a diverging run leaves the chart at the top (DemoRunsFigure.cap). */
function runsCap(states) {
  var first = 0;
  states.forEach(function (s) { if (s.loss.length && isFinite(s.loss[0])) first = Math.max(first, s.loss[0]); });
  return first > 0 ? 10 * first : Infinity;
}

function drawRuns(c, states, labels, epochs, target) {
  var p = prepare(c), g = p.g, all = [];
  states.forEach(function (s) { s.loss.forEach(function (v) { if (isFinite(v)) all.push(v); }); });
  var r = range(all);
  r[1] = Math.min(r[1], runsCap(states));
  var log = all.length > 0 && r[0] > 0 && r[1] / r[0] > 4;
  if (!log && r[0] > 0) r[0] = 0;
  var lo = log ? Math.log10(r[0]) : r[0], hi = log ? Math.log10(r[1]) : r[1];
  g.textAlign = "left"; g.fillText(ui("demoLoss") + (log ? ui("demoLogScale") : ""), LEFT, 12);
  g.textAlign = "right"; g.fillText(tick(r[1]), LEFT - 3, 24); g.fillText(tick(r[0]), LEFT - 3, p.h - 20);
  g.fillText(String(epochs), p.w - 6, p.h - 6);
  g.textAlign = "left"; g.fillText("1", LEFT, p.h - 6);
  function yOf(value) {
    var v = log ? Math.log10(value) : value;
    return p.h - 20 - (p.h - 40) * (hi === lo ? 0.5 : (v - lo) / (hi - lo));
  }
  states.forEach(function (s, i) {
    var style = SERIES[i % SERIES.length];
    line(g, s.loss, epochs, p.w - LEFT - 6, yOf, css(style[0]), style[1], r[1]);
  });
  if (target > r[0] && target < r[1]) { // the target the table times each run to
    g.save(); g.strokeStyle = css("--fg-soft"); g.globalAlpha = 0.5; g.setLineDash([1, 3]);
    g.beginPath(); g.moveTo(LEFT, yOf(target)); g.lineTo(p.w - 6, yOf(target)); g.stroke(); g.restore();
  }
  c.setAttribute("aria-label", states.map(function (s, i) {
    return s.loss.length ? fill(ui("demoRunSummary"), { label: labels[i], first: fmt(s.loss[0]), last: fmt(s.loss[s.loss.length - 1]), epochs: s.loss.length }) : labels[i];
  }).join("; "));
}

/** Fills the runs table: epochs, the epoch the target was reached, updates, final loss, and the engine time in this page. */
function showRuns(figure, tracks, states, target) {
  tracks.forEach(function (t, i) {
    var row = figure.querySelector('tr[data-run="' + i + '"]'), s = states[i], loss = s.loss;
    if (!row) return;
    function put(name, text) { var cell = row.querySelector('[data-cell="' + name + '"]'); if (cell) cell.textContent = text; }
    var empty = loss.length === 0, reached = "—";
    for (var e = 0; e < loss.length; e++) if (loss[e] <= target) { reached = String(e + 1); break; }
    put("epochs", empty ? "—" : String(loss.length));
    put("reached", empty ? "—" : reached);
    put("updates", s.updates === undefined || empty ? "—" : String(s.updates));
    put("loss", empty ? "—" : s.divergedAt > 0 ? fill(ui("demoDivergedShort"), { epoch: s.divergedAt }) : fmt(loss[loss.length - 1]));
    // time only from this page's own run: the build's figures were timed on another machine, or not at all
    var ms = target && t.state ? t.reachedMs : t.state && t.state.done ? t.ms : undefined;
    put("time", ms == null ? "—" : fill(ui("demoMs"), { ms: ms < 10 ? ms.toFixed(1) : String(Math.round(ms)) }));
  });
}
