package dev.kiln.pipeline;

import dev.kiln.cache.DiskCache;
import dev.kiln.config.SiteConfig;
import dev.kiln.demoblock.DemoRenderer;
import dev.kiln.diagram.DiagramRenderer;
import dev.kiln.highlight.CodeHighlighter;
import dev.kiln.math.KatexRenderer;
import java.util.function.Function;

/** The renderers a build's pages go through: formulas, code, diagrams, demos. */
record Renderers(KatexRenderer katex, CodeHighlighter highlighter, DiagramRenderer diagrams, DemoRenderer demos)
        implements AutoCloseable {

    /** @param caches the cache for each kind of fragment ({@code katex}, {@code highlight}, …) */
    static Renderers open(SiteConfig config, Function<String, DiskCache> caches) {
        return new Renderers(new KatexRenderer(caches.apply("katex"), config.mathMacros()),
                new CodeHighlighter(caches.apply("highlight")),
                new DiagramRenderer(caches.apply("diagram"), config.ui()),
                new DemoRenderer(caches.apply("demo"), config.ui()));
    }

    /** What decides their output besides their input: a change means new renderers. */
    static String settingsOf(SiteConfig config) {
        return config.mathMacros() + "\0" + config.ui();
    }

    @Override
    public void close() {
        katex.close();
        highlighter.close();
        diagrams.close();
    }
}
