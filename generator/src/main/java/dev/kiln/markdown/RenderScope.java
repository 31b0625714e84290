package dev.kiln.markdown;

import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * What one rendering of a page's Markdown needs to know about where the HTML will land: how to
 * rewrite its links, how far to shift its headings, and how to name their ids. The full report
 * renders the same page a second time with another scope.
 *
 * <p>flexmark's renderer is shared and immutable, so the scope travels in a thread-local that is
 * set only for the duration of one {@link #apply} call on the rendering thread.
 *
 * @param links        rewrites a link or image URL as written in Markdown into the URL for the output
 * @param headingShift added to every heading level (capped at 6)
 * @param ids          maps a heading id as assigned on its page to the id used in this output
 * @param embeds       renders formulas and code
 */
public record RenderScope(UnaryOperator<String> links, int headingShift, UnaryOperator<String> ids, EmbedRenderer embeds) {
    private static final ThreadLocal<RenderScope> CURRENT = new ThreadLocal<>();
    private static final ThreadLocal<Splices> SPLICES = new ThreadLocal<>();

    /** Leaves links and ids as written: for tests and for content rendered outside a site. */
    public static final RenderScope PLAIN = new RenderScope(UnaryOperator.identity(), 0, UnaryOperator.identity(), EmbedRenderer.RAW);

    static RenderScope current() {
        RenderScope scope = CURRENT.get();
        return scope == null ? PLAIN : scope;
    }

    /** Renders with this scope; fragments handed to {@link #splice} are put in place at the end. */
    String apply(Supplier<String> render) {
        RenderScope outer = CURRENT.get();
        Splices outerSplices = SPLICES.get();
        Splices splices = new Splices();
        CURRENT.set(this);
        SPLICES.set(splices);
        try {
            return splices.apply(render.get());
        } finally {
            if (outer == null) CURRENT.remove(); else CURRENT.set(outer);
            if (outerSplices == null) SPLICES.remove(); else SPLICES.set(outerSplices);
        }
    }

    /** A stand-in for {@code html} that the current render swaps back once flexmark is done. */
    static String splice(String html) {
        Splices splices = SPLICES.get();
        return splices == null ? html : splices.token(html);
    }
}
