package dev.kiln.demo.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a demo trains with, checked. Read from a demo block's settings (YAML at build time,
 * JSON in the page), written back as JSON for the page, and the one place where the allowed
 * keys and ranges live, so the build and the browser refuse the same things.
 */
public final class DemoSpec {
    public static final int MAX_EPOCHS = 100_000;
    /**
     * Samples × parameters, the multiply-adds of one epoch's forward pass. Training itself is cut
     * into calls of about a millisecond, even mid-epoch, so this no longer bounds how long the page
     * waits on training; what it bounds is the model's snapshot, which the page takes several times
     * a second: the predictions for every training sample, one forward pass of an epoch in one
     * call. Measured in Chromium's Wasm GC from file:// (bench/demos' demo at the limit): at 2·10⁷
     * a snapshot took 32 ms and drawing it 9–13 ms, too close to a 50 ms long task on a loaded
     * machine; at 10⁷ both halve.
     */
    public static final double MAX_WORK_PER_EPOCH = 1e7;
    public static final List<String> CONTROLS = List.of("lr", "epochs", "optimizer", "batch", "seed", "noise", "l2", "momentum", "points", "patience",
            "preprocess", "init", "activation");
    /** What a demo shows beside its loss curve: the fit, per-layer gradient norms, or a gradient check. */
    public static final List<String> PANELS = List.of("fit", "gradients", "check");

    public String title = "";
    // data
    public String dataKind = "uniform";
    public int samples = 100;
    public int features = 1;
    public int dataSeed = 42;
    public double[] trueWeights = {2};
    public double trueBias = 0;
    public double[] scales = {};
    public double noise = 0;
    public double[][] points = {};
    public double validation = 0;
    // model
    public int[] units = {1};
    public Activation[] activations = {Activation.LINEAR};
    public Initializer init = Initializer.GLOROT_UNIFORM;
    public double initSigma = 0.05;
    public int initSeed = 1;
    // training
    public Loss loss = Loss.MSE;
    public Loss[] metrics = {};
    public String optimizer = "adam";
    public double lr = 0.001;
    public double momentum = 0;
    public double beta1 = 0.9;
    public double beta2 = 0.999;
    public double epsilon = 1e-7;
    public int epochs = 100;
    /** 0 trains on the full batch. */
    public int batch = 32;
    public boolean shuffle = true;
    public int shuffleSeed = 7;
    public double l2 = 0;
    /** Early stopping, as Keras's {@code EarlyStopping(monitor="val_loss", patience=N)}: 0 is off. */
    public int patience = 0;
    public String preprocess = "none";
    public String[] controls = {};
    public String panel = "fit";
    /** Runs with their own changes to these settings, drawn in one chart ({@link DemoRuns}); empty for a demo of one run. */
    public DemoSpec[] runs = {};
    /** A run's name, in the legend and the runs table. */
    public String label = "";
    /** The loss the runs table times each run to (0: none). */
    public double target = 0;
    /** The runs as written, each with its label: what the page gets, to write them over its own settings. */
    List<Object> runOverrides = List.of();

