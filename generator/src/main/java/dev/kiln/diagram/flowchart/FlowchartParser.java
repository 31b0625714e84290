package dev.kiln.diagram.flowchart;

import dev.kiln.diagram.flowchart.EdgeSyntax.Link;
import dev.kiln.diagram.flowchart.Flowchart.Direction;
import dev.kiln.diagram.flowchart.Flowchart.Edge;
import dev.kiln.diagram.flowchart.Flowchart.Node;
import dev.kiln.diagram.flowchart.Flowchart.Shape;
import dev.kiln.diagram.flowchart.Flowchart.Subgraph;
import dev.kiln.diagram.syntax.Cursor;
import dev.kiln.diagram.syntax.DiagramSyntaxException;
import dev.kiln.diagram.syntax.MermaidText;
import dev.kiln.diagram.syntax.Preamble;
import dev.kiln.problem.Limits;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Mermaid's flowchart language ({@code graph} and {@code flowchart}) to a {@link Flowchart}:
 * directions, node shapes, chains and {@code &} fan-out, every link form, subgraphs, and the
 * styling statements. The first error stops the parse and names its line and column.
 */
public final class FlowchartParser {
    private static final Set<String> KEYWORDS = Set.of("graph", "flowchart", "flowchart-elk");

    private final Cursor c;
    private final Map<String, NodeDraft> nodes = new LinkedHashMap<>();
    private final List<EdgeDraft> edges = new ArrayList<>();
    private final List<SubgraphDraft> subgraphs = new ArrayList<>();
    private final Deque<SubgraphDraft> open = new ArrayDeque<>();
    private final Map<String, Map<String, String>> classDefs = new LinkedHashMap<>();
    private final List<LinkStyle> linkStyles = new ArrayList<>();
    private String title = "";
    private String summary = "";

    private static final class NodeDraft {
        final String id;
        String label;
        Shape shape = Shape.RECT;
        boolean shaped;
        final List<String> classes = new ArrayList<>();
        final Map<String, String> style = new LinkedHashMap<>();
        SubgraphDraft subgraph;

        NodeDraft(String id) {
            this.id = id;
            this.label = id;
        }
    }

    private record EdgeDraft(String from, String to, Link link, Map<String, String> style) {}

    private record LinkStyle(List<Integer> indices, Map<String, String> style, int at) {}

    private static final class SubgraphDraft {
        final String id;
        final String title;
        final SubgraphDraft parent;
        final int openedAt;

        SubgraphDraft(String id, String title, SubgraphDraft parent, int openedAt) {
            this.id = id;
            this.title = title;
            this.parent = parent;
            this.openedAt = openedAt;
        }
    }

    private FlowchartParser(String source) {
        this.c = new Cursor(source.replace("\r\n", "\n"));
    }

    public static Flowchart parse(String source) throws DiagramSyntaxException {
        return new FlowchartParser(source).flowchart();
    }

    /** Whether a Mermaid source is a flowchart (after any front matter, {@code %%} lines and blanks). */
    public static boolean isFlowchart(String source) {
        return KEYWORDS.contains(Preamble.keyword(source));
    }

    private Flowchart flowchart() throws DiagramSyntaxException {
        Preamble.skip(c);
        int at = c.mark();
        String keyword = Preamble.keyword(c);
        if (!KEYWORDS.contains(keyword)) {
            throw c.errorAt(at, "a flowchart starts with `graph` or `flowchart`, found " + (keyword.isEmpty() ? c.found() : "`" + keyword + "`"));
        }
        Direction direction = Direction.TB;
        c.skipSpaces();
        if (!c.atStatementEnd()) {
            int dirAt = c.mark();
            String word = c.word();
            direction = direction(word, dirAt);
            endStatement();
        }
        while (true) {
            c.skipToStatement();
            if (c.atEnd()) break;
            statement();
        }
        if (!open.isEmpty()) {
            SubgraphDraft unclosed = open.peek();
            throw c.errorAt(unclosed.openedAt, "subgraph `" + unclosed.id + "` is never closed: add a line `end` after its contents");
        }
        return build(direction);
    }

