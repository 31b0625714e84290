package dev.kiln.markdown;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * A formula inside a paragraph: {@code $…$}, {@code \(…\)} or an inline {@code $$…$$}. Its chars are
 * the whole source, delimiters included; {@link #tex()} is what lies between them.
 */
public final class MathInline extends Node {
    private final String tex;
    private final boolean display;

    MathInline(BasedSequence chars, String tex, boolean display) {
        super(chars);
        this.tex = tex;
        this.display = display;
    }

    public String tex() {
        return tex;
    }

    /** True for {@code $$…$$} written inside a paragraph: display style, inline position. */
    public boolean display() {
        return display;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
