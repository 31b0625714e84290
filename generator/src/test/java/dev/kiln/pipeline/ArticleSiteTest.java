package dev.kiln.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.TestSites;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real article, built from the project's content/, templates/ and site.yaml, checked as a reader would meet it. */
class ArticleSiteTest {
    @TempDir
    static Path tmp;
    static Path out;

    static final List<String> SECTIONS = List.of("01-background", "02-core-concepts", "03-algorithms", "04-math-models",
            "05-practice", "06-applications", "07-tools", "08-summary", "09-faq", "10-references");

    @BeforeAll
    static void buildTheArticle() {
        out = tmp.resolve("site");
        TestSites.buildArticle(out, "https://kiln.example/article/");
    }

    static Document page(String url) {
        try {
            return Jsoup.parse(out.resolve(url).toFile(), "UTF-8");
        } catch (IOException e) {
            throw new RuntimeException(e);
        }
    }

    static String seed() throws IOException {
        try (InputStream in = ArticleSiteTest.class.getResourceAsStream("/seed/article.md")) {
            return new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void homeHasTitleAbstractKeywordsAndACardPerSection() {
        Document home = page("index.html");
        assertEquals("AI大模型创业投融资新趋势", home.selectFirst("h1").text());
        assertEquals("zh-CN", home.selectFirst("html").attr("lang"));
        assertTrue(home.selectFirst(".home-body").text().contains("关键词：AI大模型，投融资，创业，趋势，技术进步"));
        assertTrue(home.selectFirst(".home-body blockquote").text().startsWith("摘要：本文旨在探讨AI大模型创业领域的投融资新趋势"));
        assertEquals(10, home.select(".card").size());
        assertEquals(SECTIONS.stream().map(s -> s + ".html").toList(), home.select(".card-title a").eachAttr("href"));
    }

    @Test
    void everySectionPageHasNavigationTocBreadcrumbsAndPager() {
        for (int i = 0; i < SECTIONS.size(); i++) {
            Document doc = page(SECTIONS.get(i) + ".html");
            String name = SECTIONS.get(i);
            assertEquals(10, doc.select(".site-nav > .nav-list > .nav-item").size(), name);
            assertEquals(name + ".html", doc.selectFirst(".site-nav [aria-current=page]").attr("href"), name);
            assertEquals("AI大模型创业投融资新趋势", doc.selectFirst(".breadcrumbs a").text(), name);
            assertNotNull(doc.selectFirst(".pager-prev"), name);
            assertEquals(i + 1 < SECTIONS.size(), doc.selectFirst(".pager-next") != null, name);
            if (doc.select(".content h2").size() > 0) {
                assertEquals(doc.select(".content > h2").eachAttr("id").stream().map(id -> "#" + id).toList(),
                        doc.select(".side-toc > .toc-list > li > a").eachAttr("href"), name);
            }
        }
        assertEquals("index.html", page("01-background.html").selectFirst(".pager-prev").attr("href"));
    }

    @Test
    void formulasSurviveParsingIntact() {
        Document doc = page("04-math-models.html");
        List<String> inline = doc.select(".math-inline annotation[encoding=application/x-tex]").eachText();
        assertTrue(inline.contains("W^{(1)} \\in \\mathbb{R}^{m \\times n}"), inline.toString());
        assertTrue(doc.select("div.math-display annotation").eachText().stream().anyMatch(t -> t.contains("(y_i - \\hat{y}_i)^2")));
    }

    /** The article's Mermaid flowchart, drawn at build time: its 16 labels and 15 arrows, in the section and the report. */
    @Test
    void theArticlesFlowchartIsInlineSvg() {
        List<String> labels = List.of("AI大模型", "定义", "参数规模", "训练能力", "投融资", "风险投资", "股权投资", "债务融资",
                "投资策略", "早期投资", "战略投资", "并购投资", "技术进步", "深度学习", "迁移学习", "强化学习");
        for (String url : List.of("02-core-concepts.html", "report.html")) {
            Document doc = page(url);
            Element svg = doc.selectFirst("figure.diagram-flowchart svg.flowchart");
            assertNotNull(svg, url);
            assertEquals(labels, svg.select(".fc-node text").eachText(), url);
            assertEquals(15, svg.select("path.fc-edge[marker-end]").size(), url);
            assertTrue(doc.select("pre.diagram-mermaid, pre.mermaid").isEmpty(), url + ": no source left for the browser");
            assertTrue(doc.select("script[src*=mermaid]").isEmpty(), url + ": no mermaid.js");
        }
        assertFalse(Files.exists(out.resolve("assets/mermaid")));
    }

    /** Every formula of the article, in the pages and in the report, arrives rendered: KaTeX HTML plus MathML, no TeX on show. */
    @Test
    void everyFormulaOfTheArticleIsRenderedAtBuildTime() {
        int formulas = 0;
        for (String url : List.of("04-math-models.html", "03-algorithms.html", "report.html")) {
            Document doc = page(url);
            for (Element math : doc.select(".math")) {
                assertNotNull(math.selectFirst(".katex .katex-mathml math annotation"), url + ": " + math);
                assertFalse(math.select(".katex-html").text().contains("\\"), url + ": TeX left visible in " + math);
                formulas++;
            }
            assertTrue(doc.select(".math-error").isEmpty(), url);
            String visible = doc.selectFirst("article").text().replaceAll("\\s", "");
            Element copy = doc.selectFirst("article").clone();
            copy.select(".katex-mathml").remove();
            String shown = copy.text();
            assertFalse(shown.contains("$$") || shown.contains("\\(") || shown.contains("\\frac"), url + " shows raw TeX");
            assertEquals(1, doc.select("link[href$=katex.min.css]").size(), url);
        }
        assertTrue(formulas > 100, "formulas checked: " + formulas);
        assertTrue(page("01-background.html").select("link[href*=katex]").isEmpty());
    }

    /**
     * Every editor's note is an `editor` admonition beside the text it corrects, and the home page
     * lists each one, linked to it; the corrections issue 11 asked for are among them.
     */
    @Test
    void editorsNotesAreClearlyMarkedAndListedOnTheHomePage() {
        assertTrue(page("03-algorithms.html").select(".admonition-editor .admonition-title").text().contains("编者注"));
        assertTrue(page("04-math-models.html").select(".admonition .admonition-title").eachText().stream()
                .anyMatch(t -> t.contains("梯度公式有误")));
        assertTrue(page("05-practice.html").select(".admonition-editor").text().contains("0.45"));
        Map<String, String> corrections = Map.of(
                "04-math-models.html", "n \\times m", "07-tools.html", "JAX", "05-practice.html", "3.6–3.9");
        corrections.forEach((url, words) -> assertTrue(page(url).select(".admonition-editor").text().contains(words), url + ": " + words));
        Element dims = page("04-math-models.html").selectFirst(".admonition-editor:has(.admonition-title:contains(n×m))");
        assertNotNull(dims, "the note on W's shape");
        assertTrue(dims.previousElementSibling().text().contains("权重矩阵分别为"), "it sits right after the dimensions it corrects");

        Document home = page("index.html");
        List<Element> listed = home.select(".editor-note-list a");
        int notes = SECTIONS.stream().mapToInt(s -> page(s + ".html").select(".admonition-editor").size()).sum();
        assertTrue(notes >= 10, "the article's editor's notes: " + notes);
        assertEquals(notes, listed.size(), "the home page lists every note");
        for (Element a : listed) {
            String[] target = a.attr("href").split("#", 2);
            Element note = page(target[0]).getElementById(target[1]);
            assertNotNull(note, a.attr("href"));
            assertTrue(note.hasClass("admonition-editor"), a.attr("href"));
            assertEquals(note.selectFirst(".admonition-title").text().replace("✎", "").strip(), a.text());
        }
    }

    /**
     * §3.3's overfitting demo, trained at build time: the figure's own numbers show the claim, the
     * training loss falling while the validation loss, after an early minimum, climbs.
     */
    @Test
    void theOverfittingDemoShowsTheEffectAtBuildTime() {
        Document doc = page("03-algorithms.html");
        Element demo = doc.getElementById("demo-4");
        assertNotNull(demo, "§3.3 has a demo");
        assertNotNull(demo.selectFirst("polyline[data-series=validation]"), "the validation loss is drawn");
        assertNotNull(demo.selectFirst(".demo-legend"), "with a legend");
        assertNotNull(demo.selectFirst("[data-readout=validation]"));
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) dev.kiln.demo.engine.Json.parse(demo.selectFirst(".demo-result").data(), Double::parseDouble);
        @SuppressWarnings("unchecked")
        List<Double> valid = (List<Double>) result.get("validationLoss");
        @SuppressWarnings("unchecked")
        List<Double> loss = (List<Double>) result.get("loss");
        int best = valid.indexOf(java.util.Collections.min(valid));
        assertTrue(best < 250 && valid.get(valid.size() - 1) > 5 * valid.get(best), "validation: lowest at epoch " + (best + 1) + ", then " + valid.get(valid.size() - 1));
        assertTrue(loss.get(loss.size() - 1) < 0.3 * loss.get(best), "while training loss falls");
        assertTrue(demo.parent().hasClass("admonition-tip") && demo.parent().text().contains("编者补充"), "an editor's addition, marked as one");
    }

    /** §3.2 step 1's scaling demo: three runs, one per scaling, in one chart; unscaled diverges, z-scores reach the target first. */
    @Test
    void theScalingDemoSitsInStepOneAndDivergesUnscaled() {
        Element demo = page("03-algorithms.html").getElementById("demo-1");
        assertNotNull(demo);
        assertTrue(demo.closest("li").text().startsWith("数据预处理"), "inside step 1, 数据预处理");
        assertEquals(List.of("不缩放", "最小-最大缩放", "标准化（z-score）"), demo.select(".demo-runs tbody th").eachText());
        assertTrue(demo.selectFirst("tr[data-run=0] [data-cell=loss]").text().contains("发散"), "unscaled diverges");
        List<String> reached = demo.select(".demo-runs [data-cell=reached]").eachText();
        assertEquals("—", reached.get(0));
        assertTrue(Integer.parseInt(reached.get(2)) < Integer.parseInt(reached.get(1)), "z-scores reach 0.02 before min-max: " + reached);
    }

    /**
     * §3.2 step 6's optimizer demo: four runs on the same data and learning rate; by epochs to the
     * target, SGD (batch 1) first, then Adam, mini-batch SGD, and full-batch gradient descent last.
     */
    @Test
    void theOptimizerDemoRanksTheFourWaysByEpochs() {
        Element demo = page("03-algorithms.html").getElementById("demo-3");
        assertNotNull(demo);
        assertTrue(demo.closest("li").text().startsWith("迭代优化"), "inside step 6, 迭代优化");
        assertEquals(4, demo.select("svg.demo-loss polyline[data-series^=run-]").size());
        int[] reached = demo.select(".demo-runs [data-cell=reached]").eachText().stream().mapToInt(Integer::parseInt).toArray();
        assertTrue(reached[0] < reached[3] && reached[3] < reached[1] && reached[1] < reached[2], "SGD, Adam, mini-batch, full batch: " + java.util.Arrays.toString(reached));
        assertEquals(List.of("40000", "1400", "200", "1400"), demo.select(".demo-runs [data-cell=updates]").eachText());
    }

    /**
     * §3.2 step 2's initialisation demo, at build time: an editor's note beside the author's claim,
     * and gradient bars, eight layers of two, in which layer 1's bar is the smallest by far.
     */
    @Test
    void theInitialisationDemoShowsVanishingGradientsAtBuildTime() {
        Element demo = page("03-algorithms.html").getElementById("demo-2");
        assertNotNull(demo);
        assertTrue(demo.closest("li").text().startsWith("模型初始化"), "inside step 2, 模型初始化");
        assertTrue(demo.parent().hasClass("admonition-editor"), "the demo is the evidence of an editor's note");
        assertEquals(16, demo.select("svg.demo-gradients > rect.demo-bar").size(), "two bars for each of 8 layers");
        List<Double> initial = numbers(demo, "initialGradientNorms");
        assertTrue(initial.get(7) / initial.get(0) > 1000, "layer 1's gradient vanishes: " + initial);
        assertTrue(demo.selectFirst("svg.demo-gradients").attr("aria-label").contains(dev.kiln.demoblock.DemoNumbers.num(initial.get(0))),
                "the chart's text alternative gives the numbers");
    }

    /** §4.2's gradient check, at build time: a table in which backpropagation agrees and the printed formulas do not. */
    @Test
    void theGradientCheckTableJudgesTheFormulasAtBuildTime() {
        Element demo = page("04-math-models.html").getElementById("demo-1");
        assertNotNull(demo);
        assertTrue(demo.parent().hasClass("admonition-tip") && demo.parent().previousElementSibling().hasClass("admonition-editor"),
                "an editor's addition right after the note on the gradient formulas");
        assertEquals(List.of("W(1)", "b(1)", "W(2)", "b(2)"), demo.select(".demo-check tbody th").eachText());
        assertTrue(Double.parseDouble(demo.selectFirst("[data-check=backprop-worst]").text()) < 1e-6);
        assertTrue(Double.parseDouble(demo.selectFirst("[data-check=printed-worst]").text()) > 0.1);
        assertEquals("形状不符", demo.selectFirst("[data-check=printed-3]").text());
    }

    @SuppressWarnings("unchecked")
    private static List<Double> numbers(Element demo, String key) {
        Map<String, Object> result = (Map<String, Object>) dev.kiln.demo.engine.Json.parse(demo.selectFirst(".demo-result").data(), Double::parseDouble);
        return (List<Double>) result.get(key);
    }

    /** Section 5's Keras example, trained at build time: the truth the editor's note points to. */
    @Test
    void theKerasExampleIsALiveDemoWithItsTrueResults() {
        Document doc = page("05-practice.html");
        Element demo = doc.getElementById("demo-1");
        assertNotNull(demo);
        assertEquals("1000", demo.selectFirst("[data-readout=epoch]").text());
        assertEquals("0.08318", demo.selectFirst("[data-readout=loss]").text(), "the reference run's final loss, 0.0831814…");
        assertEquals("0.4749 – 0.5565", demo.selectFirst("[data-readout=predictions]").text());
        assertNotNull(doc.selectFirst(".admonition-editor a[href=#demo-1]"), "the editor's note links to the demo");
        assertNotNull(page("report.html").selectFirst("figure.demo"), "the report shows it too");
    }

    /** Every paragraph, heading, list item, table and code line of the seed, in order, in the pages and in the report. */
    @Test
    void everyBlockOfTheSeedAppearsInOrder() throws IOException {
        List<String> blocks = seedBlocks(seed());
        assertTrue(blocks.size() > 120, "the seed splits into many blocks: " + blocks.size());
        StringBuilder pages = new StringBuilder(normalize(articleText(page("index.html").selectFirst(".home-body"))));
        for (String s : SECTIONS) {
            Document doc = page(s + ".html");
            pages.append(normalize(doc.selectFirst("h1").text())).append(normalize(articleText(doc.selectFirst("article.content"))));
        }
        assertInOrder(blocks, pages.toString(), "section pages");
        assertInOrder(blocks, normalize(articleText(page("report.html").selectFirst("article.content"))), "full report");
    }

    @Test
    void everyInternalLinkAndAnchorResolvesOnDisk() throws IOException {
        List<Path> html;
        try (Stream<Path> walk = Files.walk(out)) {
            html = walk.filter(p -> p.toString().endsWith(".html")).toList();
        }
        int checked = 0;
        for (Path file : html) {
            Document doc = Jsoup.parse(file.toFile(), "UTF-8");
            boolean notFound = file.getFileName().toString().equals("404.html");
            for (Element el : doc.select("a[href], link[href], script[src], img[src]")) {
                String url = el.hasAttr("href") ? el.attr("href") : el.attr("src");
                assertFalse(url.startsWith("//") || (url.matches("^https?:.*") && !url.startsWith("https://kiln.example/")),
                        "no request may leave the site: " + url + " in " + file);
                if (url.matches("^[a-z]+:.*") || notFound) continue;
                String path = url.contains("#") ? url.substring(0, url.indexOf('#')) : url;
                String fragment = url.contains("#") ? URLDecoder.decode(url.substring(url.indexOf('#') + 1), StandardCharsets.UTF_8) : "";
                Path target = path.isEmpty() ? file : file.getParent().resolve(path).normalize();
                assertTrue(target.startsWith(out) && Files.isRegularFile(target), url + " in " + file);
                if (!fragment.isEmpty()) {
                    assertNotNull(Jsoup.parse(target.toFile(), "UTF-8").getElementById(fragment), url + " in " + file);
                }
                checked++;
            }
        }
        assertTrue(checked > 400, "checked " + checked + " links");
    }

    @Test
    void siteFilesMetaTagsAndPrintReport() throws IOException {
        Document doc = page("05-practice.html");
        assertEquals("5. 项目实践：代码实例和详细解释说明 · AI大模型创业投融资新趋势", doc.title());
        assertFalse(doc.select("meta[name=description]").attr("content").isEmpty());
        assertEquals("https://kiln.example/article/05-practice.html", doc.select("link[rel=canonical]").attr("href"));
        assertEquals("https://kiln.example/article/05-practice.html", doc.select("meta[property=og:url]").attr("content"));
        assertFalse(doc.select("meta[property=og:title]").isEmpty());
        assertEquals("image/svg+xml", doc.select("link[rel=icon]").attr("type"));
        String sitemap = Files.readString(out.resolve("sitemap.xml"));
        assertEquals(11, sitemap.split("<url>").length - 1, sitemap);
        assertTrue(sitemap.contains("<loc>https://kiln.example/article/</loc>"));
        assertTrue(Files.readString(out.resolve("robots.txt")).contains("Sitemap: https://kiln.example/article/sitemap.xml"));
        assertTrue(page("404.html").selectFirst("a.button").attr("href").equals("https://kiln.example/article/index.html"));
        String css = Files.readString(out.resolve("assets/kiln.css"));
        assertTrue(css.contains("@media print") && css.contains("attr(href)"), "print stylesheet shows link URLs");
        assertEquals(10, page("report.html").select(".report-section:not(.report-opening)").size());
    }

    /** The article's text as a reader gets it, with each rendered formula replaced by its TeX source. */
    static String articleText(Element article) {
        Element copy = article.clone();
        copy.select(".admonition, .anchor, .inline-toc, .report-toc, .home-actions, .copy-button").remove();
        // a flowchart reads as its node labels, in the order the source first names them
        for (Element svg : copy.select("svg.flowchart")) svg.text(String.join("", svg.select(".fc-node text").eachText()));
        for (Element math : copy.select(".math")) {
            Element tex = math.selectFirst("annotation[encoding=application/x-tex]");
            math.text(tex == null ? "NO-TEX" : tex.wholeText());
        }
        return copy.wholeText();
    }

    private static final Pattern LIST_MARKER = Pattern.compile("^\\s*(\\d+\\.|[-*+])\\s+");

    /** The seed cut at blank lines into blocks, with Markdown syntax stripped, so text can be compared. */
    /**
     * The one block the editor replaced: the seed's reference list is generated from
     * content/references.bib with corrected metadata, and the editor's note (not the author's text,
     * so not compared here) quotes the original entries 2 and 3. Entries 1 and 4 appear as the
     * generated list has them: APA, as the author wrote them, with 4's full author list.
     */
    static final List<String> REFERENCES_AS_PUBLISHED = List.of("Goodfellow,I.,Bengio,Y.,&Courville,A.(2016).DeepLearning.MITPress.",
            "Vaswani,A.,Shazeer,N.,", "AttentionIsAllYouNeed.AdvancesinNeuralInformationProcessingSystems30");

    static List<String> seedBlocks(String seed) {
        List<String> blocks = new ArrayList<>();
        for (String block : seed.split("\\n\\s*\\n")) {
            if (block.strip().startsWith("1. Goodfellow")) {
                blocks.addAll(REFERENCES_AS_PUBLISHED);
                continue;
            }
            if (block.strip().startsWith("```mermaid")) {
                blocks.add(flowchartLabels(block));
                continue;
            }
            StringBuilder text = new StringBuilder();
            for (String line : block.split("\n")) {
                if (line.startsWith("```") || line.strip().equals("---")) continue;
                String l = line.startsWith("#") ? line.replaceFirst("^#+\\s*", "") : LIST_MARKER.matcher(line.replaceFirst("^>\\s*", "")).replaceFirst("");
                // Formula delimiters go: the page shows the formula, its annotation keeps the TeX between them.
                text.append(l.replace("**", "").replace("*", "").replace("`", "").replace("$$", "").replace("\\(", "").replace("\\)", ""));
            }
            String normalized = normalize(text.toString());
            if (!normalized.isEmpty()) blocks.add(normalized);
        }
        return blocks;
    }

    private static final Pattern NODE_LABEL = Pattern.compile("(\\w+)\\[([^\\]]+)\\]");

    /** A flowchart's labels in order of first mention: what its drawing must show. */
    static String flowchartLabels(String source) {
        Map<String, String> labels = new LinkedHashMap<>();
        Matcher m = NODE_LABEL.matcher(source);
        while (m.find()) labels.putIfAbsent(m.group(1), m.group(2));
        return normalize(String.join("", labels.values()));
    }

    static String normalize(String s) {
        return s.replaceAll("[\\s\\u00a0]+", "");
    }

    static void assertInOrder(List<String> blocks, String text, String where) {
        int at = 0;
        for (String block : blocks) {
            int found = text.indexOf(block, at);
            assertTrue(found >= 0, where + ": missing or out of order: " + block);
            at = found + block.length();
        }
    }
}
