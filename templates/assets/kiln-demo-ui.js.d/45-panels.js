/* ---- the panel beside the loss curve, when it is not the fit: gradient norms per layer, or the gradient check ---- */
/** The log-scale range of both series' positive values, half a step below the lowest; DemoPanels.GradientBars does the same. */
function barRange(a, b) {
  var lo = Infinity, hi = 0;
  a.concat(b).forEach(function (v) { if (v > 0 && isFinite(v)) { lo = Math.min(lo, v); hi = Math.max(hi, v); } });
  if (hi === 0) return [0.1, 1];
  return [lo === hi ? lo / 10 : lo / 2, hi];
}
/** Two bars per layer, first layer on the left: the norm at the initial weights (pale) and now. */
function drawGradients(c, start, now) {
  var p = prepare(c), g = p.g, r = barRange(start, now), lo = Math.log10(r[0]), hi = Math.log10(r[1]);
  g.textAlign = "left"; g.fillText(ui("demoGradientNorms"), LEFT, 12);
  g.textAlign = "right"; g.fillText(tick(r[1]), LEFT - 3, 24); g.fillText(tick(r[0]), LEFT - 3, p.h - 20);
  var strong = css("--accent"), PALE = 0.35; // the start's bars: the accent, see-through, as .demo-bar-initial
  g.fillStyle = css("--fg-soft");
  legend(g, p.w - 6, [[ui("demoInitialSeries"), strong, PALE], [ui("demoCurrentSeries"), strong, 1]], function (item, x) {
    g.globalAlpha = item[2]; g.fillStyle = item[1]; g.fillRect(x - 14, 4, 9, 9); g.globalAlpha = 1; // item [word, colour, opacity]
  });
  var layers = now.length || start.length, slot = (p.w - 6 - LEFT) / Math.max(1, layers);
  function bar(x, w, v, alpha) {
    if (!(v > 0) || !isFinite(v)) return;
    var top = p.h - 20 - (p.h - 40) * (hi === lo ? 0.5 : (Math.log10(v) - lo) / (hi - lo));
    g.globalAlpha = alpha; g.fillStyle = strong; g.fillRect(x, top, w, p.h - 20 - top); g.globalAlpha = 1;
  }
  g.textAlign = "center";
  for (var l = 0; l < layers; l++) {
    var left = LEFT + l * slot;
    bar(left + slot * 0.15, slot * 0.33, start[l], PALE);
    bar(left + slot * 0.52, slot * 0.33, now[l], 1);
    g.fillStyle = css("--fg-soft");
    if (layers <= 12 || l === 0 || l === layers - 1) g.fillText(String(l + 1), left + slot / 2, p.h - 6);
  }
  c.setAttribute("aria-label", fill(ui("demoGradientLabel"), { initial: start.map(fmt).join(", "), current: now.map(fmt).join(", ") }));
}
/** Fills the gradient check's table (built with the page) with a run's numbers; none yet: "—". */
function showCheck(figure, check) {
  function worst(errors) {
    var w = NaN;
    errors.forEach(function (e) { if (!isNaN(e)) w = isNaN(w) ? e : Math.max(w, e); });
    return w;
  }
  function put(name, v) {
    var cell = figure.querySelector('[data-check="' + name + '"]');
    if (cell) cell.textContent = v === undefined ? "—" : isNaN(v) ? ui("demoCheckShape") : fmt(v);
  }
  ["backprop", "printed"].forEach(function (kind) {
    // the build's JSON writes a wrong shape's NaN as null
    var errors = check && check[kind] && check[kind].map(function (e) { return e === null ? NaN : e; });
    Array.prototype.forEach.call(figure.querySelectorAll('[data-check^="' + kind + '-"]'), function (cell) {
      var which = cell.getAttribute("data-check").slice(kind.length + 1);
      put(kind + "-" + which, !errors ? undefined : which === "worst" ? worst(errors) : errors[Number(which)]);
    });
  });
}
