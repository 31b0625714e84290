package dev.kiln.diagram.flowchart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.diagram.DiagramSamples;
import dev.kiln.diagram.flowchart.Flowchart.Direction;
import dev.kiln.diagram.flowchart.Flowchart.Edge;
import dev.kiln.diagram.flowchart.Flowchart.Head;
import dev.kiln.diagram.flowchart.Flowchart.Shape;
import dev.kiln.diagram.flowchart.Flowchart.Stroke;
import dev.kiln.diagram.syntax.DiagramSyntaxException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FlowchartParserTest {

    private static Flowchart parse(String source) {
        try {
            return FlowchartParser.parse(source);
        } catch (DiagramSyntaxException e) {
            throw new AssertionError(e.line() + ":" + e.column() + ": " + e.getMessage(), e);
        }
    }

    private static Edge onlyEdge(String statement) {
        Flowchart chart = parse("graph TD\n" + statement);
        assertEquals(1, chart.edges().size(), statement);
        return chart.edges().get(0);
    }

    private static DiagramSyntaxException error(String source) {
        return assertThrows(DiagramSyntaxException.class, () -> FlowchartParser.parse(source));
    }

    @ParameterizedTest
    @CsvSource({"graph TD, TB", "graph TB, TB", "flowchart BT, BT", "flowchart LR, LR", "graph RL, RL", "graph, TB"})
    void directions(String header, Direction expected) {
        assertEquals(expected, parse(header + "\nA-->B").direction());
    }

    @Test
    void unknownDirectionIsNamed() {
        DiagramSyntaxException e = error("graph XY\nA-->B");
        assertEquals(1, e.line());
        assertEquals(7, e.column());
        assertTrue(e.getMessage().contains("unknown direction `XY`"), e.getMessage());
    }

    @Test
    void commentsSemicolonsAndPreambleAreSkipped() {
        Flowchart chart = parse("---\ntitle: x\n---\n%% a comment\ngraph LR;A-->B;%% trailing\n  B-->C; C-->A\n");
        assertEquals(List.of("A", "B", "C"), chart.nodes().stream().map(Flowchart.Node::id).toList());
        assertEquals(3, chart.edges().size());
    }

    @Test
    void recognisesFlowchartsOnly() {
        assertTrue(FlowchartParser.isFlowchart("%% hi\n\ngraph TD\nA-->B"));
        assertTrue(FlowchartParser.isFlowchart("flowchart LR\nA"));
        assertFalse(FlowchartParser.isFlowchart("sequenceDiagram\nA->>B: hi"));
        assertFalse(FlowchartParser.isFlowchart("classDiagram\n"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "A[text]|RECT", "A(text)|ROUND", "A([text])|STADIUM", "A[[text]]|SUBROUTINE", "A[(text)]|CYLINDER",
            "A((text))|CIRCLE", "A(((text)))|DOUBLE_CIRCLE", "A{text}|DIAMOND", "A{{text}}|HEXAGON", "A>text]|ASYMMETRIC",
            "A[/text/]|PARALLELOGRAM", "A[\\text\\]|PARALLELOGRAM_ALT", "A[/text\\]|TRAPEZOID", "A[\\text/]|TRAPEZOID_ALT"})
    void nodeShapes(String node, Shape shape) {
        Flowchart.Node a = parse("graph TD\n" + node).node("A");
        assertEquals(shape, a.shape());
        assertEquals("text", a.label());
    }

    @Test
    void labelsQuotedBrokenAndDefaulted() {
        Flowchart chart = parse("graph TD\nA[\"a (b) [c]\"] --> B[one<br>two<br/>three]\nC --> D[\"#quot;hi#quot; #35;1\"]\nE[<b>bold</b>]");
        assertEquals("a (b) [c]", chart.node("A").label());
        assertEquals("one\ntwo\nthree", chart.node("B").label());
        assertEquals("C", chart.node("C").label());
        assertEquals("\"hi\" #1", chart.node("D").label());
        assertEquals("bold", chart.node("E").label());
    }

    @Test
    void chineseIdsAndLabels() {
        Flowchart chart = parse("graph TD\n    A[AI大模型] --> B[定义]\n    开始 --> 结束");
        assertEquals("AI大模型", chart.node("A").label());
        assertEquals("开始", chart.node("开始").label());
        assertEquals(2, chart.edges().size());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "A-->B|SOLID|NONE|ARROW|1", "A --- B|SOLID|NONE|NONE|1", "A-.->B|DOTTED|NONE|ARROW|1", "A-.-B|DOTTED|NONE|NONE|1",
            "A==>B|THICK|NONE|ARROW|1", "A===B|THICK|NONE|NONE|1", "A~~~B|INVISIBLE|NONE|NONE|1",
"A --o B|SOLID|NONE|CIRCLE|1", "A --x B|SOLID|NONE|CROSS|1", "A <--> B|SOLID|ARROW|ARROW|1",
            "A o--o B|SOLID|CIRCLE|CIRCLE|1", "A x--x B|SOLID|CROSS|CROSS|1", "A <-.-> B|DOTTED|ARROW|ARROW|1", "A <==> B|THICK|ARROW|ARROW|1",
            "A ---> B|SOLID|NONE|ARROW|2", "A ----> B|SOLID|NONE|ARROW|3", "A ---- B|SOLID|NONE|NONE|2",
            "A -..-> B|DOTTED|NONE|ARROW|2", "A ===> B|THICK|NONE|ARROW|2", "A ~~~~ B|INVISIBLE|NONE|NONE|2"})
    void linkForms(String statement, Stroke stroke, Head start, Head end, int length) {
        Edge e = onlyEdge(statement);
        assertEquals("A", e.from());
        assertEquals("B", e.to());
        assertEquals(stroke, e.stroke());
        assertEquals(start, e.start());
        assertEquals(end, e.end());
        assertEquals(length, e.length());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '¦', value = {
            "A -->|yes| B¦yes¦SOLID", "A -- yes --> B¦yes¦SOLID", "A -- two words --- B¦two words¦SOLID",
            "A -. maybe .-> B¦maybe¦DOTTED", "A == sure ==> B¦sure¦THICK", "A -->|\"a | b\"| B¦a | b¦SOLID",
            "A---|line|B¦line¦SOLID", "A -- 是 --> B¦是¦SOLID"})
    void linkLabels(String statement, String label, Stroke stroke) {
        Edge e = onlyEdge(statement);
        assertEquals(label, e.label());
        assertEquals(stroke, e.stroke());
        assertEquals("B", e.to());
    }

    @Test
    void chainsAndFanOut() {
        Flowchart chart = parse("graph TD\nA-->B-->C\nD & E --> F & G");
        List<String> pairs = chart.edges().stream().map(e -> e.from() + e.to()).toList();
        assertEquals(List.of("AB", "BC", "DF", "DG", "EF", "EG"), pairs);
    }

    @Test
    void modelOrderIsFirstAppearance() {
        Flowchart chart = parse("graph TD\nA-->B\nA-->E\nE-->C");
        assertEquals(List.of("A", "B", "E", "C"), chart.nodes().stream().map(Flowchart.Node::id).toList());
    }

    @Test
    void subgraphsNestedWithTitlesAndEdgesToThem() {
        Flowchart chart = parse("""
                flowchart TB
                    c1-->a2
                    subgraph one [第一组]
                      a1-->a2
                      subgraph inner
                        x --> y
                      end
                    end
                    subgraph "Free title"
                      b1
                    end
                    c1 --> one
                    one --> inner
                """);
        assertEquals(3, chart.subgraphs().size());
        Flowchart.Subgraph one = chart.subgraph("one");
        assertEquals("第一组", one.title());
        assertNull(one.parent());
        assertEquals(List.of("a2", "a1"), one.members());
        Flowchart.Subgraph inner = chart.subgraph("inner");
        assertEquals("one", inner.parent());
        assertEquals(List.of("x", "y"), inner.members());
        assertEquals("Free title", chart.subgraphs().get(2).title());
        assertEquals(List.of("b1"), chart.subgraphs().get(2).members());
        assertNull(chart.node("one"), "a bare subgraph id in a link is the subgraph, not a new node");
        assertTrue(chart.edges().stream().anyMatch(e -> e.from().equals("c1") && e.to().equals("one")));
        assertTrue(chart.edges().stream().anyMatch(e -> e.from().equals("one") && e.to().equals("inner")));
    }

    @Test
    void classDefClassAndInlineClass() {
        Flowchart chart = parse("""
                graph TD
                A:::hot --> B
                classDef hot fill:#f96,stroke:#333,stroke-width:4px
                classDef default fill:#eee
                classDef cold,icy fill:#9cf
                class B,C cold
                """);
        assertEquals(List.of("hot"), chart.node("A").classes());
        assertEquals(List.of("cold"), chart.node("B").classes());
        assertEquals(Map.of("fill", "#f96", "stroke", "#333", "stroke-width", "4px"), chart.styleOf(chart.node("A")));
        assertEquals("#9cf", chart.styleOf(chart.node("C")).get("fill"));
        assertEquals("#9cf", chart.classDefs().get("icy").get("fill"));
    }

    @Test
    void styleAndLinkStyle() {
        Flowchart chart = parse("""
                graph LR
                A --> B --> C
                style A fill:rgb(1\\,2\\,3),color:#fff
                linkStyle 1 stroke:#ff3,stroke-width:4px
                linkStyle default stroke:gray
                """);
        assertEquals("rgb(1,2,3)", chart.styleOf(chart.node("A")).get("fill"));
        assertEquals("#fff", chart.styleOf(chart.node("A")).get("color"));
        assertEquals("gray", chart.edges().get(0).style().get("stroke"));
        assertEquals("#ff3", chart.edges().get(1).style().get("stroke"));
        assertEquals("4px", chart.edges().get(1).style().get("stroke-width"));
    }

    @Test
    void accessibleTitleAndDescription() {
        Flowchart chart = parse("graph TD\naccTitle: 训练流程\naccDescr {\n  从数据\n  到模型\n}\nA-->B");
        assertEquals("训练流程", chart.title());
        assertEquals("从数据 到模型", chart.summary());
    }

    @Test
    void errorsNameLineColumnAndWhatWasExpected() {
        DiagramSyntaxException e = error("graph TD\n  A[unclosed --> B");
        assertEquals(2, e.line());
        assertEquals(4, e.column());
        assertTrue(e.getMessage().contains("expected `]`"), e.getMessage());

        e = error("graph TD\nA --> B\nB -> C");
        assertEquals(3, e.line());
        assertEquals(3, e.column());
        assertTrue(e.getMessage().contains("a single `-` is not a link"), e.getMessage());

        e = error("graph TD\nA -- label B");
        assertTrue(e.getMessage().contains("link label is not closed"), e.getMessage());

        e = error("graph TD\nsubgraph one\nA\n");
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("never closed"), e.getMessage());

        e = error("graph TD\nA\nend");
        assertEquals(3, e.line());

        e = error("graph TD\nA-->B\nlinkStyle 3 stroke:red");
        assertTrue(e.getMessage().contains("the diagram has 1 links"), e.getMessage());

        e = error("graph TD\nstyle A fill:url(http://x)");
        assertEquals(2, e.line());
        assertEquals(9, e.column());

        e = error("graph TD\nA --> ");
        assertTrue(e.getMessage().contains("no node after it"), e.getMessage());

        e = error("pie\n\"a\": 1");
        assertTrue(e.getMessage().contains("starts with `graph` or `flowchart`"), e.getMessage());

        e = error("graph TD\nA --> B C");
        assertEquals(2, e.line());
        assertEquals(9, e.column());
        assertTrue(e.getMessage().contains("expected a link"), e.getMessage());
    }

    @Test
    void theArticlesDiagram() {
        Flowchart chart = parse(DiagramSamples.article());
        assertEquals(16, chart.nodes().size());
        assertEquals(15, chart.edges().size());
        assertEquals("强化学习", chart.node("P").label());
    }
}
