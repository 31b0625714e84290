package dev.kiln.diagram.flowchart;

/**
 * A valid Mermaid flowchart that uses something Kiln does not draw (one of Mermaid's many
 * special shapes, an icon, an image): the chart goes to mermaid.js in the browser as written.
 */
public final class NotDrawnAtBuildTime extends RuntimeException {
    /** @param what what the chart uses, for the build's verbose log */
    NotDrawnAtBuildTime(String what) {
        super(what + " is drawn by mermaid.js, not at build time");
    }
}
