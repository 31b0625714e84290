package dev.kiln.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real headless Chromium for tests, from Debian's {@code chromium} and {@code chromium-driver}.
 * Both paths are given explicitly so Selenium never tries to download a browser. On CI a missing
 * browser fails the run; on a developer machine the browser tests are skipped with a notice.
 */
final class Browser {
    static final Path CHROMIUM = Path.of(System.getProperty("kiln.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("kiln.chromedriver", "/usr/bin/chromedriver"));

    private Browser() {}

    static void requireOrSkip() {
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) return;
        String notice = "Chromium browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                + " (Debian: apt-get install chromium chromium-driver)";
        if (System.getenv("CI") != null) Assertions.fail(notice + ": they are mandatory on CI");
        System.err.println("NOTICE: " + notice + "; skipping them.");
        Assumptions.abort(notice);
    }

    static ChromeDriver start() {
        requireOrSkip();
        Path profile;
        try {
            profile = Files.createTempDirectory("kiln-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1400,1000", "--lang=zh-CN");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    /**
     * Phone viewport: 360 by 740 CSS px. The window itself is resized rather than the device
     * metrics overridden: with an override, headless Chromium keeps sizing fixed-position boxes
     * from the old window, which no real phone does.
     */
    static void emulatePhone(ChromeDriver driver) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(360, 740));
    }

    static void emulateDesktop(ChromeDriver driver) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 1000));
    }

    /** A fresh reader: the site's home page, nothing stored, a desktop window, a light system theme. */
    static void reset(ChromeDriver driver, Path site) {
        driver.get(site.resolve("index.html").toUri().toString());
        driver.executeScript("localStorage.clear()");
        emulateDesktop(driver);
        emulateColorScheme(driver, "light");
    }

    static void setWidth(ChromeDriver driver, int width) {
        if (width <= 400) emulatePhone(driver);
        else driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, 900));
    }

    /**
     * Waits until the page is as a reader sees it at rest: loaded, its fonts in, the given colour
     * scheme in force, no CSS transition or animation running, and its size unchanged between two
     * looks. Checks that read colours or geometry run after this, never after a fixed pause.
     */
    static void waitUntilSettled(ChromeDriver driver, String scheme) {
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(20), Duration.ofMillis(50))
                .withMessage(() -> "the page did not settle in the " + scheme + " scheme: " + driver.executeScript(
                        "return [document.readyState, document.fonts.status, getComputedStyle(document.documentElement).colorScheme,"
                                + " document.getAnimations().length].join(' ')"))
                .until(d -> Boolean.TRUE.equals(driver.executeScript(SETTLED, scheme)));
    }

    private static final String SETTLED = """
            var root = document.documentElement;
            var size = root.scrollWidth + 'x' + root.scrollHeight;
            var same = window.__kilnSettleSize === size;
            window.__kilnSettleSize = size;
            return same && document.readyState === 'complete' && document.fonts.status === 'loaded'
                && getComputedStyle(root).colorScheme === arguments[0]
                && document.getAnimations().every(function (a) { return a.playState !== 'running'; });
            """;

    static void emulateColorScheme(ChromeDriver driver, String scheme) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", java.util.List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    /** Saves a screenshot under target/screenshots, kept as a build artefact for people to look at. */
    static void screenshot(TakesScreenshot what, String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            File shot = what.getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), dir.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
