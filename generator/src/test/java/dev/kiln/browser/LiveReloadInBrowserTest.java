package dev.kiln.browser;

import static dev.kiln.TestSites.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.TestSites;
import dev.kiln.pipeline.BuildOptions;
import dev.kiln.serve.DevServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** {@code kiln serve} with a real Chromium: pages follow edits by themselves, and broken edits show where they broke. */
class LiveReloadInBrowserTest {
    @TempDir
    Path dir;
    Path site;
    DevServer server;
    ChromeDriver driver;

    @BeforeEach
    void start() throws IOException {
        Browser.requireOrSkip();
        site = TestSites.create(dir.resolve("site"));
        write(site, "content/index.md", "---\ntitle: 首页\n---\n\n# 首页\n\n第一版的文字。\n\n" + "填充段落。\n\n".repeat(80));
        server = new DevServer(new BuildOptions(site.resolve("content"), site.resolve("templates"), site.resolve("site.yaml"),
                site.resolve("out"), null, false, false, site.resolve("cache")), new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        server.start("127.0.0.1", 0);
        driver = Browser.start();
        driver.get(server.address().toString());
        waitFor("the event stream to open", "return typeof EventSource !== 'undefined' && document.readyState === 'complete'");
    }

    @AfterEach
    void stop() {
        if (driver != null) driver.quit();
        if (server != null) server.close();
    }

    Object js(String script) {
        return driver.executeScript(script);
    }

    void waitFor(String what, String condition) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).withMessage(what).until(d -> Boolean.TRUE.equals(js(condition)));
    }

    /** Until the page's event stream is open and the server knows it: edits before that would be missed. */
    void waitForLiveReload() {
        waitFor("the live-reload stream to connect", "return document.documentElement.getAttribute('data-kiln-live') === 'connected'");
    }

    void edit(String from, String to) throws IOException {
        Path file = site.resolve("content/index.md");
        Files.writeString(file, Files.readString(file).replace(from, to));
    }

    @Test
    void anEditShowsUpWithoutAnyActionAndKeepsTheScrollPosition() throws Exception {
        waitForLiveReload();
        js("window.scrollTo(0, 600)");
        edit("第一版的文字", "第二版的文字");
        waitFor("the page to show the edit", "return document.body.innerText.indexOf('第二版的文字') >= 0");
        waitFor("the scroll position to come back", "return Math.abs(window.scrollY - 600) < 5");
    }

    @Test
    void aBrokenEditShowsAnOverlayWithFileAndLineUntilFixed() throws Exception {
        waitForLiveReload();
        Path file = site.resolve("content/index.md");
        String good = Files.readString(file);
        Files.writeString(file, good.replace("title: 首页", "title: \"首页"));
        waitFor("the overlay", "return !!document.getElementById('kiln-problems')");
        String overlay = driver.findElement(By.id("kiln-problems")).getText();
        assertTrue(overlay.contains("index.md:") && overlay.contains("malformed YAML"), overlay);
        assertTrue(overlay.matches("(?s).*index\\.md:\\d+:\\d+: .*"), "file:line:col: " + overlay);
        assertEquals("首页", driver.findElement(By.tagName("h1")).getText(), "the last good page stays underneath");
        Files.writeString(file, good.replace("第一版的文字", "修好了"));
        waitFor("the fixed page", "return document.body.innerText.indexOf('修好了') >= 0");
        assertEquals(Boolean.FALSE, js("return !!document.getElementById('kiln-problems')"), "the overlay is gone");
    }

    @Test
    void aStylesheetChangeIsSwappedInWithoutReloading() throws Exception {
        waitForLiveReload();
        js("window.kilnMark = 'still here'");
        String before = (String) js("return getComputedStyle(document.body).backgroundColor");
        // the author's own copy of the built-in stylesheet, saved into the (empty) theme folder while the page is open
        Path css = site.resolve("templates/assets/kiln.css");
        Files.createDirectories(css.getParent());
        Files.writeString(css, Files.readString(dev.kiln.TestSites.projectRoot().resolve("templates/assets/kiln.css")) + "\nbody { background-color: rgb(1, 2, 3) !important; }\n");
        waitFor("the new stylesheet", "return getComputedStyle(document.body).backgroundColor === 'rgb(1, 2, 3)'");
        assertEquals("still here", js("return window.kilnMark"), "no reload: " + before);
    }
}
