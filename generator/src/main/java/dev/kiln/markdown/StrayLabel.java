package dev.kiln.markdown;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * A {@code {#eq:…}}, {@code {#fig:…}} or {@code {#tbl:…}} label in text. {@link Captions} takes the
 * ones that label an image or a table's caption; any other is reported when the page renders,
 * and shown as written.
 */
public final class StrayLabel extends Node {
    StrayLabel(BasedSequence chars) {
        super(chars);
    }

    /** The label without its braces and {@code #}: {@code fig:name}. */
    public String label() {
        BasedSequence chars = getChars();
        return chars.subSequence(2, chars.length() - 1).toString();
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
