import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * What the article's demo pages cost a reader, in headless Chromium on the built site:
 * <ul>
 *   <li>the bytes the page with the most demos downloads before Train is pressed, gzip -9, fonts
 *       excluded (the budget: 150 KB), from the resources the page really requested;</li>
 *   <li>the main thread's long tasks (PerformanceObserver "longtask", 50 ms or more) while a demo
 *       trains at the largest settings the widget allows, pressed as a reader presses Train.</li>
 * </ul>
 * Run by bench/demos with the built site's folder; prints figures, asserts nothing.
 */
public class DemoPageBench {
    static final long BUDGET = 150 * 1024;

    public static void main(String[] args) throws Exception {
        Path site = Path.of(args[0]);
        ChromeDriver driver = start();
        try {
            driver.manage().timeouts().scriptTimeout(Duration.ofMinutes(5));
            budget(driver, site, "03-algorithms.html");
            // from disk the page trains in its own time slices; served, in a Web Worker
            String[] bases = args.length > 1 ? new String[] {site.toUri().toString(), args[1]} : new String[] {site.toUri().toString()};
            for (String base : bases) {
                System.out.println("== long tasks while training, " + (base.startsWith("file:") ? "from file:// (time slices)" : "served over http (Web Worker)")
                        + "; Train pressed, so the run is animated");
                longTasks(driver, base, "05-practice.html", 0, 100000, "§5 Keras example, 100,000 epochs");
                longTasks(driver, base, "03-algorithms.html", 3, 10000, "§3.3 64-64 tanh MLP, 10,000 epochs");
                longTasks(driver, base, "03-algorithms.html", 2, 20000, "§3.2 four optimizers at once, 20,000 epochs");
                longTasks(driver, base, "03-algorithms.html", 1, 3000, "§3.2 8-layer tanh network, 3,000 epochs");
                longTasks(driver, base, "../limit/index.html", 0, 5, "at the size limit (10⁷ per epoch), 5 epochs");
            }
        } finally {
            driver.quit();
        }
    }

    /** Every resource the page loaded by itself, with the page, gzipped at level 9 as a server would send it. */
    @SuppressWarnings("unchecked")
    static void budget(ChromeDriver driver, Path site, String page) throws Exception {
        driver.get(site.resolve(page).toUri().toString());
        waitForDemos(driver);
        // what the page itself loads (file:// leaves no resource timing entries): scripts, styles, images
        List<String> urls = (List<String>) driver.executeScript("return [location.href.split('#')[0]].concat(Array.prototype.map.call("
                + "document.querySelectorAll('script[src], link[rel=stylesheet][href], img[src]'), function (e) { return e.src || e.href; }))");
        long total = 0;
        System.out.println("== " + page + " before Train: what it downloads (gzip -9; fonts excluded)");
        for (String url : urls.stream().distinct().toList()) {
            Path file = Path.of(URI.create(url.split("[?#]")[0]));
            String name = site.relativize(file).toString();
            if (name.matches(".*\\.(woff2?|ttf|otf)$")) continue;
            long gz = gzip(Files.readAllBytes(file));
            total += gz;
            System.out.printf("  %-44s %8d%n", name, gz);
        }
        System.out.printf("  %-44s %8d   (%.0f %% of the %d KB budget)%n", "total", total, 100.0 * total / BUDGET, BUDGET / 1024);
    }

    /** Sets one control, presses Train, and collects the page's long tasks until the run is done. */
    @SuppressWarnings("unchecked")
    static void longTasks(ChromeDriver driver, String base, String page, int demo, int epochs, String label) {
        driver.get(base + page + "?engine=wasm");
        waitForDemos(driver);
        Map<String, Object> r = (Map<String, Object>) driver.executeAsyncScript("""
                var done = arguments[arguments.length - 1], d = Kiln.demos[arguments[0]], tasks = [];
                new PerformanceObserver(function (list) { list.getEntries().forEach(function (e) { tasks.push(e.duration); }); })
                  .observe({type: 'longtask'});
                d.set('epochs', arguments[1]);
                var t0 = performance.now();
                d.train();
                (function wait() {
                  if (d.running) return requestAnimationFrame(wait);
                  setTimeout(function () { // let the observer deliver the last entries
                    done({ms: performance.now() - t0, count: tasks.length, longest: tasks.length ? Math.max.apply(null, tasks) : 0,
                          epochs: d.tracks[0].state ? d.tracks[0].state.loss.length : 0});
                  }, 100);
                })();
                """, demo, epochs);
        System.out.printf("  %-46s %6.0f ms for %s epochs: %s long tasks, longest %.0f ms%n", label, number(r, "ms"),
                r.get("epochs"), r.get("count"), number(r, "longest"));
    }

    static void waitForDemos(ChromeDriver driver) {
        driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "(function wait() { if (window.Kiln && Kiln.demos && Kiln.demos.length) done(); else setTimeout(wait, 10); })();");
    }

    static long gzip(byte[] bytes) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out) {
            { def.setLevel(Deflater.BEST_COMPRESSION); }
        }) {
            gz.write(bytes);
        }
        return out.size();
    }

    static double number(Map<String, Object> m, String key) {
        return ((Number) m.get(key)).doubleValue();
    }

    static ChromeDriver start() throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + Files.createTempDirectory("kiln-page-"));
        return new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort().build(),
                options);
    }
}
