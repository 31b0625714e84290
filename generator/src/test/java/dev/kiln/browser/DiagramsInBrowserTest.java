package dev.kiln.browser;

import static dev.kiln.TestSites.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.TestSites;
import dev.kiln.diagram.DiagramSamples;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Diagrams as a reader sees them in Chromium: build-time flowcharts in both themes and on a phone, and the mermaid.js fallback. */
class DiagramsInBrowserTest {
    static final String SHAPES = """
            flowchart TD
                a[rect] --> b(round) --> c([stadium]) --> d[[subroutine]]
                a --> e[(cylinder)] --> f((circle)) --> g(((double circle)))
                a --> h{是否继续} --> i{{hexagon}} --> j>asymmetric]
                h -->|yes| k[/parallelogram/] --> l[\\alt\\]
                h -- no --> m[/trapezoid\\] --> n[\\trapezoid alt/]
                subgraph 分组 [一个分组 with a title]
                  x[一个相当长的中文标签，需要自动换行才能放得下] --> y["Mixed 中英 label<br>on two lines"]
                end
                n ==> x
            """;

    @TempDir
    static Path tmp;
    static Path article;
    static Path demo;
    static ChromeDriver driver;

    @BeforeAll
    static void buildAndStart() {
        Browser.requireOrSkip();
        article = tmp.resolve("article");
        TestSites.buildArticle(article, null);
        Path site = TestSites.create(tmp.resolve("demo-src"));
        write(site, "content/index.md", "---\ntitle: 图\n---\n\n```mermaid\n" + SHAPES + "```\n");
        write(site, "content/two.md", "---\ntitle: Two\n---\n\n```mermaid\n" + SHAPES + "```\n\nAnd a small one:\n\n```mermaid\n"
                + DiagramSamples.LOOP + "```\n");
        write(site, "content/loop.md", "---\ntitle: Loop\n---\n\n```mermaid\n" + DiagramSamples.LOOP + "```\n");
        // `create` is valid Mermaid that Kiln leaves to mermaid.js
        write(site, "content/seq.md", "---\ntitle: 时序图\n---\n\n```mermaid\nsequenceDiagram\n  Alice->>Bob: Hello Bob\n"
                + "  create participant Carol\n  Bob->>Carol: Hi Carol\n  Bob-->>Alice: Hi Alice\n```\n");
        TestSites.build(site);
        demo = site.resolve("out");
        driver = Browser.start();
    }

    @AfterAll
    static void stop() {
        if (driver != null) driver.quit();
    }

    @BeforeEach
    void freshState() {
        Browser.reset(driver, article);
    }

