package dev.kiln.pipeline;

import static dev.kiln.TestSites.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.TestSites;
import dev.kiln.problem.BuildFailedException;
import dev.kiln.problem.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mermaid blocks in real pages: flowcharts and sequence diagrams as inline SVG, other diagrams left to mermaid.js, errors at their position. */
class DiagramsTest {
    private static final String FLOW = "```mermaid\ngraph LR\n  A[开始] -->|是| B{判断}\n  B --> C((结束))\n```\n";
    private static final String SEQUENCE = "```mermaid\nsequenceDiagram\n  Alice->>+Bob: Hello\n  Bob-->>-Alice: Hi\n```\n";
    private static final String CLASSES = "```mermaid\nclassDiagram\n  Animal <|-- Duck\n```\n";

    @TempDir
    Path site;

    @BeforeEach
    void create() {
        TestSites.create(site);
        write(site, "content/index.md", "---\ntitle: 首页\n---\n\n" + FLOW + "\n再来一个：\n\n" + FLOW);
    }

    private Document page(String url) throws Exception {
        return Jsoup.parse(site.resolve("out").resolve(url).toFile(), "UTF-8");
    }

    @Test
    void flowchartsBecomeAccessibleInlineSvgWithNoScript() throws Exception {
        write(site, "site.yaml", "language: zh-CN\n"); // a Chinese site: its chrome and descriptions are Chinese
        write(site, "content/report.md", "---\ntitle: 全文\nlayout: report\n---\n");
        write(site, "content/a.md", "---\ntitle: A\n---\n\n" + FLOW);
        TestSites.build(site);
        Document doc = page("index.html");
        List<Element> svgs = doc.select("figure.diagram-flowchart > svg.flowchart");
        assertEquals(2, svgs.size());
        Element svg = svgs.get(0);
        assertEquals("img", svg.attr("role"));
        Element title = doc.getElementById(svg.attr("aria-labelledby"));
        Element desc = doc.getElementById(svg.attr("aria-describedby"));
        assertEquals("流程图", title.text());
        assertTrue(desc.text().contains("开始 → （是）判断；判断 → 结束"), desc.text());
        assertEquals(List.of("开始", "判断", "结束"), svg.select(".fc-node text").eachText());
        assertEquals(2, svg.select("path.fc-edge").size());
        assertEquals("是", svg.selectFirst(".fc-edge-label").text());
        assertTrue(doc.select("script[src*=mermaid]").isEmpty(), "a page whose diagrams are all flowcharts loads no mermaid.js");
        assertFalse(Files.exists(site.resolve("out/assets/mermaid")), "no page needs mermaid.js, so it is not published");
        for (String url : List.of("index.html", "report.html")) {
            Set<String> ids = new HashSet<>();
            for (Element withId : page(url).select("[id]")) assertTrue(ids.add(withId.id()), "duplicate id " + withId.id() + " in " + url);
        }
        assertEquals(3, page("report.html").select("svg.flowchart").size(), "the report shows every page's diagrams");
    }

    @Test
    void sequenceDiagramsAreDrawnAtBuildTimeTooAndLoadNoScript() throws Exception {
        write(site, "site.yaml", "language: en\n");
        write(site, "content/seq.md", "---\ntitle: Handshake\n---\n\n" + SEQUENCE + "\n" + FLOW);
        TestSites.build(site);
        Document seq = page("seq.html");
        Element svg = seq.selectFirst("figure.diagram-drawn.diagram-sequence > svg.sequence");
        assertNotNull(svg, seq.select("figure").outerHtml());
        assertEquals("Sequence diagram", seq.getElementById(svg.attr("aria-labelledby")).text());
        assertEquals("Sequence diagram, 2 participants, 2 messages. Alice to Bob: Hello; Bob to Alice: Hi.",
                seq.getElementById(svg.attr("aria-describedby")).text());
        assertEquals(List.of("Alice", "Bob", "Alice", "Bob"), svg.select(".sq-actor text").eachText(), "the participants at the top and the bottom");
        assertEquals(1, svg.select("rect.sq-activation").size(), "Bob's activation bar");
        assertNotNull(seq.selectFirst("svg.flowchart"));
        assertTrue(seq.select("script[src*=mermaid]").isEmpty(), "a page whose diagrams are all flowcharts or sequence diagrams loads no mermaid.js");
        assertFalse(Files.exists(site.resolve("out/assets/mermaid")));
    }

