// Called by dev.kiln.math.KatexRenderer, once per formula. Parse errors come back as values, with
// KaTeX's position, so the build can point at the exact character in the Markdown.
function kilnRenderMath(tex, display, macrosJson) {
  try {
    return {
      html: katex.renderToString(tex, {
        displayMode: display,
        output: "htmlAndMathml",   // MathML for screen readers, HTML for looks
        throwOnError: true,
        strict: "ignore",          // CJK text inside \text{} is fine; don't print warnings
        trust: false,
        macros: JSON.parse(macrosJson)
      })
    };
  } catch (e) {
    if (e instanceof katex.ParseError) {
      return { error: String(e.rawMessage || e.message), position: e.position === undefined ? -1 : e.position };
    }
    throw e;
  }
}
