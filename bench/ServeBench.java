import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * kiln serve's edit-to-reload latency: the time from writing a Markdown file to the open page's
 * load event, in headless Chromium, against a `kiln serve` process the script started.
 * Usage: ServeBench BASE_URL MARKDOWN_FILE PAGE_PATH [EDITS]. Prints figures; asserts nothing.
 */
public class ServeBench {
    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        Path file = Path.of(args[1]);
        String page = args[2];
        int edits = args.length > 3 ? Integer.parseInt(args[3]) : 10;
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--user-data-dir=" + Files.createTempDirectory("kiln-bench-"));
        ChromeDriver driver = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort().build(), options);
        String original = Files.readString(file);
        List<Double> latencies = new ArrayList<>();
        List<Double> toReload = new ArrayList<>();
        try {
            driver.get(base.resolve(page).toString());
            Thread.sleep(500);
            for (int i = 1; i <= edits + 1; i++) {
                String marker = "KILNBENCH" + i + "X";
                long before = System.currentTimeMillis();
                save(file, original + "\n\n" + marker + "\n");
                long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                while (!Boolean.TRUE.equals(driver.executeScript(
                        "return document.readyState === 'complete' && document.body.innerText.indexOf(arguments[0]) >= 0", marker))) {
                    if (System.nanoTime() > deadline) throw new IllegalStateException("no reload after edit " + i);
                    Thread.sleep(5);
                }
                double loaded = ((Number) driver.executeScript(
                        "var n = performance.getEntriesByType('navigation')[0]; return performance.timeOrigin + n.loadEventEnd;")).doubleValue();
                double started = ((Number) driver.executeScript("return performance.timeOrigin;")).doubleValue();
                if (i > 1) {
                    latencies.add(loaded - before); // the first edit warms the JIT up
                    toReload.add(started - before);
                }
                Thread.sleep(300);
            }
        } finally {
            save(file, original);
            driver.quit();
        }
        Collections.sort(latencies);
        Collections.sort(toReload);
        System.out.printf("  edit-to-reload (file write → page load event), %d edits: median %.0f ms, min %.0f, max %.0f%n",
                latencies.size(), latencies.get(latencies.size() / 2), latencies.get(0), latencies.get(latencies.size() - 1));
        System.out.printf("    of which: write → reload starts (watch, rebuild, event) median %.0f ms; reload → load event %.0f ms%n",
                toReload.get(toReload.size() / 2), latencies.get(latencies.size() / 2) - toReload.get(toReload.size() / 2));
    }

    /** As editors save: a new file renamed over the old one. */
    static void save(Path file, String text) throws IOException {
        Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    static boolean up(URI base) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(base).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (Exception e) {
            return false;
        }
    }
}
