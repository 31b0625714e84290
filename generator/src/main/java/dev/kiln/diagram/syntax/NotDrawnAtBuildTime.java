package dev.kiln.diagram.syntax;

/**
 * A valid Mermaid diagram that uses something Kiln does not draw (one of Mermaid's many special
 * shapes, an icon, an image): the diagram goes to mermaid.js in the browser as written.
 */
public final class NotDrawnAtBuildTime extends RuntimeException {
    /** @param what what the chart uses, for the build's verbose log */
    public NotDrawnAtBuildTime(String what) {
        super(what + " is drawn by mermaid.js, not at build time");
    }
}
