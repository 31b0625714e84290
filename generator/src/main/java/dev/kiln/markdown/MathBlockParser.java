package dev.kiln.markdown;

import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.AbstractBlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;

/**
 * Display math on lines of its own:
 *
 * <pre>
 * $$
 * h = \sigma(W^{(1)}x + b^{(1)})
 * $$
 * </pre>
 *
 * Parsed as a block so that TeX lines which look like Markdown ({@code - x}, {@code # n}, a
 * {@code |}) stay TeX. A line that starts with {@code $$} but has text after its closing
 * {@code $$} is a paragraph, left to {@link MathInlineParser}; the one exception is a label,
 * {@code $$ {#eq:name}} (Pandoc-crossref's syntax), which numbers the formula.
 */
final class MathBlockParser extends AbstractBlockParser {
    private final MathBlock block = new MathBlock();
    private final BasedSequence opening;
    private final StringBuilder tex = new StringBuilder();
    private final List<int[]> segments = new ArrayList<>();
    private BasedSequence last;
    private boolean closed;
    private String label = "";
    private int labelOffset = -1;

    private MathBlockParser(BasedSequence opening, String firstLine, int firstLineOffset, boolean closedOnOpeningLine) {
        this.opening = opening;
        this.last = opening;
        if (!firstLine.isEmpty()) append(firstLine, firstLineOffset);
        this.closed = closedOnOpeningLine;
    }

    /** Adds a line of TeX, remembering where it came from so errors can point into the file. */
    private void append(String line, int bodyOffset) {
        if (tex.length() > 0) tex.append('\n');
        segments.add(new int[] {tex.length(), bodyOffset});
        tex.append(line);
    }

    @Override
    public Block getBlock() {
        return block;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        if (closed) return BlockContinue.none();
        BasedSequence line = state.getLine();
        // From the parser's index: inside a list or an admonition, the container's indent is not TeX.
        BasedSequence content = line.subSequence(Math.min(state.getIndex(), line.length()));
        String text = content.toString().stripTrailing();
        last = line;
        int labelAt = labelStart(text);
        if (labelAt >= 0) {
            takeLabel(text.substring(labelAt), content.getStartOffset() + labelAt);
            text = text.substring(0, labelAt).stripTrailing();
        }
        if (text.endsWith("$$")) {
            String before = text.substring(0, text.length() - 2).stripTrailing();
            if (!before.isBlank()) append(before, content.getStartOffset());
            closed = true;
            return BlockContinue.finished();
        }
        if (tex.length() > 0 || !text.isEmpty()) append(text, content.getStartOffset());
        return BlockContinue.atIndex(state.getLineEndIndex());
    }

    /** Where a closing line's {@code {#eq:name}} starts, just after its {@code $$}; -1 when it has none. */
    static int labelStart(String line) {
        if (!line.endsWith("}")) return -1;
        int open = line.lastIndexOf("{#");
        if (open < 0 || !line.substring(0, open).stripTrailing().endsWith("$$")) return -1;
        return open;
    }

    private void takeLabel(String attribute, int offset) {
        label = attribute.substring(2, attribute.length() - 1).strip();
        labelOffset = offset;
    }

    @Override
    public void addLine(ParserState state, BasedSequence line) {
        // Lines are collected in tryContinue, where the closing line is still visible.
    }

    @Override
    public boolean isRawText() {
        return true;
    }

    @Override
    public void closeBlock(ParserState state) {
        BasedSequence chars = opening.baseSubSequence(opening.getStartOffset(), Math.max(last.getEndOffset(), opening.getEndOffset()));
        block.finish(chars, tex.toString().stripTrailing(), closed, segments.toArray(new int[0][]), label, labelOffset);
    }

    static final class Factory implements CustomBlockParserFactory, NoDependencies {
        @Override
        public BlockParserFactory apply(DataHolder options) {
            return new StartFactory(options);
        }
    }

    private static final class StartFactory extends AbstractBlockParserFactory {
        StartFactory(DataHolder options) {
            super(options);
        }

        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
            if (state.getIndent() >= 4) return BlockStart.none();
            BasedSequence line = state.getLine();
            int at = state.getNextNonSpaceIndex();
            if (!line.subSequence(at).startsWith("$$")) return BlockStart.none();
            String rest = line.subSequence(at + 2).toString().stripTrailing();
            int labelAt = labelStart(rest);
            String attribute = labelAt < 0 ? "" : rest.substring(labelAt);
            if (labelAt >= 0) rest = rest.substring(0, labelAt).stripTrailing();
            int close = rest.indexOf("$$");
            boolean closedHere = close >= 0;
            if (closedHere && close != rest.length() - 2) return BlockStart.none();
            String first = closedHere ? rest.substring(0, close) : rest;
            int lead = first.length() - first.stripLeading().length();
            BasedSequence opening = line.subSequence(at, line.length());
            MathBlockParser parser = new MathBlockParser(opening, first.strip(), opening.getStartOffset() + 2 + lead, closedHere);
            if (!attribute.isEmpty()) parser.takeLabel(attribute, opening.getStartOffset() + 2 + labelAt);
            return BlockStart.of(parser).atIndex(state.getLineEndIndex());
        }
    }
}
