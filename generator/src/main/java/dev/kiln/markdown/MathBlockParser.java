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
 * {@code $$} is a paragraph, left to {@link MathInlineParser}.
 */
final class MathBlockParser extends AbstractBlockParser {
    private final MathBlock block = new MathBlock();
    private final BasedSequence opening;
    private final StringBuilder tex = new StringBuilder();
    private final List<int[]> segments = new ArrayList<>();
    private BasedSequence last;
    private boolean closed;

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
        if (text.endsWith("$$")) {
            String before = text.substring(0, text.length() - 2).stripTrailing();
            if (!before.isBlank()) append(before, content.getStartOffset());
            closed = true;
            return BlockContinue.finished();
        }
        if (tex.length() > 0 || !text.isEmpty()) append(text, content.getStartOffset());
        return BlockContinue.atIndex(state.getLineEndIndex());
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
        block.finish(chars, tex.toString().stripTrailing(), closed, segments.toArray(new int[0][]));
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
            int close = rest.indexOf("$$");
            boolean closedHere = close >= 0;
            if (closedHere && close != rest.length() - 2) return BlockStart.none();
            String first = closedHere ? rest.substring(0, close) : rest;
            int lead = first.length() - first.stripLeading().length();
            BasedSequence opening = line.subSequence(at, line.length());
            MathBlockParser parser = new MathBlockParser(opening, first.strip(), opening.getStartOffset() + 2 + lead, closedHere);
            return BlockStart.of(parser).atIndex(state.getLineEndIndex());
        }
    }
}
