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
 * baseline), all in one run. Run by bench/demos (with DemoPageBench, what a reader's page costs);
 * prints figures, asserts nothing.
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
        System.out.println("== Chromium, headless: engines interleaved round by round");
        chromium(args[0]);
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

    static final Map<String, String> NAMES = Map.of("plain", "plain JavaScript (baseline)", "special", "specialised plain JS (linear only)",
            "js", "TeaVM JavaScript", "wasm", "TeaVM Wasm GC",
            "tfjs-wasm", "TF.js 4.22, wasm backend", "tfjs-cpu", "TF.js 4.22, cpu backend");
    static final Map<String, String> LABELS = Map.of("article", "article example (1000 epochs, batch 32)",
            "mlp", "1-32-32-1 tanh MLP (256 points, full batch, 2000 epochs)", "mlp64", "1-64-64-1 tanh MLP (1000 points, full batch, 300 epochs)",
            "mlp128", "1-128-128-1 tanh MLP (500 points, full batch, 100 epochs)");
    static final String[] KILN = {"plain", "js", "wasm"};
    // TF.js's cpu backend (about 2× its wasm backend's time on the MLPs, 0.7× on the article's) is left out: it doubled the bench's length
    static final String[] WITH_TFJS = {"plain", "js", "wasm", "tfjs-wasm"};

    /**
     * Each engine warmed, then timed in rounds that take the engines in turn, each round starting
     * with the next one (plain, js, wasm; js, wasm, plain; …), so no engine is always first or
     * always last. Per run: wall time from the page, and the CPU time of the page's main thread
     * from DevTools (Performance.getMetrics ThreadTime), which the machine's other load does not
     * inflate as much. Ratios are each round's engine over that round's plain JS, so a drift in
     * machine speed between rounds cancels; their median is reported.
     */
    @SuppressWarnings("unchecked")
    static void chromium(String page) throws Exception {
        ChromeDriver driver = start();
        try {
            driver.manage().timeouts().scriptTimeout(Duration.ofMinutes(10));
            driver.get(page);
            driver.executeAsyncScript("var done = arguments[arguments.length - 1]; ready.then(done, function (e) { done(String(e)); });");
            driver.executeCdpCommand("Performance.enable", Map.of());
            boolean tfjs = Boolean.TRUE.equals(driver.executeScript("return !!engines.tfjs"));
            if (!tfjs) System.out.println("  (TF.js not installed: bench/demos installs it from the npm registry)");
            // -Dmodels=article,mlp64 times only those (a quicker look while tuning; the full run times all three)
            for (String model : System.getProperty("models", "article,mlp,mlp64,mlp128").split(",")) {
                // the specialised trainer knows only the article's linear model
                java.util.List<String> list = new java.util.ArrayList<>(java.util.List.of(tfjs ? WITH_TFJS : KILN));
                if (model.equals("article")) list.add(1, "special");
                String[] ENGINES = list.toArray(new String[0]);
                int warm = model.equals("article") ? 3 : 1;
                int rounds = model.equals("article") ? 9 : 5;
                Map<String, double[][]> times = new java.util.LinkedHashMap<>(); // engine → [round][wall, cpu, loss]
                for (String e : ENGINES) {
                    for (int i = 0; i < warm; i++) run(driver, e, model);
                    times.put(e, new double[rounds][]);
                }
                for (int round = 0; round < rounds; round++) {
                    for (int k = 0; k < ENGINES.length; k++) {
                        String e = ENGINES[(round + k) % ENGINES.length];
                        times.get(e)[round] = run(driver, e, model);
                    }
                }
                System.out.println("  " + LABELS.get(model) + ", " + rounds + " rounds after " + warm + " warm-up runs each; medians");
                for (String e : ENGINES) {
                    double[][] t = times.get(e);
                    double[][] base = times.get("plain");
                    double[] wallRatio = new double[rounds];
                    double[] cpuRatio = new double[rounds];
                    for (int r = 0; r < rounds; r++) {
                        wallRatio[r] = t[r][0] / base[r][0];
                        cpuRatio[r] = t[r][1] / base[r][1];
                    }
                    System.out.printf("    %-28s wall %9.1f ms   cpu %9.1f ms   ×%.2f wall, ×%.2f cpu of plain JS   final loss %.6g%n",
                            NAMES.get(e), median(column(t, 0)), median(column(t, 1)), median(wallRatio), median(cpuRatio), t[0][2]);
                }
                // the targets: within 1.25× of the best plain JS, faster than TF.js's wasm backend
                for (String rival : new String[] {"special", "plain", "tfjs-wasm"}) {
                    if (!times.containsKey(rival)) continue;
                    double[] ratio = new double[rounds];
                    for (int r = 0; r < rounds; r++) ratio[r] = times.get("wasm")[r][1] / times.get(rival)[r][1];
                    System.out.printf("    Kiln Wasm GC ÷ %s, cpu: ×%.3g%n", NAMES.get(rival), median(ratio));
                }
            }
        } finally {
            driver.quit();
        }
    }

    /** One run: wall ms (the page's clock), main-thread CPU ms (DevTools), final loss. */
    @SuppressWarnings("unchecked")
    static double[] run(ChromeDriver driver, String engine, String model) {
        double cpu0 = threadTime(driver);
        Map<String, Object> r = (Map<String, Object>) driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "benchRun(arguments[0], arguments[1]).then(done, function (e) { done({error: String(e && e.stack || e)}); });", engine, model);
        if (r.containsKey("error")) throw new IllegalStateException(engine + " on " + model + ": " + r.get("error"));
        double cpu = (threadTime(driver) - cpu0) * 1000;
        return new double[] {((Number) r.get("ms")).doubleValue(), cpu, ((Number) r.get("loss")).doubleValue()};
    }

    @SuppressWarnings("unchecked")
    static double threadTime(ChromeDriver driver) {
        Map<String, Object> m = driver.executeCdpCommand("Performance.getMetrics", Map.of());
        for (Map<String, Object> metric : (java.util.List<Map<String, Object>>) m.get("metrics")) {
            if (metric.get("name").equals("ThreadTime")) return ((Number) metric.get("value")).doubleValue();
        }
        throw new IllegalStateException("this Chromium reports no ThreadTime metric");
    }

    static double[] column(double[][] rows, int c) {
        double[] out = new double[rows.length];
        for (int i = 0; i < rows.length; i++) out[i] = rows[i][c];
        return out;
    }

    static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    /** Headless Chromium as the tests start it (DemoPageBench uses it too). */
    static ChromeDriver start() throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--user-data-dir=" + Files.createTempDirectory("kiln-bench-"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }
}