    private Direction direction(String word, int at) throws DiagramSyntaxException {
        return switch (word) {
            case "TD", "TB" -> Direction.TB;
            case "BT" -> Direction.BT;
            case "LR" -> Direction.LR;
            case "RL" -> Direction.RL;
            default -> throw c.errorAt(at, "unknown direction `" + word + "`: use TD, TB, BT, LR or RL");
        };
    }

    private void statement() throws DiagramSyntaxException {
        int at = c.mark();
        String word = c.word();
        boolean keywordEnds = c.peek() == ' ' || c.peek() == '\t' || c.atStatementEnd() || c.peek() == ':';
        if (keywordEnds) {
            switch (word) {
                case "subgraph" -> { subgraph(at); return; }
                case "end" -> { end(at); return; }
                case "direction" -> { c.skipSpaces(); int dirAt = c.mark(); direction(c.word(), dirAt); endStatement(); return; }
                case "classDef" -> { classDef(); return; }
                case "class" -> { classStatement(); return; }
                case "style" -> { style(); return; }
                case "linkStyle" -> { linkStyle(); return; }
                case "accTitle" -> { title = c.accessibleText(); return; }
                case "accDescr" -> { summary = c.accessibleText(); return; }
                case "click", "call", "href" -> throw c.errorAt(at, "`" + word
                        + "` (interaction) is not supported in diagrams drawn at build time; link from the text instead");
                default -> { }
            }
        }
        c.reset(at);
        chain();
    }

    /** {@code A --> B & C -->|x| D}: each group links to every node of the next. */
    private void chain() throws DiagramSyntaxException {
        List<String> group = nodeGroup();
        while (true) {
            c.skipSpaces();
            if (c.atStatementEnd()) return;
            int linkAt = c.mark();
            Link link = EdgeSyntax.read(c);
            if (link == null) {
                throw c.error("expected a link such as `-->`, `&` or the end of the statement, found " + c.found());
            }
            c.skipSpaces();
            if (c.atStatementEnd()) throw c.errorAt(linkAt, "this link has no node after it");
            List<String> next = nodeGroup();
            for (String from : group) {
                for (String to : next) edges.add(new EdgeDraft(from, to, link, new LinkedHashMap<>()));
            }
            if (edges.size() > Limits.DIAGRAM_EDGES) {
                throw c.errorAt(linkAt, "this flowchart has more than " + Limits.DIAGRAM_EDGES + " links (Kiln's limit: layout time grows "
                        + "fast with links); split it into several diagrams");
            }
            group = next;
        }
    }

    private List<String> nodeGroup() throws DiagramSyntaxException {
        List<String> group = new ArrayList<>();
        while (true) {
            c.skipSpaces();
            group.add(node());
            c.skipSpaces();
            if (c.peek() != '&') return group;
            c.next();
        }
    }

    private String node() throws DiagramSyntaxException {
        int at = c.mark();
        String id = c.word();
        if (id.isEmpty()) throw c.error("expected a node id, found " + c.found());
        NodeDraft node = nodes.computeIfAbsent(id, NodeDraft::new);
        if (nodes.size() > Limits.DIAGRAM_NODES) {
            throw c.errorAt(at, "this flowchart has more than " + Limits.DIAGRAM_NODES + " nodes (Kiln's limit); split it into several diagrams");
        }
        NodeProperties.Read props = NodeProperties.read(c, id);
        if (props != null) {
            if (props.shape() != null) node.shape = props.shape();
            if (props.label() != null) node.label = label(props.label());
            node.shaped = true;
        }
        ShapeSyntax.Labelled labelled = props == null ? ShapeSyntax.read(c, id) : null;
        if (labelled != null) {
            node.shape = labelled.shape();
            node.label = label(labelled.label(), labelled.quoted());
            node.shaped = true;
        }
        if (c.eat(":::")) {
            String name = c.word();
            if (name.isEmpty()) throw c.error("expected a class name after `:::`");
            node.classes.add(name);
        }
        if (node.subgraph == null && !open.isEmpty() && !isOpenSubgraph(id)) node.subgraph = open.peek();
        if (Cursor.isWordChar(c.peek())) throw c.errorAt(at, "unexpected text after node `" + id + "`");
        return id;
    }