    static Object js(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    static WebElement figure(Path site, String page) {
        driver.get(site.resolve(page).toUri().toString());
        WebElement figure = driver.findElement(By.cssSelector("figure.diagram-flowchart"));
        js("arguments[0].scrollIntoView({block: 'center'})", figure);
        return figure;
    }

    @Test
    void theArticlesFlowchartFollowsTheThemeWithoutRedrawing() {
        WebElement figure = figure(article, "02-core-concepts.html");
        Browser.screenshot(figure, "flowchart-light");
        String lightFill = (String) js("return getComputedStyle(document.querySelector('.fc-node rect')).fill");
        String lightText = (String) js("return getComputedStyle(document.querySelector('.fc-node text')).fill");
        js("document.querySelector('svg.flowchart').kilnMark = 'same element'");
        driver.findElement(By.cssSelector(".theme-toggle")).click();
        assertEquals("same element", js("return document.querySelector('svg.flowchart').kilnMark"), "restyled, not redrawn");
        String darkFill = (String) js("return getComputedStyle(document.querySelector('.fc-node rect')).fill");
        String darkText = (String) js("return getComputedStyle(document.querySelector('.fc-node text')).fill");
        assertNotEquals(lightFill, darkFill);
        assertNotEquals(lightText, darkText);
        assertTrue(luminance(darkText) > luminance(darkFill) + 0.4, "light text on dark boxes: " + darkText + " on " + darkFill);
        assertTrue(luminance(lightText) + 0.4 < luminance(lightFill), "dark text on light boxes: " + lightText + " on " + lightFill);
        Browser.screenshot(figure, "flowchart-dark");
    }

    /** The per-character width estimate, checked against the fonts Chromium really uses. */
    @Test
    void everyLabelFitsInsideItsShape() {
        for (Path site : List.of(article, demo)) {
            String page = site == article ? "02-core-concepts.html" : "index.html";
            figure(site, page);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> boxes = (List<Map<String, Object>>) js("""
                    return Array.from(document.querySelectorAll('.fc-node')).map(function (g) {
                      var shape = g.firstElementChild.getBBox(), text = g.querySelector('text').getBBox();
                      return {label: g.querySelector('text').textContent, left: text.x - shape.x, right: shape.x + shape.width - text.x - text.width,
                              top: text.y - shape.y, bottom: shape.y + shape.height - text.y - text.height};
                    });""");
            assertTrue(boxes.size() >= 16, site + ": " + boxes.size());
            for (Map<String, Object> box : boxes) {
                for (String side : List.of("left", "right", "top", "bottom")) {
                    double room = ((Number) box.get(side)).doubleValue();
                    assertTrue(room >= 2, box.get("label") + " leaves " + room + " px on the " + side + " in " + page);
                }
            }
        }
        Browser.screenshot(figure(demo, "index.html"), "flowchart-shapes");
    }

    @Test
    void onAPhoneTheDiagramScrollsAndThePageDoesNot() {
        Browser.emulatePhone(driver);
        WebElement figure = figure(article, "02-core-concepts.html");
        assertEquals(Boolean.TRUE, js("return document.scrollingElement.scrollWidth <= window.innerWidth"), "no sideways page scroll");
        assertEquals(Boolean.TRUE, js("return arguments[0].scrollWidth > arguments[0].clientWidth", figure), "the wide diagram scrolls in its box");
        assertEquals("0", figure.getAttribute("tabindex"), "a scrolling diagram is reachable by keyboard");
        Browser.screenshot(driver, "flowchart-phone");
        js("arguments[0].scrollLeft = arguments[0].scrollWidth", figure);
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(5))
                .until(d -> "start".equals(figure.getAttribute("data-overflow")));
    }

