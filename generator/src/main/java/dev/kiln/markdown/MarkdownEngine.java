package dev.kiln.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.util.TextCollectingVisitor;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.definition.DefinitionExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import dev.kiln.config.RawHtml;
import java.util.ArrayList;
import java.util.List;

/**
 * The parse stage: CommonMark plus GFM tables, strikethrough, task lists and autolinks, footnotes,
 * definition lists, admonitions and formulas. One engine is shared by all threads; flexmark's
 * parser and renderer are immutable once built.
 */
public final class MarkdownEngine {
    private final Parser parser;
    private final HtmlRenderer renderer;

    private final RawHtml rawHtml;

    public MarkdownEngine() {
        this(RawHtml.ALLOW, dev.kiln.i18n.UiStrings.of("en", java.util.Map.of()));
    }

    /**
     * @param rawHtml what becomes of HTML written in the Markdown
     * @param ui      the site's UI strings: admonition titles the author leaves out
     */
    public MarkdownEngine(RawHtml rawHtml, dev.kiln.i18n.UiStrings ui) {
        this.rawHtml = rawHtml;
        MutableDataSet options = new MutableDataSet();
        options.set(HtmlRenderer.ESCAPE_HTML, rawHtml == RawHtml.ESCAPE);
        // Kiln's extension comes last: flexmark lets the last renderer registered for a node win.
        List<Extension> extensions = List.of(TablesExtension.create(), StrikethroughExtension.create(),
                TaskListExtension.create(), AutolinkExtension.create(), FootnoteExtension.create(),
                DefinitionExtension.create(), KilnMarkdownExtension.create(ui));
        options.set(Parser.EXTENSIONS, extensions);
        options.set(TablesExtension.COLUMN_SPANS, false);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        options.set(TablesExtension.CLASS_NAME, "table");
        options.set(HtmlRenderer.GENERATE_HEADER_ID, false);
        options.set(HtmlRenderer.RENDER_HEADER_ID, false);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        options.set(FootnoteExtension.FOOTNOTE_BACK_LINK_REF_CLASS, "footnote-backref");
        parser = Parser.builder(options).build();
        renderer = HtmlRenderer.builder(options).build();
    }

    public ParsedMarkdown parse(String body) {
        Document document = parser.parse(body);
        Captions.apply(document);
        RefsMarker.apply(document);
        List<HeadingRef> headings = new ArrayList<>();
        List<OutgoingLink> links = new ArrayList<>();
        List<Integer> unclosed = new ArrayList<>();
        List<NoteRef> notes = new ArrayList<>();
        HeadingIds ids = new HeadingIds();
        TextCollectingVisitor text = new TextCollectingVisitor();
        // URLs as flexmark will write them: unescaped (`javascript\\:` is `javascript:`), so each is checked as a browser sees it
        walk(document, node -> {
            if (node instanceof Heading h) {
                String title = text.collectAndGetText(h).strip();
                String id = ids.next(title);
                h.setAnchorRefId(id);
                headings.add(new HeadingRef(h.getLevel(), title, id));
            } else if (node instanceof Link l) {
                links.add(new OutgoingLink(l.getUrl().unescape(), l.getUrl().getStartOffset(), false));
            } else if (node instanceof AutoLink a && hasScheme(a.getUrl())) {
                // `<javascript:…>` is a CommonMark autolink: its scheme is checked like any link's
                links.add(new OutgoingLink(a.getUrl().unescape(), a.getUrl().getStartOffset(), false));
            } else if (node instanceof Image i) {
                links.add(new OutgoingLink(i.getUrl().unescape(), i.getUrl().getStartOffset(), true));
            } else if (node instanceof Reference r) {
                boolean image = referencedByImage(document, r);
                links.add(new OutgoingLink(r.getUrl().unescape(), r.getUrl().getStartOffset(), image));
            } else if (node instanceof Admonition a && a.editorNote()) {
                a.setId("editor-note-" + (notes.size() + 1));
                notes.add(new NoteRef(a.title() == null ? "" : a.title(), a.id()));
            } else if (node instanceof MathBlock m && !m.closed()) {
                unclosed.add(m.getStartOffset());
            }
        });
        return new ParsedMarkdown(document, List.copyOf(headings), List.copyOf(links), List.copyOf(unclosed), List.copyOf(notes));
    }

    public String render(ParsedMarkdown parsed, RenderScope scope) {
        if (rawHtml == RawHtml.SANITIZE) return scope.apply(() -> HtmlSanitizer.clean(renderer.render(parsed.document())));
        return scope.apply(() -> renderer.render(parsed.document()));
    }

    private static boolean referencedByImage(Document document, Reference reference) {
        boolean[] image = {false};
        walk(document, n -> {
            if (n instanceof ImageRef ref && ref.getReference().toString().equalsIgnoreCase(reference.getReference().toString())) {
                image[0] = true;
            }
        });
        return image[0];
    }

    private static boolean hasScheme(CharSequence url) {
        return SCHEME.matcher(url).lookingAt();
    }

    private static final java.util.regex.Pattern SCHEME = java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:");

    /** Visits every node below {@code root} in document order; a loop, not recursion, so depth costs no stack. */
    private static void walk(Node root, java.util.function.Consumer<Node> visit) {
        Node node = root.getFirstChild();
        while (node != null) {
            visit.accept(node);
            if (node.getFirstChild() != null) {
                node = node.getFirstChild();
                continue;
            }
            while (node != root && node.getNext() == null) node = node.getParent();
            node = node == root ? null : node.getNext();
        }
    }
}
