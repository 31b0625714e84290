package dev.kiln.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.HtmlChecker;
import dev.kiln.TestSites;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Every page of the article and of the English fixture, opened in Chromium over loopback HTTP:
 * every request the page makes (stylesheets, fonts, scripts, images, the demo engine, mermaid.js)
 * goes to the site's own origin. The browser's resource timing list is the record: it holds
 * failed loads too.
 */
class NoRequestLeavesTheSiteTest {
    @TempDir
    static Path tmp;
    static ChromeDriver driver;

    @BeforeAll
    static void startBrowser() {
        Browser.requireOrSkip();
        driver = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) driver.quit();
    }

    /**
     * Every page ships a Content-Security-Policy that allows script only from the site (demo pages
     * add WebAssembly and TeaVM's eval), and works under it: the theme script ran, demos started.
     * A canary with inline script under the same policy shows the policy is really enforced.
     */
    @Test
    void everyPageWorksUnderAStrictContentSecurityPolicy() {
        Path article = tmp.resolve("csp");
        TestSites.buildArticle(article, null);
        String index = TestSites.read(article.resolve("index.html"));
        TestSites.write(article, "canary.html", index.replace("</head>", "<script>window.inlineRan = true;</script></head>"));
        try (StaticServer server = new StaticServer(article)) {
            for (Path page : HtmlChecker.pages(article)) {
                String name = page.getFileName().toString();
                driver.get(server.url(article.relativize(page).toString().replace('\\', '/')));
                Browser.waitUntilSettled(driver, "light");
                String policy = (String) driver.executeScript(
                        "var m = document.querySelector('meta[http-equiv=\"Content-Security-Policy\"]'); return m && m.content");
                assertTrue(policy != null && policy.contains("script-src 'self'") && !policy.contains("'unsafe-inline'; style"), name + ": " + policy);
                boolean rootFinder = name.equals("404.html") && policy.contains("script-src 'self' '" + "sha256-");
                assertTrue(policy.contains("script-src 'self';") || rootFinder || TestSites.read(page).contains("data-demo"),
                        name + " adds eval only for demos, and one script by its hash only on the 404 page: " + policy);
                if (rootFinder) assertTrue(policy.contains(dev.kiln.render.InlineScript.FIND_ROOT.hash()), "the hash is the root finder's");
                assertEquals("js", driver.executeScript("return document.documentElement.className"), name + ": the theme script ran");
                if (name.equals("canary.html")) assertEquals(Boolean.FALSE, driver.executeScript("return window.inlineRan === true"), "inline script is blocked");
                if (name.equals("05-practice.html")) {
                    assertEquals(Boolean.TRUE, driver.executeScript("return !!(window.Kiln && Kiln.demos && Kiln.demos.length === 1)"), "the demo started");
                }
            }
        }
    }

    @Test
    void everyRequestOfEveryPageStaysOnTheSite() {
        Path article = tmp.resolve("article");
        TestSites.buildArticle(article, null);
        Path english = tmp.resolve("english");
        TestSites.buildFixture("english", english);
        // A canary that does load from elsewhere (another loopback address), to show the record catches it.
        TestSites.write(english, "canary.html", "<!DOCTYPE html><html lang=\"en\"><head><title>c</title>"
                + "<link rel=\"stylesheet\" href=\"http://127.0.0.2:9/elsewhere.css\"></head><body><main>c</main></body></html>");
        List<String> leaks = new ArrayList<>();
        int requests = 0;
        for (Path site : List.of(article, english)) {
            try (StaticServer server = new StaticServer(site)) {
                String origin = server.url("");
                for (Path page : HtmlChecker.pages(site)) {
                    driver.get(server.url(site.relativize(page).toString().replace('\\', '/')));
                    Browser.waitUntilSettled(driver, page.endsWith("canary.html") ? "normal" : "light");
                    @SuppressWarnings("unchecked")
                    List<String> urls = (List<String>) driver.executeScript(
                            "return performance.getEntriesByType('resource').map(function (e) { return e.name; })");
                    requests += urls.size();
                    for (String url : urls) if (!url.startsWith(origin)) leaks.add(page.getFileName() + " → " + url);
                }
            }
        }
        assertEquals(List.of("canary.html → http://127.0.0.2:9/elsewhere.css"), leaks, "requests that left the site");
        assertFalse(requests == 0, "the pages made requests at all (stylesheets, scripts), so the record is real");
    }
}
