package dev.kiln.pipeline;

import static dev.kiln.TestSites.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.TestSites;
import dev.kiln.problem.BuildFailedException;
import dev.kiln.problem.Problem;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Numbered formulas and references to them, on an English site with only a content folder: numbers
 * run across pages in reading order, references link to the formula from any page and stay
 * inside the full report, and every mistake is an error at its file, line and column.
 */
class EquationNumbersTest {
    @TempDir
    Path site;

    @BeforeEach
    void create() {
        TestSites.create(site);
        write(site, "content/index.md", "---\ntitle: Notes\n---\n\nThe loss is @eq:loss; its gradient is [-@eq:grad].\n");
        write(site, "content/report.md", "---\ntitle: Full report\nlayout: report\n---\n");
        write(site, "content/a-loss.md", "---\ntitle: Loss\n---\n\n$$\nL = \\frac{1}{2}(y - \\hat{y})^2\n$$ {#eq:loss}\n\n"
                + "$$\na = b\n$$\n\n$$ \\frac{\\partial L}{\\partial \\hat{y}} = \\hat{y} - y \\label{eq:grad} $$\n\n"
                + "By [@eq:grad], and inside a formula: $$\\text{from } \\eqref{eq:loss}$$\n\n"
                + "Mail me@eq:x.org, ask @someone.\n");
        write(site, "content/b-model.md", "---\ntitle: Model\n---\n\n$$\ny = Wx + b\n$$ {#eq:linear}\n\nBack to @eq:loss. This is @eq:linear.\n");
    }

    private Document page(String url) throws Exception {
        return Jsoup.parse(site.resolve("out").resolve(url).toFile(), "UTF-8");
    }

    @Test
    void labelledFormulasAreNumberedAcrossPagesInReadingOrder() throws Exception {
        TestSites.build(site);
        Document loss = page("a-loss.html");
        assertEquals(List.of("(1)", "(2)"), loss.select(".eq-number").eachText(), "the unlabelled formula has no number");
        assertEquals(List.of("eq:loss", "eq:grad"), loss.select(".math-numbered").eachAttr("id"));
        assertEquals(1, loss.select(".math-display:not(.math-numbered)").size() - loss.select("p .math-display").size());
        assertEquals(List.of("(3)"), page("b-model.html").select(".eq-number").eachText(), "the count goes on from the page before");
        assertEquals("from (1)", loss.select(".math-display .katex-mathml mtext").last().text(), "\\eqref inside a formula");
        assertEquals(List.of("(1)|#eq:loss"), loss.select(".katex-html a.xref").stream().map(a -> a.text() + "|" + a.attr("href")).toList(),
                "and a link where the reader sees it");
        assertTrue(loss.text().contains("Mail me@eq:x.org, ask @someone."), "an address and a mention stay text");
    }

    @Test
    void referencesLinkToTheFormulaFromAnyPageAndInsideTheReport() throws Exception {
        TestSites.build(site);
        assertEquals(List.of("Equation (1)|a-loss.html#eq:loss", "(2)|a-loss.html#eq:grad"), refs(page("index.html")));
        assertEquals(List.of("Equation (2)|#eq:grad", "(1)|#eq:loss"), refs(page("a-loss.html")));
        assertEquals(List.of("Equation (1)|a-loss.html#eq:loss", "Equation (3)|#eq:linear"), refs(page("b-model.html")));
        Document report = page("report.html");
        assertEquals(List.of("(1)", "(2)", "(3)"), report.select(".eq-number").eachText(), "the same numbers in the report");
        for (String ref : refs(report)) {
            String href = ref.substring(ref.indexOf('|') + 1);
            assertTrue(href.startsWith("#") && report.getElementById(href.substring(1)) != null, "stays inside the report: " + ref);
        }
        assertEquals(6, refs(report).size());
    }

    @Test
    void numbersCanRunWithinSectionsAndCoverEveryFormula() throws Exception {
        write(site, "site.yaml", "title: Notes\nmath:\n  number: all\nnumber-within: section\n");
        TestSites.build(site);
        assertEquals(List.of("(1.1)", "(1.2)", "(1.3)"), page("a-loss.html").select(".eq-number").eachText());
        assertEquals(List.of("(2.1)"), page("b-model.html").select(".eq-number").eachText());
        assertEquals(List.of("Equation (1.1)|a-loss.html#eq:loss", "Equation (2.1)|#eq:linear"), refs(page("b-model.html")));
    }

    @Test
    void theWordComesFromTheSitesLanguage() throws Exception {
        write(site, "site.yaml", "title: ノート\nlanguage: ja\n");
        TestSites.build(site);
        assertEquals("式 (1)", page("index.html").selectFirst("a.xref").text());
    }

