package dev.kiln.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;

/** axe-core's WCAG 2.1 A and AA rules on the article's pages, in both themes, in a real Chromium. */
class AccessibilityTest extends ArticleInBrowser {

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({"index.html, light", "04-math-models.html, light", "05-practice.html, dark", "report.html, dark",
            "10-references.html, dark", "03-algorithms.html, light",
            "02-core-concepts.html, light", "02-core-concepts.html, dark"})
    void noWcagViolations(String page, String theme) {
        driver.get(site.resolve(page).toUri().toString());
        driver.executeScript("localStorage.setItem('kiln-theme', arguments[0])", theme);
        driver.navigate().refresh();
        driver.findElement(By.tagName("main"));
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
        List<Rule> violations = results.getViolations();
        assertTrue(violations.isEmpty(), page + " (" + theme + "): " + violations.stream()
                .map(v -> v.getId() + ": " + v.getHelp() + " → " + v.getNodes().stream().limit(3)
                        .map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n  ")));
    }
}
