package dev.kiln.markdown;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** A display formula on lines of its own, from a line starting {@code $$} to the line ending {@code $$}. */
public final class MathBlock extends Block {
    private String tex = "";
    private boolean closed;
    private int[][] segments = new int[0][];
    private String label = "";
    private int labelOffset = -1;

    public String tex() {
        return tex;
    }

    /** False when the document ended before the closing {@code $$}. */
    public boolean closed() {
        return closed;
    }

    /** The offset in the page body of character {@code index} of {@link #tex()}. */
    public int offsetOf(int index) {
        int[] at = segments.length == 0 ? new int[] {0, getStartOffset()} : segments[0];
        for (int[] segment : segments) if (segment[0] <= index) at = segment;
        return at[1] + Math.max(0, index - at[0]);
    }

    /** The id from {@code $$ {#eq:name}}, as written, or empty. */
    public String label() {
        return label;
    }

    /** Where the label's {@code {#} starts in the page body, or -1. */
    public int labelOffset() {
        return labelOffset;
    }

    /** @param segments pairs of (index in tex, offset in body) where each source line's TeX starts */
    void finish(BasedSequence chars, String tex, boolean closed, int[][] segments, String label, int labelOffset) {
        setChars(chars);
        this.label = label;
        this.labelOffset = labelOffset;
        this.tex = tex;
        this.closed = closed;
        this.segments = segments;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
