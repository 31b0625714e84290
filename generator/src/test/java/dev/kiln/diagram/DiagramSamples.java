package dev.kiln.diagram;

import dev.kiln.TestSites;

/** Flowchart sources shared by the parser, layout and browser tests. */
public final class DiagramSamples {
    private DiagramSamples() {}

    /** A loop through a subgraph, the subgraph written after the links. */
    public static final String LOOP = """
            flowchart TD
              Start --> Read --> Ok{Valid?}
              Ok -- no --> Fix --> Retry --> Read
              Ok -- yes --> Done
              subgraph Repair
                Fix
                Retry
              end
            """;

    /** The same chart with the subgraph written first: model order then starts inside the loop. */
    public static final String LOOP_SUBGRAPH_FIRST = """
            flowchart TD
              subgraph Repair
                Fix --> Retry
              end
              Start --> Read --> Ok{Valid?}
              Ok -- no --> Fix
              Retry --> Read
              Ok -- yes --> Done
            """;

    /** The article's own diagram, read from content/ so the tests follow the published text. */
    public static String article() {
        String md = TestSites.read(TestSites.projectRoot().resolve("content/02-core-concepts.md"));
        int start = md.indexOf("```mermaid\n") + "```mermaid\n".length();
        return md.substring(start, md.indexOf("```", start));
    }
}
