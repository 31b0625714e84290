// For dev.kiln.diagram.MermaidCheck, before mermaid.min.js: what its parsers read from a browser
// that GraalJS lacks. This context only checks syntax; it never draws, and readers never run it.
var window = globalThis;
var self = globalThis;
if (typeof TextEncoder === "undefined") {
  globalThis.TextEncoder = class {
    encode(s) {
      var bytes = unescape(encodeURIComponent(String(s)));
      var out = new Uint8Array(bytes.length);
      for (var i = 0; i < bytes.length; i++) out[i] = bytes.charCodeAt(i);
      return out;
    }
  };
}
if (typeof structuredClone === "undefined") {
  // the langium parsers (pie, gitGraph, …) copy their settings: plain data, maps and sets
  globalThis.structuredClone = function clone(v) {
    if (v === null || typeof v !== "object") return v;
    if (v instanceof Date) return new Date(v.getTime());
    if (v instanceof RegExp) return new RegExp(v.source, v.flags);
    if (v instanceof Map) return new Map(Array.from(v, function (e) { return [clone(e[0]), clone(e[1])]; }));
    if (v instanceof Set) return new Set(Array.from(v, clone));
    if (Array.isArray(v)) return v.map(clone);
    var o = {};
    Object.keys(v).forEach(function (k) { o[k] = clone(v[k]); });
    return o;
  };
}
// Without a DOM, mermaid's bundled DOMPurify comes up without its methods, and the class, state
// and gantt parsers call them on labels. Sanitising display text decides nothing about syntax.
[["sanitize", function (s) { return String(s); }], ["addHook", function () {}], ["removeHook", function () {}],
  ["removeAllHooks", function () {}]].forEach(function (m) {
  Object.defineProperty(Object.prototype, m[0], { value: m[1], writable: true, configurable: true });
});
