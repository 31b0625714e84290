// Called by dev.kiln.diagram.MermaidCheck: mermaid.js's own parser on one diagram, no drawing.
mermaid.initialize({ startOnLoad: false, securityLevel: "loose" });
function kilnCheckMermaid(source) {
  return mermaid.parse(source);
}
