package dev.kiln.pipeline;

import static dev.kiln.TestSites.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.TestSites;
import dev.kiln.problem.BuildFailedException;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `raw-html: allow | sanitize | escape`: what becomes of HTML an author writes, and that Kiln's own markup survives each. */
class RawHtmlTest {
    private static final String HOSTILE = """
            <script>alert(1)</script>
            <div onclick="steal()" style="position:fixed">a box <a href="javascript:alert(2)">js link</a> <a href="JAVASCRIPT:x">upper</a></div>
            <iframe src="https://example.org/embed"></iframe>
            <img src="x.png" onerror="alert(3)"> <b>bold</b> <a href="https://example.org/ok">fine link</a>
            """;
    private static final String KILN_MARKUP = """
            ## A heading

            | a | b |
            |---|--:|
            | 1 | 2 |

            - [x] done

            !!! note "Note"
                Inside.

            A formula $x^2$ and code:

            ```python
            print(1)  # comment
            ```
            """;

    @TempDir
    Path dir;
    Path site;

    @BeforeEach
    void create() {
        site = TestSites.create(dir.resolve("site"));
        write(site, "content/index.md", "# Home\n\n" + KILN_MARKUP + "\n" + HOSTILE);
    }

    private String article(String policy) {
        write(site, "site.yaml", "title: T\nraw-html: " + policy + "\n");
        TestSites.build(site);
        return Jsoup.parse(TestSites.read(site.resolve("out/index.html"))).select("article").outerHtml();
    }

    private static void assertKilnMarkupSurvives(String html) {
        assertTrue(html.contains("<h2 id=\"a-heading\">"), html);
        assertTrue(html.contains("class=\"anchor\""), "heading anchors");
        assertTrue(html.contains("<table class=\"table\" tabindex=\"0\">") && html.contains("class=\"align-right\""), "tables");
        assertTrue(html.contains("task-list-item-checkbox"), "task lists");
        assertTrue(html.contains("admonition"), "admonitions");
        assertTrue(html.contains("class=\"katex\""), "formulas");
        assertTrue(html.contains("hljs-comment"), "highlighted code");
    }

    @Test
    void allowPassesHtmlThroughAsCommonMarkSays() {
        String html = article("allow");
        assertTrue(html.contains("<script>alert(1)</script>") && html.contains("onclick=\"steal()\"") && html.contains("<iframe"), html);
        assertKilnMarkupSurvives(html);
    }

    @Test
    void sanitizeRemovesScriptsHandlersFramesStylesAndScriptUrls() {
        String html = article("sanitize");
        for (String gone : new String[] {"<script", "alert(1)", "onclick", "steal()", "javascript:", "JAVASCRIPT:", "<iframe", "onerror",
                "position:fixed"}) {
            assertFalse(html.contains(gone), gone + " is removed:\n" + html);
        }
        assertTrue(html.contains("<b>bold</b>") && html.contains("<a href=\"https://example.org/ok\">fine link</a>"), html);
        assertTrue(html.contains("<img src=\"x.png\">"), "a relative image stays: " + html);
        assertKilnMarkupSurvives(html);
    }

    @Test
    void escapeShowsHtmlAsText() {
        String html = article("escape");
        assertFalse(html.contains("<script") || html.contains("<b>bold</b>") || html.contains("<iframe"), html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;") && html.contains("&lt;b&gt;bold&lt;/b&gt;"), html);
        assertKilnMarkupSurvives(html);
    }

    @Test
    void anUnknownPolicyIsAnErrorAtItsLine() {
        write(site, "site.yaml", "title: T\nraw-html: maybe\n");
        BuildFailedException e = assertThrows(BuildFailedException.class, () -> TestSites.build(site));
        assertEquals(site.resolve("site.yaml") + ":2:1", e.problems().get(0).location());
        assertTrue(e.problems().get(0).message().contains("`allow`, `sanitize` or `escape`"));
    }
}
