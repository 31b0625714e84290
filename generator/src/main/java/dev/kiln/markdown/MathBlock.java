package dev.kiln.markdown;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** A display formula on lines of its own, from a line starting {@code $$} to the line ending {@code $$}. */
public final class MathBlock extends Block {
    private String tex = "";
    private boolean closed;

    public String tex() {
        return tex;
    }

    /** False when the document ended before the closing {@code $$}. */
    public boolean closed() {
        return closed;
    }

    void finish(BasedSequence chars, String tex, boolean closed) {
        setChars(chars);
        this.tex = tex;
        this.closed = closed;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
