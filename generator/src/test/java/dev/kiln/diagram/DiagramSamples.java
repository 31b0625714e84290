package dev.kiln.diagram;

import dev.kiln.TestSites;

/** Flowchart sources shared by the parser, layout and browser tests. */
public final class DiagramSamples {
    private DiagramSamples() {}

    /** The article's own diagram, read from content/ so the tests follow the published text. */
    public static String article() {
        String md = TestSites.read(TestSites.projectRoot().resolve("content/02-core-concepts.md"));
        int start = md.indexOf("```mermaid\n") + "```mermaid\n".length();
        return md.substring(start, md.indexOf("```", start));
    }
}
