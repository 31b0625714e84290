import dev.kiln.demo.engine.DemoSpec;
import dev.kiln.demo.engine.Json;
import dev.kiln.demo.engine.Trainer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The demo engine's speed: the article's example (1000 epochs, batch 32) and a 1-32-32-1 tanh MLP
 * (256 sine points, full batch, Adam 0.01, 2000 epochs), on the JVM and in headless Chromium as
 * TeaVM JavaScript, as TeaVM Wasm GC and as a hand-written plain-JavaScript trainer (the
 * baseline), all in one run. Run by bench/demos; prints figures, asserts nothing.
 */
public class DemoBench {
    static final String ARTICLE = "{\"data\":{\"kind\":\"uniform\",\"samples\":100,\"features\":2,\"seed\":42},\"model\":[1],"
            + "\"loss\":\"mse\",\"metrics\":[\"mae\"],\"optimizer\":{\"name\":\"adam\",\"lr\":0.1},\"epochs\":1000,\"batch\":32}";
    static final String MLP = "{\"data\":{\"kind\":\"sine\",\"samples\":256,\"noise\":0.1,\"seed\":1},\"model\":[\"32 tanh\",\"32 tanh\",1],"
            + "\"optimizer\":{\"name\":\"adam\",\"lr\":0.01},\"epochs\":2000,\"batch\":\"full\"}";

    public static void main(String[] args) throws Exception {
        System.out.println("== JVM (this JVM's flags), ms");
        jvm("article example", ARTICLE, 20);
        jvm("1-32-32-1 tanh MLP", MLP, 3);
        System.out.println("== Chromium, headless, ms (first run in the page, then median of the rest)");
        chromium(Path.of(args[0]));
    }

    @SuppressWarnings("unchecked")
    static void jvm(String label, String json, int reps) {
        DemoSpec spec = DemoSpec.from((Map<String, Object>) Json.parse(json, Double::parseDouble));
        double first = train(spec);
        double[] times = new double[reps];
        for (int i = 0; i < reps; i++) times[i] = train(spec);
        Arrays.sort(times);
        System.out.printf("  %-22s first %8.1f   median %8.1f%n", label, first, times[reps / 2]);
    }

    static double train(DemoSpec spec) {
        long t0 = System.nanoTime();
        Trainer t = new Trainer(spec);
        while (t.runEpoch()) { }
        return (System.nanoTime() - t0) / 1e6;
    }

    @SuppressWarnings("unchecked")
    static void chromium(Path page) throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--user-data-dir=" + Files.createTempDirectory("kiln-bench-"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        try {
            driver.manage().timeouts().scriptTimeout(Duration.ofMinutes(5));
            driver.get(page.toUri().toString());
            Map<String, Object> results = (Map<String, Object>) driver.executeAsyncScript(
                    "var done = arguments[arguments.length - 1]; window.benchResult.then(done);");
            if (results.containsKey("error")) throw new IllegalStateException(String.valueOf(results.get("error")));
            for (String model : new String[] {"article", "mlp"}) {
                Map<String, Object> r = (Map<String, Object>) results.get(model);
                double base = number(r, "plain", "median");
                System.out.println("  " + (model.equals("article") ? "article example" : "1-32-32-1 tanh MLP"));
                for (String engine : new String[] {"plain", "js", "wasm"}) {
                    double median = number(r, engine, "median");
                    System.out.printf("    %-34s first %8.1f   median %8.1f   ×%.2f of plain JS   final loss %.6g%n",
                            engine.equals("plain") ? "plain JavaScript (baseline)" : engine.equals("js") ? "TeaVM JavaScript" : "TeaVM Wasm GC",
                            number(r, engine, "first"), median, median / base, number(r, engine, "loss"));
                }
            }
        } finally {
            driver.quit();
        }
    }

    @SuppressWarnings("unchecked")
    static double number(Map<String, Object> r, String engine, String key) {
        return ((Number) ((Map<String, Object>) r.get(engine)).get(key)).doubleValue();
    }
}