    /**
     * At every width from a phone to a wide desktop, each flowchart either fits its column or
     * scrolls with the fade that says so (overlay scrollbars show nothing), and all of a page's
     * flowcharts show their labels at one size, never below 12 px. Diagrams used to shrink to fit
     * down to 75 %, so a wide one beside a narrow one showed smaller text.
     */
    @Test
    void everyFlowchartFitsOrVisiblyScrollsAndAPageShowsOneTextSize() {
        try {
            for (int width : new int[] {360, 600, 768, 1024, 1280, 1440, 1920}) {
                driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, 900));
                for (Path page : List.of(article.resolve("02-core-concepts.html"), demo.resolve("two.html"))) {
                    figure(page.getParent(), page.getFileName().toString());
                    Browser.waitUntilSettled(driver, "light");
                    @SuppressWarnings("unchecked")
                    List<Map<String, Object>> figures = (List<Map<String, Object>>) js("""
                            return Array.from(document.querySelectorAll('figure.diagram-flowchart')).map(box => {
                              var svg = box.querySelector('svg.flowchart'), label = svg.querySelector('.fc-label');
                              var scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
                              return {text: parseFloat(getComputedStyle(label).fontSize) * scale,
                                      hidden: box.scrollWidth - box.clientWidth, cue: box.getAttribute('data-overflow') || ''};
                            });""");
                    double first = ((Number) figures.get(0).get("text")).doubleValue();
                    for (Map<String, Object> m : figures) {
                        double text = ((Number) m.get("text")).doubleValue();
                        long hidden = ((Number) m.get("hidden")).longValue();
                        assertTrue(text >= 12 - 0.01, "at " + width + " px the labels are " + text + " px on " + page);
                        assertEquals(first, text, 0.01, "at " + width + " px one text size for every diagram on " + page);
                        assertTrue(hidden <= 1 || m.get("cue").equals("end"), "at " + width + " px " + hidden + " px are hidden with no cue on " + page);
                    }
                    if (width == 1280 && page.startsWith(article)) Browser.screenshot(driver.findElement(By.cssSelector("figure.diagram-flowchart")), "flowchart-1280");
                }
            }
        } finally {
            Browser.emulateDesktop(driver);
        }
    }

    /** A page that shows Kiln's drawing next to mermaid.js's own drawing of the same source (mermaid.js only in this test). */
    @Test
    void sideBySideWithMermaidJs() throws IOException {
        figure(article, "02-core-concepts.html");
        String kiln = (String) js("return document.querySelector('figure.diagram-flowchart').outerHTML");
        compareWithMermaidJs(kiln, DiagramSamples.article(), article, "flowchart-vs-mermaidjs");
        @SuppressWarnings("unchecked")
        List<String> theirs = (List<String>) js("return Array.from(document.querySelectorAll('pre.mermaid .node')).map(n => n.textContent.trim())");
        @SuppressWarnings("unchecked")
        List<String> ours = (List<String>) js("return Array.from(document.querySelectorAll('.fc-node text')).map(n => n.textContent.trim())");
        assertEquals(ours.stream().sorted().toList(), theirs.stream().sorted().toList(), "the same nodes in both drawings");
        assertEquals(15L, js("return document.querySelectorAll('pre.mermaid .edgePaths path').length"));
    }

    /** The loop with a subgraph: both drawings read top-down from Start, the loop below the decision. */
    @Test
    void aLoopThroughASubgraphReadsTopDownAsInMermaidJs() throws IOException {
        figure(demo, "loop.html");
        String kiln = (String) js("return document.querySelector('figure.diagram-flowchart').outerHTML");
        compareWithMermaidJs(kiln, DiagramSamples.LOOP, demo, "flowchart-loop-vs-mermaidjs");
        // each node's vertical centre on screen, by its text, in either drawing
        String tops = "var out = {}; document.querySelectorAll(arguments[0]).forEach(n => { var r = n.getBoundingClientRect();"
                + " out[n.textContent.trim()] = r.top + r.height / 2; }); return out;";
        for (String nodes : List.of("figure .fc-node", "pre.mermaid .node")) {
            @SuppressWarnings("unchecked")
            Map<String, Number> y = (Map<String, Number>) js(tops, nodes);
            List<String> down = List.of("Start", "Read", "Valid?", "Fix", "Retry");
            for (int i = 0; i + 1 < down.size(); i++) {
                assertTrue(y.get(down.get(i)).doubleValue() < y.get(down.get(i + 1)).doubleValue(), nodes + ": " + down.get(i) + " above " + down.get(i + 1) + " " + y);
            }
            assertTrue(y.get("Valid?").doubleValue() < y.get("Done").doubleValue(), nodes + ": Valid? above Done " + y);
        }
    }

    private void compareWithMermaidJs(String kilnFigure, String source, Path site, String screenshot) throws IOException {
        MermaidSideBySide.open(driver, kilnFigure, source, site, tmp.resolve("compare-" + screenshot), screenshot);
    }

    @Test
    void otherDiagramsAreDrawnByMermaidJsAndRedrawnOnThemeChange() {
        driver.get(demo.resolve("seq.html").toUri().toString());
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.until(d -> js("return document.querySelector('pre.mermaid svg') !== null").equals(Boolean.TRUE));
        String text = (String) js("return document.querySelector('pre.mermaid svg').textContent");
        assertTrue(text.contains("Hello Bob") && text.contains("Hi Alice"), text);
        assertEquals("visible", js("return getComputedStyle(document.querySelector('pre.mermaid')).visibility"));
        js("document.querySelector('pre.mermaid svg').kilnMark = 'old'");
        driver.findElement(By.cssSelector(".theme-toggle")).click();
        wait.until(d -> js("var s = document.querySelector('pre.mermaid svg'); return s !== null && s.kilnMark === undefined").equals(Boolean.TRUE));
        Browser.screenshot(driver, "mermaid-fallback-dark");
    }

    /** Relative luminance of a CSS rgb() colour. */
    static double luminance(String rgb) {
        String[] parts = rgb.replaceAll("[^0-9,.]", "").split(",");
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Double.parseDouble(parts[i]) / 255;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }
}
