package dev.kiln.markdown;

import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.AbstractBlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockParser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.function.Function;

/**
 * A container whose body is every following line that is blank or indented four spaces past its
 * marker line, as MkDocs' admonitions ({@code !!!}) and content tabs ({@code ===}) are.
 */
final class IndentedContainerParser extends AbstractBlockParser {
    static final int CONTENT_INDENT = 4;

    private final Block block;

    private IndentedContainerParser(Block block) {
        this.block = block;
    }

    @Override
    public final Block getBlock() {
        return block;
    }

    @Override
    public final boolean isContainer() {
        return true;
    }

    @Override
    public final boolean canContain(ParserState state, BlockParser blockParser, Block block) {
        return true;
    }

    @Override
    public final BlockContinue tryContinue(ParserState state) {
        // A blank line stays inside: the body may have several paragraphs. The first line that is
        // neither blank nor indented ends the container.
        if (state.isBlank()) return BlockContinue.atIndex(state.getNextNonSpaceIndex());
        if (state.getIndent() >= CONTENT_INDENT) return BlockContinue.atColumn(state.getColumn() + CONTENT_INDENT);
        return BlockContinue.none();
    }

    @Override
    public final void closeBlock(ParserState state) {}

    /**
     * Starts a container on a line, indented less than four spaces, whose first character is one of
     * {@code firstChars} and that {@code marker} reads as a block (null: not a marker line).
     */
    static BlockParserFactory starts(DataHolder options, String firstChars, Function<BasedSequence, Block> marker) {
        return new AbstractBlockParserFactory(options) {
            @Override
            public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
                if (state.getIndent() >= CONTENT_INDENT) return BlockStart.none();
                BasedSequence line = state.getLine();
                int at = state.getNextNonSpaceIndex();
                if (at >= line.length() || firstChars.indexOf(line.charAt(at)) < 0) return BlockStart.none();
                Block block = marker.apply(line.subSequence(at, line.length()).trimEOL());
                if (block == null) return BlockStart.none();
                return BlockStart.of(new IndentedContainerParser(block)).atIndex(state.getLineEndIndex());
            }
        };
    }
}