    @Test
    void mistakesAreErrorsAtTheirPlace() {
        write(site, "content/c-bad.md", "---\ntitle: Bad\n---\n\nSee @eq:lose, and \\(a \\label{eq:in}\\) and $x$ {#eq:inline}.\n\n"
                + "$$\nz = 1\n$$ {#eq:loss}\n\n$$\nw = 2\n$$ {#fig:wrong}\n\n$$\nq = \\eqref{eq:nowhere-near}\n$$\n");
        List<Problem> problems = assertThrows(BuildFailedException.class, () -> TestSites.build(site)).problems();
        List<String> said = problems.stream().map(p -> p.file().getFileName() + ":" + p.line() + ":" + p.column() + " " + p.message()).toList();
        assertEquals(List.of(
                "c-bad.md:5:5 no formula is labelled `eq:lose`",
                "c-bad.md:5:23 `\\label{eq:in}` in a formula inside a paragraph: only a display formula on lines of its own can be numbered and referred to",
                "c-bad.md:5:47 the label `{#eq:inline}` follows no display formula",
                "c-bad.md:9:4 the label `eq:loss` is already used, at " + site.resolve("content/a-loss.md") + ":7:4",
                "c-bad.md:13:4 `fig:wrong` is not an equation label",
                "c-bad.md:16:5 no formula is labelled `eq:nowhere-near`"), said);
        assertEquals("did you mean `eq:loss`?", problems.get(0).hint());
        assertTrue(problems.get(5).hint().startsWith("the labels there are: eq:grad, eq:linear, eq:loss"), problems.get(5).hint());
    }

    /** LaTeX's own ways: {@code \\tag} keeps the author's number, an unstarred {@code equation} is numbered, {@code \\notag} is not. */
    @Test
    void tagsEnvironmentsAndNotag() throws Exception {
        write(site, "site.yaml", "title: Notes\nmath:\n  number: all\n");
        write(site, "content/c-latex.md", "---\ntitle: LaTeX\n---\n\n$$\nE = mc^2 \\tag{A}\n$$ {#eq:energy}\n\n"
                + "$$\n\\begin{equation}\nF = ma\n\\end{equation}\n$$\n\n$$\nx = y \\notag\n$$\n\nSee @eq:energy and [-@eq:energy].\n");
        TestSites.build(site);
        Document latex = page("c-latex.html");
        assertEquals(List.of("(5)"), latex.select(".eq-number").eachText(), "a \\tag is KaTeX's to draw; the equation is counted; \\notag is not");
        assertTrue(latex.getElementById("eq:energy") == null || latex.getElementById("eq:energy").select(".eq-number").isEmpty());
        assertEquals(List.of("Equation (A)|#eq:energy", "(A)|#eq:energy"), refs(latex));
        assertEquals(0, latex.select(".eqn-num").size(), "KaTeX numbers nothing itself: its counter would run on across the report");
    }

    /** Chinese and Japanese put no space around a reference; an address keeps its @. */
    @Test
    void referencesInTextWithoutSpaces() throws Exception {
        write(site, "content/c-zh.md", "---\ntitle: 中文\n---\n\n如@eq:loss所示，损失见[-@eq:grad]。写信给 me@eq:x.org。\n\n"
                + "[链接里的 @eq:loss](a-loss.md)\n");
        TestSites.build(site);
        Document zh = page("c-zh.html");
        assertEquals(List.of("Equation (1)|a-loss.html#eq:loss", "(2)|a-loss.html#eq:grad"), refs(zh));
        assertTrue(zh.text().contains("me@eq:x.org"), zh.text());
        assertEquals("链接里的 Equation (1)", zh.select(".content p > a[href=a-loss.html]").text(), "inside a link, the reference is text: no link in a link");
    }

    /** No placeholder is left anywhere Kiln writes, the search index included, and a reference can be searched for by its words. */
    @Test
    void noPlaceholderReachesTheOutput() throws Exception {
        TestSites.build(site);
        try (var files = java.nio.file.Files.walk(site.resolve("out"))) {
            for (Path file : files.filter(java.nio.file.Files::isRegularFile).toList()) {
                String text = new String(java.nio.file.Files.readAllBytes(file), java.nio.charset.StandardCharsets.UTF_8);
                assertTrue(text.indexOf('\uE000') < 0 && text.indexOf('\uE001') < 0 && !text.contains("KILNXREF"), "a placeholder in " + file);
            }
        }
    }

    /** A page outside the reading order (nav: false) is numbered after it, as a further section: no number twice. */
    @Test
    void aPageOutsideTheReadingOrderIsNumberedAfterIt() throws Exception {
        write(site, "site.yaml", "title: Notes\nnumber-within: section\n");
        write(site, "content/aside.md", "---\ntitle: Aside\nnav: false\n---\n\n$$\nq = 1\n$$ {#eq:aside}\n");
        TestSites.build(site);
        assertEquals(List.of("(3.1)"), page("aside.html").select(".eq-number").eachText());
    }

    /** Each cross-reference link as "text|href". */
    private static List<String> refs(Document page) {
        return page.select("article a.xref, main a.xref").stream().distinct().map(a -> a.text() + "|" + a.attr("href")).toList();
    }
}
