package dev.kiln.browser;

import dev.kiln.TestSites;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

/** What the article's browser tests share: the article built once per test class, and one Chromium. */
abstract class ArticleInBrowser {
    @TempDir
    static Path tmp;
    static Path site;
    static ChromeDriver driver;

    @BeforeAll
    static void buildArticleAndStartBrowser() {
        Browser.requireOrSkip();
        site = tmp.resolve("site");
        TestSites.buildArticle(site, null);
        driver = Browser.start();
    }

    static Object js(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    /** Runs a promise-returning expression in the page and returns its value. */
    static Object await(String promise) {
        return driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "Promise.resolve().then(function () { return " + promise + "; }).then(done, function (e) { done('ERROR: ' + (e && e.message || e)); });");
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) driver.quit();
    }
}
