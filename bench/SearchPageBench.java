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
 * prefix's results: the first of them (results show as their text arrives) and all of them.
 * The first keystroke of a fresh page (engine and meta already loaded by focus, shards not) is
 * reported apart; so is the time from focus to the engine being ready. Sites alternate, round by round. Usage:
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
              var start = performance.now(), first = null;
              var watch = new MutationObserver(function () {
                if (panel.hidden) return;
                var complete = panel.getAttribute('data-query') === value;
                if (first === null && (complete || panel.getAttribute('data-partial') === value)) first = performance.now() - start;
                if (complete) {
                  watch.disconnect();
                  times.push([first, performance.now() - start]);
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
        // per site: [first keystroke, later keystrokes] x [first results shown, all ten shown], then focus to ready
        List<List<List<Double>>> times = new ArrayList<>();
        for (int s = 0; s < sites.size(); s++) times.add(List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
        try {
            for (int round = 0; round <= rounds; round++) { // round 0 warms Chromium and the disk cache, and is not counted
                for (int s = 0; s < sites.size(); s++) {
                    for (String query : queries) {
                        driver.get(sites.get(s)[1]);
                        Number ready = (Number) driver.executeAsyncScript("var done = arguments[arguments.length - 1], t = performance.now();"
                                + "document.getElementById('kiln-search-input').focus();"
                                + "(function wait() { if (document.querySelector('[data-kiln-search][data-ready]')) done(performance.now() - t); else setTimeout(wait, 2); })();");
                        @SuppressWarnings("unchecked")
                        List<List<Number>> typed = (List<List<Number>>) driver.executeAsyncScript(TYPE, query);
                        if (round == 0) continue;
                        times.get(s).get(4).add(ready.doubleValue());
                        for (int k = 0; k < typed.size(); k++) {
                            times.get(s).get(k == 0 ? 0 : 2).add(typed.get(k).get(0).doubleValue());
                            times.get(s).get(k == 0 ? 1 : 3).add(typed.get(k).get(1).doubleValue());
                        }
                    }
                }
            }
        } finally {
            driver.quit();
        }
        String[] what = {"first keystroke, first results", "first keystroke, all results   ", "later keystrokes, first results",
            "later keystrokes, all results  ", "focus to engine ready         "};
        for (int s = 0; s < sites.size(); s++) {
            for (int k = 0; k < what.length; k++) {
                List<Double> t = times.get(s).get(k);
                System.out.printf("  %-12s %s: median %6.1f ms, p95 %6.1f ms, max %6.1f ms (%d)%n",
                        sites.get(s)[0], what[k], pct(t, 50), pct(t, 95), pct(t, 100), t.size());
            }
        }
    }

    static double pct(List<Double> v, int p) {
        List<Double> s = new ArrayList<>(v);
        Collections.sort(s);
        return s.get(Math.min(s.size() - 1, (int) Math.ceil(p / 100.0 * s.size()) - 1 < 0 ? 0 : (int) Math.ceil(p / 100.0 * s.size()) - 1));
    }
}
