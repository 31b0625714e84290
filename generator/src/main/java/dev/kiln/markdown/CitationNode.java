package dev.kiln.markdown;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.kiln.cite.Citation;

/** A citation in text ({@link CitationParser}); rendered once the bibliography has the works. */
public final class CitationNode extends Node {
    private final Citation citation;

    CitationNode(BasedSequence chars, Citation citation) {
        super(chars);
        this.citation = citation;
    }

    public Citation citation() {
        return citation;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
