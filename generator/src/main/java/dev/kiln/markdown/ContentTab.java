package dev.kiln.markdown;

import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * One of MkDocs Material's content tabs: {@code === "Title"} and its indented body. Tabs that
 * follow one another form one set; {@code ===+} marks the tab shown first and {@code ===!} starts
 * a new set right after another.
 */
public final class ContentTab extends Block {
    private final String title;
    private final boolean selected;
    private final boolean newSet;

    ContentTab(BasedSequence chars, String title, boolean selected, boolean newSet) {
        super(chars);
        this.title = title;
        this.selected = selected;
        this.newSet = newSet;
    }

    public String title() {
        return title;
    }

    public boolean selected() {
        return selected;
    }

    /** The first tab of its set: the block before it is not a tab, or it says {@code ===!}. */
    boolean startsSet() {
        return newSet || !(getPrevious() instanceof ContentTab);
    }

    /** The last tab of its set. */
    boolean endsSet() {
        Node next = getNext();
        return !(next instanceof ContentTab tab) || tab.newSet;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }

    /** Reads {@code === "Title"}, {@code ===+ "Title"} or {@code ===! "Title"}; null if the line is not a tab marker. */
    static ContentTab marker(BasedSequence line) {
        String text = line.toString().strip();
        if (!text.startsWith("===")) return null;
        String rest = text.substring(3);
        boolean selected = rest.startsWith("+");
        boolean newSet = rest.startsWith("!");
        if (selected || newSet) rest = rest.substring(1);
        if (rest.isEmpty() || !Character.isWhitespace(rest.charAt(0))) return null;
        rest = rest.strip();
        if (rest.length() < 2 || rest.charAt(0) != '"' || rest.charAt(rest.length() - 1) != '"') return null;
        // as in any Markdown text, `\"` and `&amp;` in a title are a quote and an ampersand
        String title = com.vladsch.flexmark.util.sequence.Escaping.unescapeString(rest.substring(1, rest.length() - 1)).strip();
        return title.isEmpty() ? null : new ContentTab(line, title, selected, newSet);
    }

    static final class Factory implements CustomBlockParserFactory, NoDependencies {
        @Override
        public BlockParserFactory apply(DataHolder options) {
            return IndentedContainerParser.starts(options, "=", ContentTab::marker);
        }
    }
}