    /**
     * Reads and checks settings given as maps and lists (from YAML or JSON).
     *
     * @throws SpecException naming the first bad setting; {@link SpecException#all()} has every one found
     */
    @SuppressWarnings("unchecked")
    public static DemoSpec from(Map<String, Object> settings) {
        DemoSpec s = new DemoSpec();
        List<SpecException> problems = new ArrayList<>();
        SpecReader r = new SpecReader(settings, "", problems);
        r.only("title", "data", "model", "init", "loss", "metrics", "optimizer", "epochs", "batch", "shuffle", "seeds",
                "l2", "patience", "preprocess", "controls", "panel", "runs", "target");
        try {
            s.title = r.string("title", "");
            SpecReader data = r.child("data");
            data.only("kind", "samples", "features", "seed", "weights", "bias", "scales", "noise", "points", "validation");
            s.dataKind = data.oneOf("kind", "uniform", "uniform", "linear", "sine", "points");
            s.samples = data.integer("samples", 100, 1, 10_000);
            s.features = data.integer("features", 1, 1, 16);
            s.dataSeed = data.integer("seed", 42, 0, Integer.MAX_VALUE);
            s.trueWeights = data.numbers("weights", new double[] {2});
            if (s.dataKind.equals("linear") && data.has("weights")) s.features = s.trueWeights.length;
            s.trueBias = data.number("bias", 0, -1e6, 1e6);
            s.scales = data.numbers("scales", new double[0]);
            s.noise = data.number("noise", 0, 0, 1e3);
            s.validation = data.number("validation", 0, 0, 0.9);
            if (s.dataKind.equals("points")) {
                s.points = data.matrix("points");
                if (s.points.length < 2) throw new SpecException(data.at("points"), "give at least two points, each [x…, y]");
                s.features = s.points[0].length - 1;
                s.samples = s.points.length;
            }
            if (s.dataKind.equals("linear") && s.trueWeights.length != s.features) {
                throw new SpecException(data.at("weights"), "give one weight per feature (" + s.features + ")");
            }
            if (s.scales.length != 0 && s.scales.length != s.features) {
                throw new SpecException(data.at("scales"), "give one scale per feature (" + s.features + ")");
            }
            s.readModel(r);
            double work = (double) s.samples * s.parameters();
            if (work > MAX_WORK_PER_EPOCH) {
                throw new SpecException(r.at("model"), "too large for a live demo: " + s.samples + " samples × " + s.parameters()
                        + " parameters per epoch; keep their product under " + (long) (MAX_WORK_PER_EPOCH / 1e6) + " million (fewer samples or smaller layers)");
            }
            s.readInit(r);
            s.loss = r.loss("loss", Loss.MSE);
            List<Object> metrics = r.list("metrics");
            s.metrics = new Loss[metrics.size()];
            for (int i = 0; i < metrics.size(); i++) {
                Loss m = metrics.get(i) instanceof String name ? Loss.named(name) : null;
                if (m == null) throw new SpecException(r.at("metrics") + "[" + i + "]", "unknown metric `" + metrics.get(i) + "`: use mse or mae");
                s.metrics[i] = m;
            }
            s.readOptimizer(r);
            s.epochs = r.integer("epochs", 100, 1, MAX_EPOCHS);
            if ("full".equals(r.raw("batch"))) s.batch = 0;
            else s.batch = r.integer("batch", 32, 1, 1_000_000);
            s.shuffle = r.bool("shuffle", true);
            SpecReader seeds = r.child("seeds");
            seeds.only("init", "shuffle");
            s.initSeed = seeds.integer("init", s.initSeed, 0, Integer.MAX_VALUE);
            s.shuffleSeed = seeds.integer("shuffle", 7, 0, Integer.MAX_VALUE);
            s.l2 = r.number("l2", 0, 0, 10);
            s.patience = r.integer("patience", 0, 0, MAX_EPOCHS);
            if (s.patience > 0 && s.validation == 0) {
                throw new SpecException(r.at("patience"), "early stopping watches the validation loss: set data.validation too (for example 0.3)");
            }
            s.preprocess = r.oneOf("preprocess", "none", "none", "minmax", "zscore");
            List<Object> controls = r.list("controls");
            s.controls = new String[controls.size()];
            for (int i = 0; i < controls.size(); i++) {
                Object c = controls.get(i);
                if (!(c instanceof String name) || !CONTROLS.contains(name)) {
                    throw new SpecException(r.at("controls") + "[" + i + "]", "unknown control `" + c + "`: use " + String.join(", ", CONTROLS));
                }
                s.controls[i] = (String) c;
                if (c.equals("activation") && s.units.length < 2) {
                    throw new SpecException(r.at("controls") + "[" + i + "]", "the activation control sets the hidden layers' activation: give the model a hidden layer, such as [16 tanh, 1]");
                }
            }
            s.panel = r.oneOf("panel", "fit", PANELS.toArray(new String[0]));
            if (r.has("runs")) DemoRuns.read(s, r, problems);
            else if (r.has("target")) throw new SpecException(r.at("target"), "target is the loss the runs table times each run to: it needs runs");
            // the numeric gradient evaluates the loss four times per parameter
            if (s.panel.equals("check") && 4.0 * s.samples * s.parameters() * s.parameters() > MAX_WORK_PER_EPOCH) {
                throw new SpecException(r.at("panel"), "a gradient check evaluates the loss four times per parameter: keep samples × parameters² under "
                        + MAX_WORK_PER_EPOCH / 4e6 + " million ("
                        + s.samples + " × " + s.parameters() + "²)");
            }
        } catch (SpecException e) {
            problems.add(e); // a check that cannot go on; what was found before it is kept
        }
        if (!problems.isEmpty()) throw SpecException.of(problems);
        return s;
    }

    private void readModel(SpecReader r) {
        List<Object> layers = r.has("model") ? r.list("model") : List.of(1.0);
        if (layers.isEmpty()) throw new SpecException(r.at("model"), "give at least one layer, such as [1]");
        units = new int[layers.size()];
        activations = new Activation[layers.size()];
        for (int l = 0; l < layers.size(); l++) {
            String where = r.at("model") + "[" + l + "]";
            Object layer = layers.get(l);
            String text = layer instanceof Double d ? String.valueOf(d.intValue()) : String.valueOf(layer).trim();
            String[] parts = words(text);
            int n;
            try {
                n = Integer.parseInt(parts[0]);
            } catch (NumberFormatException e) {
                throw new SpecException(where, "a layer is a size and an optional activation, such as `32 tanh`; got `" + text + "`");
            }
            if (n < 1 || n > 256) throw new SpecException(where, "a layer has 1 to 256 units; got " + n);
            Activation a = parts.length > 1 ? Activation.named(parts[1]) : Activation.LINEAR;
            if (a == null || parts.length > 2) throw new SpecException(where, "unknown activation `" + parts[parts.length - 1] + "`: use linear, relu, sigmoid or tanh");
            units[l] = n;
            activations[l] = a;
        }
        if (units[units.length - 1] != 1) throw new SpecException(r.at("model") + "[" + (units.length - 1) + "]", "the last layer must have 1 unit (one output)");
    }

