package dev.kiln.browser;

import dev.kiln.write.MermaidAssets;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A page with Kiln's drawing on the left and mermaid.js's drawing of the same source on the right (mermaid.js only in tests). */
final class MermaidSideBySide {
    private MermaidSideBySide() {}

    /**
     * Opens the page once mermaid.js has drawn, and saves a screenshot of it.
     *
     * @param kilnFigure the figure's HTML, as Kiln published it
     * @param site       the built site, for its stylesheet
     * @param dir        a fresh directory for the page and its copy of mermaid.min.js
     */
    static void open(ChromeDriver driver, String kilnFigure, String source, Path site, Path dir, String screenshot) throws IOException {
        Files.createDirectories(dir);
        try (InputStream js = MermaidSideBySide.class.getClassLoader().getResourceAsStream(
                "META-INF/resources/webjars/mermaid/" + MermaidAssets.VERSION + "/dist/mermaid.min.js")) {
            Files.copy(js, dir.resolve("mermaid.min.js"));
        }
        Files.writeString(dir.resolve("compare.html"), "<!doctype html><html lang=zh-CN class=js><meta charset=utf-8>"
                + "<link rel=stylesheet href='" + site.resolve("assets/kiln.css").toUri() + "'>"
                + "<body style='display:grid;grid-template-columns:1fr 1fr;gap:16px;padding:16px'>"
                + "<div><p>Kiln (build time)</p>" + kilnFigure + "</div>"
                + "<div><p>mermaid.js " + MermaidAssets.VERSION + " (browser)</p><pre class=mermaid>" + source.replace("<", "&lt;") + "</pre></div>"
                + "<script src=mermaid.min.js></script><script>mermaid.initialize({startOnLoad:false});mermaid.run();</script></body></html>");
        Browser.emulateDesktop(driver);
        driver.get(dir.resolve("compare.html").toUri().toString());
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> Boolean.TRUE.equals(driver.executeScript("return document.querySelector('pre.mermaid svg') !== null")));
        Browser.screenshot(driver, screenshot);
    }
}
