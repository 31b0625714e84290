package dev.kiln.write;

/**
 * Publishes mermaid.js from its WebJar, for the diagram types Kiln does not draw at build time.
 * It is written only when some page needs it, and loaded only by those pages.
 */
public final class MermaidAssets {
    public static final String VERSION = "11.14.0";
    public static final String SCRIPT = "assets/mermaid/mermaid.min.js";
    private static final String DIST = "META-INF/resources/webjars/mermaid/" + VERSION + "/dist/";

    private MermaidAssets() {}

    public static int write(SiteOutput out) {
        out.write(SCRIPT, ClasspathFiles.read(DIST + "mermaid.min.js"));
        return 1;
    }
}
