package dev.kiln.pipeline;

import static dev.kiln.TestSites.read;
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
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Formulas and code blocks in real pages: KaTeX and highlight.js output, errors at their exact position. */
class FormulasAndCodeTest {
    @TempDir
    Path site;

    @BeforeEach
    void create() {
        TestSites.create(site);
        write(site, "content/index.md", "---\ntitle: 首页\n---\n\n没有公式。\n");
    }

    private Document page(String url) throws Exception {
        return Jsoup.parse(site.resolve("out").resolve(url).toFile(), "UTF-8");
    }

    @Test
    void delimitersPricesAndCode() throws Exception {
        write(site, "content/m.md", "---\ntitle: 公式\n---\n\n"
                + "行内 $a_1 + b$ 与 \\(\\alpha\\)，价格 $5 和 $10，转义 \\$20，代码 `$x$`。\n\n"
                + "$$\n\\sum_{i=1}^{n} i = \\frac{n(n+1)}{2}\n$$\n\n段内 $$E = mc^2$$ 显示。\n");
        TestSites.build(site);
        Document doc = page("m.html");
        assertEquals(List.of("a_1 + b", "\\alpha"), doc.select(".math-inline annotation").eachText());
        assertEquals(2, doc.select(".math-display .katex-display").size());
        String text = doc.selectFirst("article").text();
        assertTrue(text.contains("价格 $5 和 $10，转义 $20"), text);
        assertEquals("$x$", doc.selectFirst("article p code").text());
        assertEquals("assets/katex/katex.min.css", doc.select("link[rel=stylesheet]").first().attr("href"));
        assertTrue(doc.select("script[src]").stream().noneMatch(s -> s.attr("src").contains("katex")), "no KaTeX JavaScript for readers");
        assertTrue(Files.exists(site.resolve("out/assets/katex/fonts/KaTeX_Main-Regular.woff2")));
        String css = read(site.resolve("out/assets/katex/katex.min.css"));
        assertFalse(css.contains(".ttf") || css.contains(".woff)"), "only the shipped woff2 fonts are referenced");
        assertTrue(page("index.html").select("link[href*=katex]").isEmpty(), "pages without formulas skip KaTeX's stylesheet");
    }

    @Test
    void formulaErrorsNameFileLineColumnMessageAndTex() {
        write(site, "content/bad.md", "---\ntitle: 错误\n---\n\n第一行 $\\frac{1}{$ 结束。\n\n!!! note \"注\"\n    $$\n    x = 1 +\n      \\unknowncommand\n    $$\n");
        List<Problem> problems = assertThrows(BuildFailedException.class, () -> TestSites.build(site)).problems();
        Path file = site.resolve("content/bad.md");
        assertEquals(2, problems.size(), problems.toString());
        assertEquals(file + ":5:15", problems.get(0).location(), "just after `\\frac{1}{`, where KaTeX ran out of input");
        assertTrue(problems.get(0).message().startsWith("KaTeX: Unexpected end of input"), problems.get(0).message());
        assertTrue(problems.get(0).hint().contains("`\\frac{1}{`"), problems.get(0).hint());
        assertEquals(file + ":10:7", problems.get(1).location(), "the backslash of \\unknowncommand");
        assertTrue(problems.get(1).message().contains("Undefined control sequence: \\unknowncommand"));
        assertFalse(Files.exists(site.resolve("out")));
    }

    @Test
    void lenientMathShowsTheErrorInRedAndBuilds() throws Exception {
        write(site, "content/bad.md", "---\ntitle: 错误\n---\n\n坏的 $\\frac{1}{$ 与好的 $x$。\n");
        BuildResult result = new SiteBuilder().build(TestSites.options(site).withLenientMath(true));
        Document doc = page("bad.html");
        assertEquals("$\\frac{1}{$", doc.selectFirst(".math-error").text());
        assertTrue(doc.selectFirst(".math-error").attr("title").contains("Unexpected end of input"));
        assertNotNull(doc.selectFirst(".math-inline .katex"));
        assertTrue(result.warnings().stream().anyMatch(w -> w.location().equals(site.resolve("content/bad.md") + ":5:14")));
    }

    @Test
    void macrosFromSiteConfig() throws Exception {
        write(site, "site.yaml", "math:\n  macros:\n    \\R: \\mathbb{R}\n");
        write(site, "content/m.md", "---\ntitle: 宏\n---\n\n$x \\in \\R^n$\n");
        TestSites.build(site);
        Document doc = page("m.html");
        assertEquals("x \\in \\R^n", doc.selectFirst(".math-inline annotation").text());
        assertNotNull(doc.selectFirst(".math-inline .katex-html .mathbb"), "\\R expanded to \\mathbb{R}");
    }

    @Test
    void codeIsHighlightedLabelledNumberedAndUnknownLanguagesWarn() throws Exception {
        write(site, "content/c.md", "---\ntitle: 代码\n---\n\n```python {linenos}\nx = 1  # one\n\"\"\"doc\nstring\"\"\"\n```\n\n"
                + "```klingon\nqapla'\n```\n\n```text\n<b>plain</b>\n```\n");
        BuildResult result = TestSites.build(site);
        Document doc = page("c.html");
        assertEquals(List.of("python", "klingon", "text"), doc.select(".code-block").eachAttr("data-lang"));
        assertNotNull(doc.selectFirst(".code-block[data-lang=python] .hljs-comment"));
        assertEquals(3, doc.select("pre.linenos .line").size(), "one numbered line per source line");
        List<org.jsoup.nodes.Element> lines = doc.select("pre.linenos .line");
        assertNotNull(lines.get(1).selectFirst(".hljs-string"), "a string spanning lines is split at each line");
        assertNotNull(lines.get(2).selectFirst(".hljs-string"));
        assertEquals("<b>plain</b>", doc.selectFirst(".code-block[data-lang=text] code").text());
        assertTrue(doc.select(".code-block[data-lang=klingon] span").isEmpty());
        Problem warning = result.warnings().stream().filter(w -> w.message().contains("klingon")).findFirst().orElseThrow();
        assertEquals(site.resolve("content/c.md") + ":11:1", warning.location());
    }

    /** MkDocs Material's fence options work; one Kiln does not know is a warning at its line, never silent. */
    @Test
    void materialFenceOptionsWorkAndUnknownOnesWarn() throws Exception {
        write(site, "content/f.md", "---\ntitle: F\n---\n\n```python title=\"my file.py\" hl_lines=\"1 3-4\"\na\nb\nc\nd\n```\n\n"
                + "```js anchor_linenums=\"true\" linenums=\"5\"\nx\n```\n");
        BuildResult result = TestSites.build(site);
        Document doc = page("f.html");
        assertEquals("my file.py", doc.selectFirst(".code-block.has-title .code-title").text());
        assertEquals(List.of("a", "c", "d"), doc.select(".code-block[data-lang=python] .line.hl").eachText());
        assertEquals("counter-reset: line 4", doc.selectFirst(".code-block[data-lang=js] code").attr("style"));
        Problem warning = result.warnings().stream().filter(w -> w.message().contains("anchor_linenums")).findFirst().orElseThrow();
        assertEquals(site.resolve("content/f.md") + ":12:7", warning.location());
        assertTrue(warning.hint().contains("hl_lines"), warning.hint());
    }
}
