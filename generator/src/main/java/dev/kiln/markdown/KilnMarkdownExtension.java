package dev.kiln.markdown;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.LinkResolverFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.function.IntUnaryOperator;

/**
 * Kiln's own Markdown behaviour on top of flexmark: formulas kept verbatim, headings with stable
 * ids, code and diagram blocks marked with classes for the later renderers, MkDocs-style
 * admonitions as plain accessible HTML, and link rewriting for the output tree.
 */
final class KilnMarkdownExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
    /** Admonition types with a title of their own in the UI string tables ({@code admonitionNote}, …). */
    private static final Set<String> TITLED = Set.of("note", "tip", "warning", "danger", "info", "editor");

    private final dev.kiln.i18n.UiStrings ui;

    private KilnMarkdownExtension(dev.kiln.i18n.UiStrings ui) {
        this.ui = ui;
    }

    static KilnMarkdownExtension create(dev.kiln.i18n.UiStrings ui) {
        return new KilnMarkdownExtension(ui);
    }

    @Override
    public void parserOptions(MutableDataHolder options) {}

    @Override
    public void extend(Parser.Builder builder) {
        builder.customBlockParserFactory(new MathBlockParser.Factory());
        builder.customBlockParserFactory(new AdmonitionParser.Factory());
        builder.customBlockParserFactory(new ContentTab.Factory());
        builder.customInlineParserExtensionFactory(new MathInlineParser.Factory());
        builder.customInlineParserExtensionFactory(new CrossRefParser.Factory());
        builder.customInlineParserExtensionFactory(new CitationParser.Factory());
        builder.customInlineParserFactory(AngleBracketDestinations.FACTORY);
        builder.paragraphPreProcessorFactory(new com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory());
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {}

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> new Renderers(ui));
        builder.linkResolverFactory(new ScopeLinkResolverFactory());
        builder.attributeProviderFactory(new IndependentAttributeProviderFactory() {
            @Override
            public AttributeProvider apply(LinkResolverContext context) {
                // A table scrolls sideways on a phone, so it must be reachable by keyboard (WCAG 2.1.1).
                return (node, part, attributes) -> {
                    if (node instanceof TableBlock && part == AttributablePart.NODE) attributes.addValue("tabindex", "0");
                    // `align` is obsolete HTML; a class keeps the alignment without inline style
                    if (node instanceof TableCell && attributes.contains("align")) {
                        attributes.addValue("class", "align-" + attributes.getValue("align"));
                        attributes.remove("align");
                    }
                };
            }
        });
    }

    /** Writes markup whose line breaks and indentation must survive the writer's re-indenting. */
    static void preformatted(HtmlWriter html, String markup) {
        html.openPre();
        html.raw(markup);
        html.closePre();
    }

    static String escape(CharSequence text) {
        return Escaping.escapeHtml(text, false);
    }

    private static final class Renderers implements NodeRenderer {
        private final dev.kiln.i18n.UiStrings ui;

        Renderers(dev.kiln.i18n.UiStrings ui) {
            this.ui = ui;
        }

        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(
                    new NodeRenderingHandler<>(MathInline.class, Renderers::mathInline),
                    new NodeRenderingHandler<>(MathBlock.class, Renderers::mathBlock),
                    new NodeRenderingHandler<>(CrossRef.class, Renderers::crossRef),
                    new NodeRenderingHandler<>(StrayLabel.class, Renderers::strayLabel),
                    new NodeRenderingHandler<>(Captioned.class, Renderers::captioned),
                    new NodeRenderingHandler<>(CitationNode.class, (node, context, html) -> html.raw(RenderScope.current().embeds()
                            .citation(node.citation(), node.getChars().toString(), node.getStartOffset(), inLink(node)))),
                    new NodeRenderingHandler<>(RefsMarker.class, (node, context, html) ->
                            html.raw(RenderScope.current().embeds().references(node.getStartOffset()))),
                    new NodeRenderingHandler<>(Heading.class, Renderers::heading),
                    new NodeRenderingHandler<>(FencedCodeBlock.class, FencedCodeRenderer::render),
                    new NodeRenderingHandler<>(ContentTab.class, Renderers::tab),
                    new NodeRenderingHandler<>(Admonition.class, this::admonition),
                    new NodeRenderingHandler<>(TaskListItem.class, TaskItems::render));
        }

        private static void mathInline(MathInline node, NodeRendererContext context, HtmlWriter html) {
            String kind = node.display() ? "math math-display" : "math math-inline";
            int texStart = node.getStartOffset() + (node.getChars().length() - node.tex().length()) / 2;
            EmbedRenderer embeds = RenderScope.current().embeds();
            String tex = node.tex();
            Matcher label = EquationLabels.LABEL.matcher(tex);
            if (label.find()) {
                embeds.error(texStart + label.start(), "`\\label{" + label.group(1) + "}` in a formula inside a paragraph: only a display formula "
                        + "on lines of its own can be numbered and referred to", "put the formula between `$$` lines of its own");
                tex = EquationLabels.blank(tex, label); // reported once, not again as KaTeX's unknown command
            }
            String inner = embeds.formula(tex, node.display(), node.getChars().toString(), i -> texStart + i);
            html.raw("<span class=\"" + kind + "\">" + RenderScope.splice(inner) + "</span>");
        }

        private static void mathBlock(MathBlock node, NodeRendererContext context, HtmlWriter html) {
            RenderScope scope = RenderScope.current();
            EquationLabels.Found found = EquationLabels.of(node, scope.embeds());
            String source = "$$\n" + node.tex() + "\n$$";
            String inner = scope.embeds().formula(found.tex(), true, source, node::offsetOf);
            String number;
            if (found.tag() != null) number = scope.embeds().tagged(found.label(), found.offset(), found.tag()); // KaTeX draws the author's own
            else number = found.unnumbered() ? "" : scope.embeds().number(found.label(), found.offset(), "", found.always());
            html.line();
            if (number.isEmpty()) {
                preformatted(html, "<div class=\"math math-display\">" + RenderScope.splice(inner) + "</div>");
            } else {
                String id = found.label().isEmpty() ? "" : " id=\"" + escape(scope.ids().apply(found.label())) + "\"";
                preformatted(html, "<div class=\"math math-display math-numbered\"" + id + ">" + RenderScope.splice(inner)
                        + "<span class=\"eq-number\">" + number + "</span></div>");
            }
            html.line();
        }

        private static void crossRef(CrossRef node, NodeRendererContext context, HtmlWriter html) {
            html.raw(RenderScope.current().embeds().crossReference(node.label(), node.withWord(), node.getChars().toString(), node.getStartOffset(),
                    inLink(node)));
        }

        /** Whether a node stands in a link's text, where a second link may not go. */
        private static boolean inLink(Node node) {
            for (Node up = node.getParent(); up != null; up = up.getParent()) {
                if (up instanceof com.vladsch.flexmark.ast.Link || up instanceof com.vladsch.flexmark.ast.LinkRef) return true;
            }
            return false;
        }

        private static void strayLabel(StrayLabel node, NodeRendererContext context, HtmlWriter html) {
            String label = node.getChars().toString();
            String[] where = node.label().startsWith("fig:")
                    ? new String[] {"follows no image", "a figure's label goes right after an image alone in its paragraph: `![caption](file.png)" + label + "`"}
                    : node.label().startsWith("tbl:")
                    ? new String[] {"is on no table's caption", "a table's label ends the caption line just after or before it: `Table: caption " + label + "`"}
                    : new String[] {"follows no display formula", "a label goes right after the closing `$$` of a formula on lines of its own: `$$ " + label + "`"};
            RenderScope.current().embeds().error(node.getStartOffset(), "the label `" + label + "` " + where[0], where[1]);
            html.text(label);
        }

        /** A numbered figure or table: the image or table, then its caption with the number first. */
        private static void captioned(Captioned node, NodeRendererContext context, HtmlWriter html) {
            RenderScope scope = RenderScope.current();
            Node content = node.getFirstChild();
            Node caption = node.kind() == Captioned.Kind.FIGURE ? content : content.getNext();
            String text = new com.vladsch.flexmark.ast.util.TextCollectingVisitor().collectAndGetText(caption).strip();
            String number = node.label().isEmpty() ? "" : scope.embeds().number(node.label(), node.labelOffset(), text, false);
            String id = node.label().isEmpty() ? "" : " id=\"" + escape(scope.ids().apply(node.label())) + "\"";
            html.line();
            html.raw("<figure class=\"" + (node.kind() == Captioned.Kind.FIGURE ? "figure" : "table-figure") + "\"" + id + ">");
            // a table's caption goes above it and a figure's below, as in print
            if (node.kind() == Captioned.Kind.TABLE) caption(number, caption, context, html);
            context.render(content);
            if (node.kind() == Captioned.Kind.FIGURE) caption(number, caption, context, html);
            html.raw("</figure>");
            html.line();
        }

        private static void caption(String number, Node caption, NodeRendererContext context, HtmlWriter html) {
            html.raw("<figcaption>");
            if (!number.isEmpty()) html.raw("<span class=\"caption-number\">" + number + "</span>"); // the space, if any, comes with the number
            context.renderChildren(caption);
            html.raw("</figcaption>");
        }

        private static void heading(Heading node, NodeRendererContext context, HtmlWriter html) {
            RenderScope scope = RenderScope.current();
            int level = Math.min(6, node.getLevel() + scope.headingShift());
            String id = escape(scope.ids().apply(node.getAnchorRefId()));
            html.line();
            html.raw("<h" + level + " id=\"" + id + "\">");
            context.renderChildren(node);
            html.raw("<a class=\"anchor\" href=\"#" + id + "\" aria-hidden=\"true\" tabindex=\"-1\">#</a></h" + level + ">");
            html.line();
        }

        /**
         * A set of content tabs is a group of titled panels: read one after the other without
         * JavaScript and on paper, made into a tab list by {@code kiln.js}.
         */
        private static void tab(ContentTab node, NodeRendererContext context, HtmlWriter html) {
            html.line();
            if (node.startsSet()) html.raw("<div class=\"tabbed-set\">").line();
            html.raw("<div class=\"tabbed-block\"" + (node.selected() ? " data-selected" : "") + ">");
            html.raw("<p class=\"tabbed-title\">" + escape(node.title()) + "</p>").line();
            context.renderChildren(node);
            html.line().raw("</div>");
            if (node.endsSet()) html.line().raw("</div>");
            html.line();
        }

        /** {@code !!! type "Title"} (always open) and {@code ??? / ???+} (collapsible, closed / open). */
        private void admonition(Admonition node, NodeRendererContext context, HtmlWriter html) {
            String title = node.title() != null ? node.title()
                    : TITLED.contains(node.type()) ? ui.get("admonition" + Character.toUpperCase(node.type().charAt(0)) + node.type().substring(1))
                    : node.type();
            String classes = "admonition admonition-" + escape(node.type());
            // an editor's note has an id, so the home page's list can link to it
            String id = node.id().isEmpty() ? "" : " id=\"" + escape(RenderScope.current().ids().apply(node.id())) + "\"";
            html.line();
            if (node.collapsible()) {
                html.raw("<details class=\"" + classes + "\"" + id + (node.open() ? " open" : "") + ">");
                html.raw("<summary class=\"admonition-title\">" + escape(title) + "</summary>");
            } else {
                html.raw("<div class=\"" + classes + "\"" + id + " role=\"note\">");
                if (!title.isEmpty()) html.raw("<p class=\"admonition-title\">" + escape(title) + "</p>");
            }
            html.line();
            context.renderChildren(node);
            html.line();
            html.raw(node.collapsible() ? "</details>" : "</div>");
            html.line();
        }
    }

    private static final class ScopeLinkResolverFactory implements LinkResolverFactory {
        @Override
        public LinkResolver apply(LinkResolverBasicContext context) {
            return ScopeLinkResolverFactory::resolve;
        }

        private static ResolvedLink resolve(Node node, LinkResolverBasicContext context, ResolvedLink link) {
            // A reference with no definition (`See [note] here`) asks as LINK_REF; left unknown, flexmark writes it as
            // text, as CommonMark says. Defined references arrive as LINK, with their definition's URL.
            if (link.getLinkType() == com.vladsch.flexmark.html.renderer.LinkType.LINK_REF) return link;
            return link.withUrl(UrlEscape.of(RenderScope.current().links().apply(link.getUrl()))).withStatus(LinkStatus.VALID);
        }

        // LinkResolverFactory redeclares Dependent's methods, so NoDependencies' defaults cannot serve here.
        @Override
        public Set<Class<?>> getAfterDependents() {
            return null;
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return null;
        }

        @Override
        public boolean affectsGlobalScope() {
            return false;
        }
    }
}