    private boolean isOpenSubgraph(String id) {
        for (SubgraphDraft s : open) if (s.id.equals(id)) return true;
        return false;
    }

    /** {@code subgraph id}, {@code subgraph id [Title]}, {@code subgraph "Title"} or {@code subgraph Some title}. */
    private void subgraph(int at) throws DiagramSyntaxException {
        c.skipSpaces();
        String rest = c.restOfStatement();
        if (rest.isEmpty()) throw c.error("a subgraph needs a name: `subgraph id [title]`");
        String id;
        String name;
        int bracket = rest.indexOf('[');
        if (bracket > 0 && rest.endsWith("]")) {
            id = rest.substring(0, bracket).strip();
            name = EdgeSyntax.unquote(rest.substring(bracket + 1, rest.length() - 1));
        } else if (rest.chars().allMatch(ch -> Cursor.isWordChar((char) ch))) {
            id = rest;
            name = rest;
        } else {
            name = EdgeSyntax.unquote(rest);
            id = "subgraph-" + (subgraphs.size() + 1);
        }
        for (SubgraphDraft s : subgraphs) {
            if (s.id.equals(id)) throw c.errorAt(at, "subgraph `" + id + "` is defined twice");
        }
        SubgraphDraft draft = new SubgraphDraft(id, label(name), open.peek(), at);
        subgraphs.add(draft);
        open.push(draft);
    }

    private void end(int at) throws DiagramSyntaxException {
        if (open.isEmpty()) throw c.errorAt(at, "`end` without an open `subgraph`");
        open.pop();
        endStatement();
    }

    private void classDef() throws DiagramSyntaxException {
        c.skipSpaces();
        List<String> names = names("class name");
        c.skipSpaces();
        int at = c.mark();
        Map<String, String> style = StyleDeclarations.parse(c, at, c.restOfStatement());
        for (String name : names) classDefs.computeIfAbsent(name, k -> new LinkedHashMap<>()).putAll(style);
    }

    private void classStatement() throws DiagramSyntaxException {
        c.skipSpaces();
        List<String> ids = names("node id");
        c.skipSpaces();
        String name = c.word();
        if (name.isEmpty()) throw c.error("expected a class name: `class A,B className`");
        endStatement();
        for (String id : ids) nodes.computeIfAbsent(id, NodeDraft::new).classes.add(name);
    }

    private void style() throws DiagramSyntaxException {
        c.skipSpaces();
        String id = c.word();
        if (id.isEmpty()) throw c.error("expected a node id: `style A fill:#f9f`");
        c.skipSpaces();
        int at = c.mark();
        Map<String, String> style = StyleDeclarations.parse(c, at, c.restOfStatement());
        nodes.computeIfAbsent(id, NodeDraft::new).style.putAll(style);
    }

    /** {@code linkStyle 0,2 stroke:red} or {@code linkStyle default …}; links are counted from 0 in order of appearance. */
    private void linkStyle() throws DiagramSyntaxException {
        c.skipSpaces();
        int at = c.mark();
        List<Integer> indices = new ArrayList<>();
        if (c.word().equals("default")) {
            indices = null;
        } else {
            c.reset(at);
            for (String n : names("link number")) {
                if (!n.chars().allMatch(Character::isDigit)) throw c.errorAt(at, "`" + n + "` is not a link number: links are counted from 0");
                indices.add(Integer.parseInt(n));
            }
        }
        c.skipSpaces();
        int styleAt = c.mark();
        linkStyles.add(new LinkStyle(indices, StyleDeclarations.parse(c, styleAt, c.restOfStatement()), at));
    }

