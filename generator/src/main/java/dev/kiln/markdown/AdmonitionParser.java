package dev.kiln.markdown;

import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Locale;

/**
 * Parses admonitions as a container: the marker line, then every following line that is blank or
 * indented four spaces past the marker ({@link IndentedContainerParser}). Kiln's own parser rather than flexmark's extension, which
 * compiles regular expressions for every document it parses (a tenth of a large build's time).
 */
final class AdmonitionParser {
    private AdmonitionParser() {}

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
            return IndentedContainerParser.starts(options, "!?", AdmonitionParser::marker);
        }
    }
}
