package dev.kiln.markdown;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** A {@code {#eq:name}} that follows no display formula: reported when the page renders, and shown as written. */
public final class StrayLabel extends Node {
    StrayLabel(BasedSequence chars) {
        super(chars);
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
