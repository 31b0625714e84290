package dev.kiln.markdown;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * An image or a table with a caption, and a label when it is numbered: {@code ![caption](a.png){#fig:name}}
 * alone in its paragraph, or a table with a {@code Table: caption {#tbl:name}} line just after or
 * before it (Pandoc's syntax). Its children are the image (whose text is the caption), or the table
 * and the caption's paragraph.
 */
public final class Captioned extends Block {
    /** What is captioned, and so which counter numbers it. */
    public enum Kind {
        FIGURE,
        TABLE
    }

    private final Kind kind;
    private final String label;
    private final int labelOffset;

    Captioned(Kind kind, String label, int labelOffset, BasedSequence chars) {
        super(chars);
        this.kind = kind;
        this.label = label;
        this.labelOffset = labelOffset;
    }

    public Kind kind() {
        return kind;
    }

    /** {@code fig:name} or {@code tbl:name}, or empty for a caption without a number. */
    public String label() {
        return label;
    }

    public int labelOffset() {
        return labelOffset;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