    /** Weights and biases of every layer. */
    public int parameters() {
        int n = 0;
        int in = features;
        for (int units : this.units) {
            n += in * units + units;
            in = units;
        }
        return n;
    }

    /** Whitespace-separated words, without regular expressions (which would triple the browser build). */
    private static String[] words(String text) {
        List<String> words = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && Json.isSpace(text.charAt(i))) i++;
            int start = i;
            while (i < text.length() && !Json.isSpace(text.charAt(i))) i++;
            if (i > start) words.add(text.substring(start, i));
        }
        if (words.isEmpty()) words.add("");
        return words.toArray(new String[0]);
    }

    private void readInit(SpecReader r) {
        if (!r.has("init")) return;
        if (r.raw("init") instanceof String name) {
            init = initializer(name, r.at("init"));
            return;
        }
        SpecReader i = r.child("init");
        i.only("name", "sigma", "seed");
        init = initializer(i.string("name", "glorot-uniform"), i.at("name"));
        initSigma = i.number("sigma", 0.05, 1e-9, 100);
        initSeed = i.integer("seed", 1, 0, Integer.MAX_VALUE);
    }

    private static Initializer initializer(String name, String where) {
        Initializer init = Initializer.named(name);
        if (init == null) throw new SpecException(where, "unknown initializer `" + name + "`: use zeros, uniform, gaussian, glorot-uniform, glorot-normal or he");
        return init;
    }

    private void readOptimizer(SpecReader r) {
        if (r.raw("optimizer") instanceof String name) {
            optimizer = r.oneOf("optimizer", "adam", "adam", "sgd");
            lr = optimizer.equals("adam") ? 0.001 : 0.01;
            return;
        }
        SpecReader o = r.child("optimizer");
        o.only("name", "lr", "momentum", "beta1", "beta2", "epsilon");
        optimizer = o.oneOf("name", "adam", "adam", "sgd");
        lr = o.number("lr", optimizer.equals("adam") ? 0.001 : 0.01, Double.MIN_VALUE, 1e6);
        momentum = o.number("momentum", 0, 0, 0.999);
        beta1 = o.number("beta1", 0.9, 0, 0.999999);
        beta2 = o.number("beta2", 0.999, 0, 0.999999999);
        epsilon = o.number("epsilon", 1e-7, Double.MIN_VALUE, 1);
    }

    /** The settings as JSON, for the page: what the browser reads back into an identical spec. */
    public String toJson() {
        Map<String, Object> all = toMap();
        if (runs.length > 0) {
            all.remove("panel"); // the runs table, which is not a panel one chooses
            all.put("runs", runOverrides);
            all.put("target", target);
        }
        return Json.write(all);
    }

    /**
     * Every setting, filled in, as the maps, lists, {@code Double}s and text that {@link #from}
     * reads: what a run's changes are written over ({@link DemoRuns}), in the build and in the page alike.
     */
    Map<String, Object> toMap() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("kind", dataKind);
        data.put("samples", (double) samples);
        data.put("features", (double) features);
        data.put("seed", (double) dataSeed);
        data.put("weights", list(trueWeights));
        data.put("bias", trueBias);
        data.put("scales", list(scales));
        data.put("noise", noise);
        List<Object> rows = new ArrayList<>();
        for (double[] p : points) rows.add(list(p));
        data.put("points", rows);
        data.put("validation", validation);
        List<Object> model = new ArrayList<>();
        for (int l = 0; l < units.length; l++) model.add(units[l] + " " + activations[l].key);
        Map<String, Object> opt = new LinkedHashMap<>();
        opt.put("name", optimizer);
        opt.put("lr", lr);
        opt.put("momentum", momentum);
        opt.put("beta1", beta1);
        opt.put("beta2", beta2);
        opt.put("epsilon", epsilon);
        Map<String, Object> initMap = new LinkedHashMap<>();
        initMap.put("name", init.key);
        initMap.put("sigma", initSigma);
        initMap.put("seed", (double) initSeed);
        Map<String, Object> seeds = new LinkedHashMap<>();
        seeds.put("shuffle", (double) shuffleSeed);
        List<Object> metricNames = new ArrayList<>();
        for (Loss m : metrics) metricNames.add(m.key);
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("title", title);
        all.put("data", data);
        all.put("model", model);
        all.put("init", initMap);
        all.put("loss", loss.key);
        all.put("metrics", metricNames);
        all.put("optimizer", opt);
        all.put("epochs", (double) epochs);
        all.put("batch", batch == 0 ? "full" : (Object) (double) batch);
        all.put("shuffle", shuffle);
        all.put("seeds", seeds);
        all.put("l2", l2);
        all.put("patience", (double) patience);
        all.put("preprocess", preprocess);
        all.put("controls", new ArrayList<Object>(Arrays.asList((Object[]) controls)));
        all.put("panel", panel);
        return all;
    }

    private static List<Object> list(double[] values) {
        List<Object> out = new ArrayList<>(values.length);
        for (double v : values) out.add(v);
        return out;
    }
}
