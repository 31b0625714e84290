package dev.kiln.markdown;

import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.AbstractBlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockParser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Locale;

/**
 * Parses admonitions as a container: the marker line, then every following line that is blank or
 * indented four spaces past the marker. Kiln's own parser rather than flexmark's extension, which
 * compiles regular expressions for every document it parses (a tenth of a large build's time).
 */
final class AdmonitionParser extends AbstractBlockParser {
    private static final int CONTENT_INDENT = 4;

    private final Admonition block;

    private AdmonitionParser(Admonition block) {
        this.block = block;
    }

    @Override
    public Block getBlock() {
        return block;
    }

    @Override
    public boolean isContainer() {
        return true;
    }

    @Override
    public boolean canContain(ParserState state, BlockParser blockParser, Block block) {
        return true;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        // A blank line stays inside: the body may have several paragraphs. The first line that is
        // neither blank nor indented ends the admonition.
        if (state.isBlank()) return BlockContinue.atIndex(state.getNextNonSpaceIndex());
        if (state.getIndent() >= CONTENT_INDENT) return BlockContinue.atColumn(state.getColumn() + CONTENT_INDENT);
        return BlockContinue.none();
    }

    @Override
    public void closeBlock(ParserState state) {}

    /** Reads {@code !!! type "Title"}; null if the line is not an admonition marker. */
    static Admonition marker(BasedSequence line) {
        String text = line.toString().strip();
        boolean collapsible = text.startsWith("???");
        if (!collapsible && !text.startsWith("!!!")) return null;
        boolean open = text.startsWith("???+");
        String rest = text.substring(open ? 4 : 3);
        if (rest.isEmpty() || !Character.isWhitespace(rest.charAt(0))) return null;
        rest = rest.strip();
        int quote = rest.indexOf('"');
        String type = (quote < 0 ? rest : rest.substring(0, quote)).strip();
        if (type.isEmpty() || !type.matches("[A-Za-z][\\w-]*(\\s+[\\w-]+)*")) return null;
        String title = null;
        if (quote >= 0) {
            int end = rest.lastIndexOf('"');
            if (end == quote || end != rest.length() - 1) return null;
            title = rest.substring(quote + 1, end);
        }
        return new Admonition(line, type.split("\\s+")[0].toLowerCase(Locale.ROOT), title, collapsible, open);
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
            if (state.getIndent() >= CONTENT_INDENT) return BlockStart.none();
            BasedSequence line = state.getLine();
            int at = state.getNextNonSpaceIndex();
            char c = at < line.length() ? line.charAt(at) : '\0';
            if (c != '!' && c != '?') return BlockStart.none();
            Admonition admonition = marker(line.subSequence(at, line.length()).trimEOL());
            if (admonition == null) return BlockStart.none();
            return BlockStart.of(new AdmonitionParser(admonition)).atIndex(state.getLineEndIndex());
        }
    }
}
