import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Keystroke-to-results latency in Chromium: each query typed one character at a time into the
 * real search box (value set, input event sent), timed from the event to the panel showing that
 * prefix's results. The first keystroke of a fresh page (engine and meta already loaded by focus,
 * shards not) is reported apart. Sites alternate, round by round. Usage:
 * java -cp kiln.jar:test-classpath bench/SearchPageBench.java ROUNDS NAME=URL... -- QUERY...
 */
public class SearchPageBench {
    static final String TYPE = """
            var done = arguments[arguments.length - 1], text = arguments[0];
            var input = document.getElementById('kiln-search-input'), panel = document.querySelector('.search-panel');
            var times = [], i = 0;
            function next() {
              if (i >= text.length) { done(times); return; }
              var value = text.slice(0, ++i);
              if (value.trim() === '' ) { next(); return; }
              var start = performance.now();
              var watch = new MutationObserver(function () {
                if (!panel.hidden && panel.getAttribute('data-query') === value) {
                  watch.disconnect();
                  times.push(performance.now() - start);
                  requestAnimationFrame(function () { setTimeout(next, 0); });
                }
              });
              watch.observe(panel, { attributes: true });
              input.value = value;
              input.dispatchEvent(new Event('input'));
            }
            next();
            """;

    public static void main(String[] args) {
        int rounds = Integer.parseInt(args[0]);
        List<String[]> sites = new ArrayList<>();
        List<String> queries = new ArrayList<>();
        boolean q = false;
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--")) q = true;
            else if (q) queries.add(args[i]);
            else sites.add(args[i].split("=", 2));
        }
        ChromeOptions options = new ChromeOptions().setBinary("/usr/bin/chromium")
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--allow-file-access-from-files");
        ChromeDriver driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new java.io.File("/usr/bin/chromedriver")).build(), options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
        List<List<Double>> firsts = new ArrayList<>(), rest = new ArrayList<>();
        for (int s = 0; s < sites.size(); s++) {
            firsts.add(new ArrayList<>());
            rest.add(new ArrayList<>());
        }
        try {
            for (int round = 0; round <= rounds; round++) { // round 0 warms Chromium and the disk cache, and is not counted
                for (int s = 0; s < sites.size(); s++) {
                    for (String query : queries) {
                        driver.get(sites.get(s)[1]);
                        driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
                                + "var i = document.getElementById('kiln-search-input'); i.focus();"
                                + "(function wait() { if (window.KilnSearchEngine && document.querySelector('script[src$=\"meta.js\"]')) setTimeout(done, 50); else setTimeout(wait, 10); })();");
                        @SuppressWarnings("unchecked")
                        List<Number> times = (List<Number>) driver.executeAsyncScript(TYPE, query);
                        if (round == 0) continue;
                        firsts.get(s).add(times.get(0).doubleValue());
                        for (int k = 1; k < times.size(); k++) rest.get(s).add(times.get(k).doubleValue());
                    }
                }
            }
        } finally {
            driver.quit();
        }
        for (int s = 0; s < sites.size(); s++) {
            System.out.printf("  %-14s first keystroke (loads shards): median %6.1f ms, max %6.1f ms | later keystrokes: median %5.1f ms, p95 %5.1f ms, max %5.1f ms (%d)%n",
                    sites.get(s)[0], pct(firsts.get(s), 50), pct(firsts.get(s), 100), pct(rest.get(s), 50), pct(rest.get(s), 95), pct(rest.get(s), 100), rest.get(s).size());
        }
    }

    static double pct(List<Double> v, int p) {
        List<Double> s = new ArrayList<>(v);
        Collections.sort(s);
        return s.get(Math.min(s.size() - 1, (int) Math.ceil(p / 100.0 * s.size()) - 1 < 0 ? 0 : (int) Math.ceil(p / 100.0 * s.size()) - 1));
    }
}