    private List<String> names(String what) throws DiagramSyntaxException {
        List<String> names = new ArrayList<>();
        while (true) {
            c.skipSpaces();
            String name = c.word();
            if (name.isEmpty()) throw c.error("expected a " + what + ", found " + c.found());
            names.add(name);
            c.skipSpaces();
            if (!c.eat(",")) return names;
        }
    }

    private void endStatement() throws DiagramSyntaxException {
        c.skipSpaces();
        if (!c.atStatementEnd()) throw c.error("expected the end of the statement, found " + c.found());
    }

    /**
     * A label as shown: {@code <br>} breaks lines, Mermaid's {@code #quot;}-style entities decoded,
     * other tags dropped; a Markdown string (between backticks) also gets its bold and italic.
     */
    static String label(String raw) {
        return label(raw, true);
    }

    /** @param quoted whether the label was written in quotes: an unquoted {@code [`x`]} keeps its backticks, as in Mermaid */
    static String label(String raw, boolean quoted) {
        boolean markdown = quoted && LabelMarkup.isMarkdown(raw);
        String plain = MermaidText.shown(markdown ? raw.substring(1, raw.length() - 1) : raw);
        return markdown ? LabelMarkup.fromMarkdown(plain) : plain;
    }

    private Flowchart build(Direction direction) throws DiagramSyntaxException {
        Map<String, SubgraphDraft> subgraphIds = new LinkedHashMap<>();
        for (SubgraphDraft s : subgraphs) subgraphIds.put(s.id, s);
        List<Node> nodeList = new ArrayList<>();
        for (NodeDraft n : nodes.values()) {
            // a bare id that names a subgraph is a link to the subgraph, not a node
            if (subgraphIds.containsKey(n.id) && !n.shaped) continue;
            nodeList.add(new Node(n.id, n.label, n.shape, List.copyOf(n.classes), ordered(n.style)));
        }
        List<Edge> edgeList = new ArrayList<>();
        for (EdgeDraft e : edges) {
            Link l = e.link();
            edgeList.add(new Edge(e.from(), e.to(), label(l.label()), l.stroke(), l.start(), l.end(), l.length(), e.style()));
        }
        for (LinkStyle ls : linkStyles) {
            if (ls.indices() == null) {
                for (Edge e : edgeList) mergeDefaultStyle(e, ls.style());
                continue;
            }
            for (int i : ls.indices()) {
                if (i >= edgeList.size()) {
                    throw c.errorAt(ls.at(), "linkStyle " + i + ": the diagram has " + edgeList.size()
                            + " links, numbered 0 to " + (edgeList.size() - 1));
                }
                edgeList.get(i).style().putAll(ls.style());
            }
        }
        edgeList.replaceAll(e -> new Edge(e.from(), e.to(), e.label(), e.stroke(), e.start(), e.end(), e.length(), ordered(e.style())));
        List<Subgraph> subgraphList = new ArrayList<>();
        for (SubgraphDraft s : subgraphs) {
            List<String> members = new ArrayList<>();
            for (NodeDraft n : nodes.values()) {
                if (n.subgraph == s && !(subgraphIds.containsKey(n.id) && !n.shaped)) members.add(n.id);
            }
            subgraphList.add(new Subgraph(s.id, s.title, s.parent == null ? null : s.parent.id, List.copyOf(members)));
        }
        Map<String, Map<String, String>> defs = new LinkedHashMap<>();
        classDefs.forEach((k, v) -> defs.put(k, ordered(v)));
        return new Flowchart(direction, List.copyOf(nodeList), List.copyOf(edgeList), List.copyOf(subgraphList),
                ordered(defs), title, summary);
    }

    /** Read-only and in the order written, so the same source always gives the same SVG bytes. */
    private static <V> Map<String, V> ordered(Map<String, V> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    private static void mergeDefaultStyle(Edge edge, Map<String, String> style) {
        style.forEach(edge.style()::putIfAbsent);
    }
}
