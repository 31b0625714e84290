/* ---- elements and numbers: read-outs as DemoNumbers.num writes them, axis labels as DemoNumbers.tick ---- */
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

// An axis label: three significant digits, at most eight characters; DemoNumbers.tick writes the same.
function tick(v) {
  if (typeof v !== "number" || !isFinite(v) || v === 0) return fmt(v);
  var a = Math.abs(v);
  if (a >= 1e-2 && a < 999.5) return String(Number(v.toPrecision(3)));
  if (a >= 999.5 && a < 1e5) return String(Math.round(v));
  var e = v.toExponential(2);
  // a diverged run's 2.9e+171: one digit fewer keeps it to eight characters
  return /e[+-]\d{3}$/.test(e) ? v.toExponential(1) : e;
}
