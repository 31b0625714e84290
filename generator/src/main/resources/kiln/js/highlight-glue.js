// Called by dev.kiln.highlight.CodeHighlighter. null means highlight.js does not know the language.
function kilnHighlight(code, language) {
  if (!hljs.getLanguage(language)) return null;
  return hljs.highlight(code, { language: language, ignoreIllegals: true }).value;
}
