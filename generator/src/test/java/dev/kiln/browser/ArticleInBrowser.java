package dev.kiln.browser;

import dev.kiln.TestSites;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What the article's browser tests share: the article built once per test class, one Chromium
 * (scripts may run a minute: a demo's whole run is one), a fresh page state before each test, and
 * the waits the demo tests need.
 */
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
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    @BeforeEach
    void fresh() {
        Browser.reset(driver, site);
    }

    /** Opens a page (a file:// or http URL) and waits until its {@code demos} demo widgets are there. */
    static void openWithDemos(String url, int demos) {
        driver.get(url);
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> Boolean.TRUE.equals(js("return !!(window.Kiln && Kiln.demos && Kiln.demos.length === " + demos + ")")));
    }

    /**
     * Script, inside a {@code then(function (r) …)} of a demo with runs, that counts in
     * {@code differ} the epochs whose loss is not the build's, bit for bit; the build keeps a
     * diverged epoch's ∞ as null (JSON has no infinities), and there, not finite is the match.
     */
    static String runsDiffer(String id) {
        return "var built = JSON.parse(document.querySelector('#" + id + " .demo-result').textContent), differ = 0;"
                + " r.runs.forEach(function (run, i) { built.runs[i].loss.forEach(function (v, e) {"
                + " if (v === null ? isFinite(run.loss[e]) : !Object.is(v, run.loss[e])) differ++; }); });";
    }

    /**
     * Lets the page draw {@code n} frames. Training runs a slice per animation frame (and a worker
     * reports about once a frame), so a run that was stopped shows it by not moving over them; no
     * wall-clock pause is needed.
     */
    static void waitFrames(int n) {
        driver.executeAsyncScript("var done = arguments[arguments.length - 1], left = arguments[0];"
                + "(function tick() { if (left-- <= 0) done(); else requestAnimationFrame(tick); })();", n);
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
