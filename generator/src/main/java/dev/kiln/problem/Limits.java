package dev.kiln.problem;

/**
 * The sizes past which Kiln refuses input instead of crashing or running without end, as
 * CommonMark parsers and browsers do. Each is far above what a real document reaches; each,
 * when passed, is a problem at {@code file:line:col} that names the limit. README "Limits" lists them.
 */
public final class Limits {
    private Limits() {}

    /** A Markdown file's size in bytes: 8 MiB, about 4,000 printed pages. */
    public static final long FILE_BYTES = 8L * 1024 * 1024;

    /**
     * Containers open at once on one line: block quotes, list items and admonitions. flexmark
     * recurses once per level, and 500 levels overflowed a worker thread's stack.
     */
    public static final int NESTING = 64;

    /** One formula's TeX, in characters: 20,000 took KaTeX 17 s in GraalJS's interpreter. */
    public static final int FORMULA_CHARS = 10_000;

    /** How long one formula, code block or diagram may take to render before it fails at its place. */
    public static final java.time.Duration RENDER_TIME = java.time.Duration.ofSeconds(10);

    /** Nodes and links in one flowchart: ELK's layered layout grows fast with links (1,000 of them take 0.3-1.3 s, bench/diagrams). */
    public static final int DIAGRAM_NODES = 500;
    public static final int DIAGRAM_EDGES = 1000;

    /** Extra ranks one link may span ({@code ---->} spans two). Each rank is a node for ELK. */
    public static final int LINK_RANKS = 20;

    /** How long one demo may train at build time (the reader's browser runs the same epochs). */
    public static final java.time.Duration DEMO_TIME = java.time.Duration.ofSeconds(30);

    /** How long Chromium may take to print the full report for {@code kiln pdf}; the article takes about 4 s. */
    public static final java.time.Duration PDF_TIME = java.time.Duration.ofSeconds(120);

    /** Problems kept in memory, and printed, per build; the rest are counted. */
    public static final int PROBLEMS_KEPT = 1_000;
    public static final int PROBLEMS_PRINTED = 100;

    /** A time budget as the author reads it: {@code 10 s}, or {@code 200 ms} below a second. */
    public static String describe(java.time.Duration budget) {
        return budget.toMillis() < 1000 ? budget.toMillis() + " ms" : budget.toSeconds() + " s";
    }
}
