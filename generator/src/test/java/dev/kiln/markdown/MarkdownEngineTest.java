package dev.kiln.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownEngineTest {
    private final MarkdownEngine engine = new MarkdownEngine();

    private String html(String markdown) {
        return engine.render(engine.parse(markdown), RenderScope.PLAIN);
    }

    /** CommonMark: brackets without a definition are text, not a link to a page named after them. */
    @Test
    void anUndefinedReferenceStaysText() {
        String out = html("See [note] here, [1], [x, y] and [参考].\n\nA [defined] one and [text][defined].\n\n[defined]: https://example.org\n");
        assertTrue(out.contains("See [note] here, [1], [x, y] and [参考]."), out);
        assertTrue(out.contains("<a href=\"https://example.org\">defined</a>"), out);
        assertTrue(out.contains("<a href=\"https://example.org\">text</a>"), out);
    }

    /** CommonMark 0.29+: a destination in angle brackets may hold spaces; without them it may not. */
    @Test
    void anAngleBracketDestinationMayHoldSpaces() {
        assertTrue(html("[a](<with space.md>)").contains("<a href=\"with%20space.md\">a</a>"), html("[a](<with space.md>)"));
        assertTrue(html("[b](<my page.md> \"Title\")").contains("title=\"Title\""), html("[b](<my page.md> \"Title\")"));
        assertTrue(html("[c]: <ref page.md>\n\n[c]").contains(">c</a>"), html("[c]: <ref page.md>\n\n[c]"));
        assertFalse(html("[d](with space.md)").contains("<a"), "no brackets, no spaces");
        assertFalse(html("[e](<1\n2>)").contains("href"), "no line break inside brackets");
    }

    @Test
    void inlineFormulasKeepBackslashesAndUnderscores() {
        String out = html("权重矩阵\\(W^{(1)} \\in \\mathbb{R}^{m \\times n}\\)和误差 $y_i - \\hat{y}_i$ 以及 $a_1 * b_2 * c$。");
        assertTrue(out.contains("<span class=\"math math-inline\">\\(W^{(1)} \\in \\mathbb{R}^{m \\times n}\\)</span>"), out);
        assertTrue(out.contains("<span class=\"math math-inline\">$y_i - \\hat{y}_i$</span>"), out);
        assertTrue(out.contains("$a_1 * b_2 * c$"), "emphasis must not eat the asterisks: " + out);
        assertFalse(out.contains("<em>"), out);
    }

    @Test
    void displayMathBlockSpansLinesThatLookLikeMarkdown() {
        String out = html("前文\n\n$$\nJ = \\frac{1}{2} \\sum_{i=1}^{k} (y_i - \\hat{y}_i)^2\n- x_1 * y_1 *\n# 1\n$$\n\n后文");
        assertTrue(out.contains("<div class=\"math math-display\">$$\nJ = \\frac{1}{2} \\sum_{i=1}^{k} (y_i - \\hat{y}_i)^2\n- x_1 * y_1 *\n# 1\n$$</div>"), out);
        assertTrue(out.contains("<p>后文</p>"), out);
    }

    @Test
    void displayMathInsideAParagraphAndOnOneLine() {
        assertTrue(html("所以 $$E = mc^2$$ 成立").contains("<span class=\"math math-display\">$$E = mc^2$$</span>"));
        assertTrue(html("$$E = mc^2$$").contains("<div class=\"math math-display\">$$\nE = mc^2\n$$</div>"));
    }

    @Test
    void pricesEscapedDollarsAndCodeStayText() {
        String out = html("It costs $5 and $10, or \\$20. Code: `$x$` and `\\(y\\)`.");
        assertFalse(out.contains("class=\"math"), out);
        assertTrue(out.contains("$5 and $10, or $20"), out);
        assertTrue(out.contains("<code>$x$</code>") && out.contains("<code>\\(y\\)</code>"), out);
        assertFalse(html("```\n$$\nx\n$$\n```").contains("class=\"math"));
    }

    @Test
    void unclosedDisplayMathIsReportedWithItsOffset() {
        ParsedMarkdown parsed = engine.parse("text\n\n$$\nx = 1\n\nmore");
        assertEquals(List.of(6), parsed.unclosedMath());
    }

    @Test
    void mermaidAndCodeBlocksAreMarkedForTheirRenderers() {
        String out = html("```mermaid\ngraph TD\n  A --> B\n```\n\n```python\nprint(1 < 2)\n```");
        assertTrue(out.contains("<pre class=\"diagram diagram-mermaid\"><code class=\"language-mermaid\">graph TD\n  A --&gt; B\n</code></pre>"), out);
        assertTrue(out.contains("<div class=\"code-block\" data-lang=\"python\"><pre class=\"code\" tabindex=\"0\"><code class=\"language-python\">print(1 &lt; 2)"), out);
    }

    @Test
    void aLooseTaskItemKeepsItsBlocksOutOfTheParagraph() {
        String out = html("- [x] done\n\n  - nested\n\n- [ ] # heading\n");
        assertTrue(out.contains("<span class=\"visually-hidden\">\u2611 </span>done</p>\n<ul>"), out);
        assertTrue(out.contains("<span class=\"visually-hidden\">\u2610 </span>\n<h1"), out);
        assertFalse(out.contains("<p><input type=\"checkbox\" class=\"task-list-item-checkbox\" disabled aria-hidden=\"true\">"
                + "<span class=\"visually-hidden\">\u2610 </span><h1"), "no heading inside a paragraph: " + out);
    }

    @Test
    void gfmTablesStrikethroughTaskListsAndAutolinks() {
        String out = html("| a | b |\n|---|---|\n| 1 | 2 |\n\n~~old~~ new\n\n- [x] done\n- [ ] todo\n\nSee https://example.org now.");
        // a table scrolls sideways on a phone, so it takes keyboard focus
        assertTrue(out.contains("<table class=\"table\" tabindex=\"0\">") && out.contains("<td>1</td>"), out);
        assertTrue(out.contains("<del>old</del>"), out);
        // the box is hidden from screen readers, which read the ballot-box character instead
        assertTrue(out.contains("<input type=\"checkbox\" class=\"task-list-item-checkbox\" checked disabled aria-hidden=\"true\">"
                + "<span class=\"visually-hidden\">\u2611 </span>done"), out);
        assertTrue(out.contains("<input type=\"checkbox\" class=\"task-list-item-checkbox\" disabled aria-hidden=\"true\">"
                + "<span class=\"visually-hidden\">\u2610 </span>todo"), out);
        assertTrue(out.contains("<a href=\"https://example.org\">https://example.org</a>"), out);
    }

    @Test
    void footnotesAndDefinitionLists() {
        String out = html("Claim[^1].\n\n[^1]: Source.\n\nTerm\n: Definition");
        assertTrue(out.contains("id=\"fn-1\"") && out.contains("href=\"#fn-1\""), out);
        assertTrue(out.contains("<dt>Term</dt>") && out.contains("<dd>Definition</dd>"), out);
    }

    @Test
    void admonitionsInEveryFlavour() {
        for (String type : List.of("note", "tip", "warning", "danger")) {
            String out = html("!!! " + type + " \"标题\"\n    正文 **重点**\n");
            assertTrue(out.contains("<div class=\"admonition admonition-" + type + "\" role=\"note\"><p class=\"admonition-title\">标题</p>"), out);
            assertTrue(out.contains("<p>正文 <strong>重点</strong></p>"), out);
            assertFalse(out.contains("<svg"), "no icon sheet injected: " + out);
        }
        assertTrue(html("!!! tip\n    x\n").contains("<p class=\"admonition-title\">Tip</p>"), "the default engine speaks English");
        String collapsible = html("??? note \"展开\"\n    隐藏内容\n");
        assertTrue(collapsible.contains("<details class=\"admonition admonition-note\"><summary class=\"admonition-title\">展开</summary>"), collapsible);
        assertTrue(html("???+ note \"展开\"\n    内容\n").contains("<details class=\"admonition admonition-note\" open>"));
    }

    @Test
    void admonitionBodyRunsUntilTheFirstUnindentedLine() {
        String out = html("!!! note \"注\"\n    第一段\n\n    $$\n    x_1\n    $$\n\n    - 条目\n\n之后\n\n!!! \n\n!!!note\n");
        assertTrue(out.matches("(?s).*<div class=\"admonition admonition-note\" role=\"note\"><p class=\"admonition-title\">注</p>\\s*"
                + "<p>第一段</p>\\s*<div class=\"math math-display\">\\$\\$\\nx_1\\n\\$\\$</div>\\s*<ul>\\s*<li>条目</li>\\s*</ul>\\s*</div>\\s*<p>之后</p>.*"), out);
        assertTrue(out.contains("<p>!!!</p>") && out.contains("<p>!!!note</p>"), "incomplete markers stay text: " + out);
    }

    @Test
    void headingsGetStableIdsThatWorkForChinese() {
        ParsedMarkdown parsed = engine.parse("## 2.1 大模型定义\n\n### 前向传播\n\n### 前向传播\n\n## 3. 核心算法原理 & 具体操作步骤");
        assertEquals(List.of("2-1-大模型定义", "前向传播", "前向传播-1", "3-核心算法原理-具体操作步骤"),
                parsed.headings().stream().map(HeadingRef::id).toList());
        String out = engine.render(parsed, RenderScope.PLAIN);
        assertTrue(out.contains("<h2 id=\"2-1-大模型定义\">2.1 大模型定义<a class=\"anchor\" href=\"#2-1-大模型定义\""), out);
    }

    @Test
    void scopeShiftsHeadingsRenamesIdsAndRewritesLinks() {
        ParsedMarkdown parsed = engine.parse("## 小节\n\n[下一章](next.md#a) ![图](img.png)");
        String out = engine.render(parsed, new RenderScope(url -> "X/" + url, 1, id -> "p--" + id, EmbedRenderer.RAW));
        assertTrue(out.contains("<h3 id=\"p--小节\">"), out);
        assertTrue(out.contains("href=\"X/next.md#a\"") && out.contains("src=\"X/img.png\""), out);
    }

    @Test
    void linksAreCollectedWithTheirOffsets() {
        String md = "a [x](one.md)\n\n![i](pic.png)\n\n[r][ref]\n\n[ref]: two.md#top\n";
        List<OutgoingLink> links = engine.parse(md).links();
        assertEquals(List.of("one.md", "pic.png", "two.md#top"), links.stream().map(OutgoingLink::url).toList());
        assertEquals(md.indexOf("one.md"), links.get(0).offset());
        assertTrue(links.get(1).image());
    }
}
