// Called by dev.kiln.math.KatexRenderer, once per formula. Parse errors come back as values, with
// KaTeX's position, so the build can point at the exact character in the Markdown.
function kilnRenderMath(tex, display, macrosJson) {
  var refused = null;
  try {
    var html = katex.renderToString(tex, {
      displayMode: display,
      output: "htmlAndMathml",   // MathML for screen readers, HTML for looks
      throwOnError: true,
      strict: "ignore",          // CJK text inside \text{} is fine; don't print warnings
      // \href, \url, \includegraphics and \html* could run script or load files: never allowed,
      // and said so, rather than drawn in red with no word to the author.
      trust: function (context) { if (refused === null) refused = context.command; return false; },
      maxExpand: 1000,
      macros: JSON.parse(macrosJson)
    });
    if (refused !== null) {
      return { error: refused + " is not allowed in formulas: it could run script or load files in the reader's browser",
               position: tex.indexOf(refused) };
    }
    return { html: html };
  } catch (e) {
    if (e instanceof katex.ParseError) {
      return { error: String(e.rawMessage || e.message), position: e.position === undefined ? -1 : e.position };
    }
    if (e instanceof RangeError) {
      return { error: "the formula is nested too deeply to render (" + e.message + ")", position: -1 };
    }
    throw e;
  }
}
