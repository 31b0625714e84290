package dev.kiln.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Check;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import dev.kiln.TestSites;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * axe-core's WCAG 2.1 A and AA rules on every page of the article and of an English fixture site,
 * in both colour schemes, on a phone and a desktop, in a real Chromium, served over loopback HTTP.
 *
 * <p>The scheme is set by emulating the reader's system preference, which applies at once and
 * survives navigation. Setting it through localStorage and reloading raced: now and then the
 * reloaded page had not seen the stored choice yet and axe judged a dark test in light colours.
 */
class AccessibilityTest {
    @TempDir
    static Path tmp;
    static ChromeDriver driver;
    static final Map<String, StaticServer> servers = new HashMap<>();

    @BeforeAll
    static void buildSitesAndStartBrowser() {
        Browser.requireOrSkip();
        driver = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) driver.quit();
        servers.values().forEach(StaticServer::close);
    }

    /** Every published page of both sites, in both schemes, at 360 and 1280 px. */
    static Stream<Arguments> pages() {
        List<Arguments> all = new ArrayList<>();
        for (String site : List.of("article", "english")) {
            Path out = built(site);
            for (String page : htmlPages(out)) {
                for (String scheme : List.of("light", "dark")) {
                    for (int width : new int[] {1280, 360}) all.add(Arguments.of(site, page, scheme, width));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}/{1} {2} {3}px")
    @MethodSource("pages")
    void noWcagViolations(String site, String page, String scheme, int width) {
        Browser.setWidth(driver, width);
        Browser.emulateColorScheme(driver, scheme);
        driver.get(served(site).url(page));
        Browser.waitUntilSettled(driver, scheme);
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
        List<Rule> violations = results.getViolations();
        assertTrue(violations.isEmpty(), site + "/" + page + " (" + scheme + ", " + width + " px):\n  "
                + violations.stream().map(AccessibilityTest::describe).collect(Collectors.joining("\n  ")));
    }

    /**
     * The dark palette is written twice in the stylesheet, for the reader's toggle and for the
     * system preference; both must give the same colours, or one of them escapes the checks above.
     */
    @Test
    void toggledDarkEqualsSystemDark() {
        Browser.setWidth(driver, 1280);
        Browser.emulateColorScheme(driver, "dark");
        driver.get(served("article").url("05-practice.html"));
        Browser.waitUntilSettled(driver, "dark");
        Object system = driver.executeScript(PALETTE);
        Browser.emulateColorScheme(driver, "light");
        driver.executeScript("document.documentElement.setAttribute('data-theme', 'dark')");
        Browser.waitUntilSettled(driver, "dark");
        assertEquals(system, driver.executeScript(PALETTE));
    }

    /** Every custom property the theme defines on :root, with its value in force. */
    private static final String PALETTE = """
            var style = getComputedStyle(document.documentElement), names = [];
            for (var sheet of document.styleSheets) for (var rule of sheet.cssRules) {
              var s = rule.style || (rule.cssRules && rule.cssRules[0] && rule.cssRules[0].style);
              if (s) for (var i = 0; i < s.length; i++) if (s[i].startsWith('--')) names.push(s[i]);
            }
            return [...new Set(names)].sort().map(function (n) { return n + ':' + style.getPropertyValue(n).trim(); }).join(';');
            """;

    /** One violated rule, with what axe measured at each node: for contrast, both colours and the ratio. */
    private static String describe(Rule rule) {
        return rule.getId() + ": " + rule.getHelp() + rule.getNodes().stream().limit(5).map(n -> "\n    "
                + n.getTarget() + " " + measured(n)).collect(Collectors.joining()) + (rule.getNodes().size() > 5
                ? "\n    … and " + (rule.getNodes().size() - 5) + " more" : "");
    }

    private static String measured(CheckedNode node) {
        List<Check> checks = new ArrayList<>();
        for (List<Check> list : List.of(node.getAny(), node.getAll(), node.getNone())) if (list != null) checks.addAll(list);
        return checks.stream().map(Check::getMessage).collect(Collectors.joining("; "));
    }

    /** The site over loopback HTTP: its 404 page uses absolute URLs, which only a server resolves. */
    private static StaticServer served(String site) {
        return servers.computeIfAbsent(site, s -> new StaticServer(built(s)));
    }

    private static Path built(String site) {
        Path out = tmp.resolve(site);
        if (!Files.exists(out)) {
            if (site.equals("article")) TestSites.buildArticle(out, null);
            else TestSites.buildFixture(site, out);
        }
        return out;
    }

    private static List<String> htmlPages(Path site) {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(p -> p.toString().endsWith(".html")).map(p -> site.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith("assets/")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