    @Test
    void otherDiagramTypesFallBackToMermaidJsOnTheirPageOnly() throws Exception {
        write(site, "content/classes.md", "---\ntitle: 类\n---\n\n" + CLASSES + "\n" + FLOW);
        TestSites.build(site);
        Document classes = page("classes.html");
        assertEquals("classDiagram\n  Animal <|-- Duck", classes.selectFirst("pre.mermaid").wholeText().strip());
        assertNotNull(classes.selectFirst("svg.flowchart"), "the flowchart on the same page is still drawn at build time");
        assertEquals(List.of("assets/kiln-theme.js", "assets/kiln.js", "assets/kiln-search.js", "assets/kiln-preview.js", "assets/mermaid/mermaid.min.js", "assets/kiln-mermaid.js"), classes.select("script[src]").eachAttr("src"));
        assertTrue(page("index.html").select("script[src*=mermaid]").isEmpty());
        assertTrue(Files.size(site.resolve("out/assets/mermaid/mermaid.min.js")) > 1_000_000);
    }

    /** A broken diagram fails the build at its line: a sequence diagram by Kiln's own parser, others by mermaid.js's, never in the reader's browser. */
    @Test
    void aBrokenDiagramFailsTheBuildAtItsLine() {
        write(site, "content/seq.md", "---\ntitle: 时序\n---\n\n```mermaid\n%% who talks\nsequenceDiagram\n  Alice->>Bob: Hello\n  %% then\n  Bob->>: no one\n```\n\n"
                + "```mermaid\nclassDiagram\n  class Model {\n    +train()\n  }\n```\n\n```mermaid\n%% shares\npie\n  \"a\" : 1\n  \"b\" : x\n```\n");
        List<Problem> problems = assertThrows(BuildFailedException.class, () -> TestSites.build(site)).problems();
        Path file = site.resolve("content/seq.md");
        assertEquals(2, problems.size(), "the class diagram is fine: " + problems);
        assertEquals(file + ":10:9", problems.get(0).location(), "the message with no receiver: Kiln's own parser, past the comments");
        assertTrue(problems.get(0).message().contains("sequence diagram: this message has no receiver"), problems.get(0).message());
        assertEquals(file + ":24:9", problems.get(1).location(), "the pie chart's `x`, where mermaid.js puts it, counted past its comment");
        assertTrue(problems.get(1).message().contains("mermaid.js cannot parse this"), problems.get(1).message());
        assertFalse(Files.exists(site.resolve("out")));
    }

    @Test
    void syntaxErrorsNameTheMarkdownLineAndColumnEachDiagramItsOwn() {
        write(site, "content/bad.md", "---\ntitle: 坏图\n---\n\n"
                + "```mermaid\ngraph TD\n  A --> B[未闭合\n```\n\n"
                + "!!! note \"注\"\n    ```mermaid\n    flowchart LR\n      X -> Y\n    ```\n");
        List<Problem> problems = assertThrows(BuildFailedException.class, () -> TestSites.build(site)).problems();
        Path file = site.resolve("content/bad.md");
        assertEquals(2, problems.size(), problems.toString());
        assertEquals(file + ":7:10", problems.get(0).location(), "the `[` that is never closed");
        assertTrue(problems.get(0).message().contains("expected `]`"), problems.get(0).message());
        assertEquals(file + ":13:9", problems.get(1).location(), "the lone `-`, inside an admonition");
        assertTrue(problems.get(1).message().contains("a single `-` is not a link"), problems.get(1).message());
        assertFalse(Files.exists(site.resolve("out")));
    }

    @Test
    void diagramsAreCachedAcrossBuilds() throws Exception {
        BuildOptions options = new BuildOptions(site.resolve("content"), site.resolve("templates"), site.resolve("site.yaml"),
                site.resolve("out"), null, false, false, site.resolve("cache"));
        new SiteBuilder().build(options);
        String first = TestSites.read(site.resolve("out/index.html"));
        try (var files = Files.walk(site.resolve("cache/diagram"))) {
            assertEquals(1, files.filter(Files::isRegularFile).count(), "the same diagram twice is laid out once");
        }
        new SiteBuilder().build(options);
        assertEquals(first, TestSites.read(site.resolve("out/index.html")), "a cached diagram gives the same page, byte for byte");
    }
}
