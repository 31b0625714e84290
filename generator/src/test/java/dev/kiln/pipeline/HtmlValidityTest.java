package dev.kiln.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.HtmlChecker;
import dev.kiln.TestSites;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every page of the article site and of the English fixture is valid HTML, by the Nu Html Checker, offline. */
class HtmlValidityTest {
    @TempDir
    Path tmp;

    @Test
    void theCheckerCatchesInvalidHtml() throws Exception {
        Path bad = Files.writeString(tmp.resolve("bad.html"),
                "<!DOCTYPE html><html lang=\"en\"><head><title>x</title></head><body><p id=\"a\">1</p><p id=\"a\"><div>2</div></p></body></html>");
        assertTrue(HtmlChecker.errors(bad).size() >= 2, "duplicate id and a div inside a p are errors");
    }

    @Test
    void everyPageOfTheArticleValidates() {
        Path out = tmp.resolve("site");
        TestSites.buildArticle(out, "https://kiln.example/");
        assertEquals(13, HtmlChecker.pages(out).size());
        assertValid(HtmlChecker.siteErrors(out));
    }

    @Test
    void everyPageOfTheEnglishFixtureValidates() {
        Path out = tmp.resolve("english");
        TestSites.buildFixture("english", out);
        assertEquals(4, HtmlChecker.pages(out).size());
        assertValid(HtmlChecker.siteErrors(out));
    }

    private static void assertValid(List<String> errors) {
        assertTrue(errors.isEmpty(), errors.size() + " errors:\n" + String.join("\n", errors.stream().limit(30).toList()));
    }
}
