package dev.kiln.markdown;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * A reference to a numbered item, Pandoc-crossref's syntax: {@code @eq:name} or {@code [@eq:name]}
 * give the word and the number ("Equation (3)"), {@code [-@eq:name]} the number alone ("(3)").
 */
public final class CrossRef extends Node {
    private final String label;
    private final boolean withWord;

    CrossRef(BasedSequence chars, String label, boolean withWord) {
        super(chars);
        this.label = label;
        this.withWord = withWord;
    }

    public String label() {
        return label;
    }

    public boolean withWord() {
        return withWord;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
