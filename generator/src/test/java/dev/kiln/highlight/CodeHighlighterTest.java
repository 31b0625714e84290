package dev.kiln.highlight;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.cache.DiskCache;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CodeHighlighterTest {
    static CodeHighlighter highlighter;

    @BeforeAll
    static void start() {
        highlighter = new CodeHighlighter(new DiskCache(null));
    }

    @AfterAll
    static void stop() {
        highlighter.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "python     | def f(x):\\n    return x  # hi                | hljs-keyword  | hljs-comment",
        "java       | public class A { int n = 1; }                 | hljs-keyword  | hljs-number",
        "bash       | for f in *.md; do echo \"$f\"; done           | hljs-keyword  | hljs-string",
        "shell      | $ mvn -B verify                               | hljs-meta     | hljs-meta",
        "yaml       | title: \"x\"\\nweight: 2                      | hljs-attr     | hljs-number",
        "json       | {\"a\": [1, true, null]}                      | hljs-attr     | hljs-literal",
        "xml        | <project><name>k</name></project>             | hljs-tag      | hljs-name",
        "html       | <p class=\"x\">Hi</p>                          | hljs-tag      | hljs-attr",
        "javascript | const f = (x) => x * 2; // twice              | hljs-keyword  | hljs-comment",
        "sql        | SELECT name FROM users WHERE id = 1;          | hljs-keyword  | hljs-number",
    })
    void tokensGetClassesInEveryListedLanguage(String language, String code, String firstClass, String secondClass) {
        Optional<String> html = highlighter.highlight(code.replace("\\n", "\n"), language);
        assertTrue(html.isPresent(), language);
        assertTrue(html.get().contains(firstClass) && html.get().contains(secondClass), html.get());
    }

    @Test
    void plainLanguagesAndUnknownOnes() {
        assertTrue(CodeHighlighter.isPlain("text") && CodeHighlighter.isPlain("mermaid") && CodeHighlighter.isPlain(""));
        assertFalse(highlighter.highlight("x", "klingon").isPresent());
    }
}
