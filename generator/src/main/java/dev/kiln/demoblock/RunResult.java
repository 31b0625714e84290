package dev.kiln.demoblock;

import dev.kiln.demo.engine.DemoSpec;
import dev.kiln.demo.engine.GradientCheck;
import dev.kiln.demo.engine.Json;
import dev.kiln.demo.engine.Trainer;
import dev.kiln.problem.Limits;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A demo's training run at build time: what the page shows before (or without) JavaScript, and
 * what the browser's run is compared with. Numbers are written in the JVM's round-trip form, so
 * the page reads back the very same bits.
 *
 * @param metrics    per metric name, its per-epoch history
 * @param divergedAt the epoch (from 1) whose loss was not finite, or 0
 * @param stoppedAt  the epoch (from 1) after which early stopping ended the run, or 0
 * @param initialGradientNorms per layer, the gradient norm at the initial weights
 * @param check      the gradient check at the final weights, for a demo whose panel shows it; else null
 * @param updates    the parameter updates made, one per batch
 */
public record RunResult(double[] loss, Map<String, double[]> metrics, double[] validationLoss, double[] inputs,
        double[] targets, double[] predictions, double[][] weights, double[] gradientNorms, int divergedAt, int stoppedAt,
        double[] initialGradientNorms, Check check, int updates) {

    /**
     * Per parameter array, the largest relative error of backpropagation and of the article's
     * printed formulas against numeric gradients (see the engine's GradientCheck).
     *
     * @param printed empty where the formulas do not describe the model; NaN where a formula's shape is wrong
     */
    public record Check(double[] backprop, double[] printed) {}

    /** A build-time run that ran past its time budget. */
    static final class TooLong extends RuntimeException {
        TooLong(Duration budget, int epochs) {
            super("training this demo at build time took longer than " + Limits.describe(budget) + " (Kiln's limit) after "
                    + epochs + " epochs; use fewer epochs, samples or units");
        }
    }

    static RunResult train(DemoSpec spec) {
        return train(spec, Limits.DEMO_TIME);
    }

    /** @throws TooLong if the epochs take longer than {@code budget} in all */
    static RunResult train(DemoSpec spec, Duration budget) {
        Trainer t = new Trainer(spec);
        long deadline = System.nanoTime() + budget.toNanos();
        int epochs = 0;
        while (t.runEpoch()) {
            // epoch by epoch, exactly as the page does it
            if (++epochs % 16 == 0 && System.nanoTime() > deadline) throw new TooLong(budget, epochs);
        }
        Map<String, double[]> metrics = new LinkedHashMap<>();
        for (int m = 0; m < spec.metrics.length; m++) metrics.put(spec.metrics[m].key, cached(t.metricHistory(m)));
        double[][] weights = t.model().weights();
        for (int l = 0; l < weights.length; l++) weights[l] = cached(weights[l]);
        Check check = null;
        if (spec.panel.equals("check")) {
            GradientCheck.Report r = t.gradientCheck();
            check = new Check(cached(r.backprop), r.printed == null ? new double[0] : cached(r.printed));
        }
        return new RunResult(cached(t.lossHistory()), metrics, cached(t.validationLossHistory()), cached(t.firstFeature()), cached(t.targets()),
                cached(t.predictions()), weights, cached(t.gradientNorms()), t.divergedAt(), t.stoppedAt(), cached(t.initialGradientNorms()), check, t.updates());
    }

    /**
     * The values as the cache gives them back: JSON has no infinities, so a diverged run's ±∞ are
     * stored as null and read as NaN. A fresh run is made the same, or a page built from the cache
     * would differ from one built fresh (kiln serve's incremental build against a clean one).
     */
    private static double[] cached(double[] values) {
        double[] out = values.clone();
        for (int i = 0; i < out.length; i++) if (Double.isInfinite(out[i])) out[i] = Double.NaN;
        return out;
    }

    public int epochs() {
        return loss.length;
    }

    public double finalLoss() {
        return loss.length == 0 ? Double.NaN : loss[loss.length - 1];
    }

    /** Whether a reader sees the weights themselves (a linear model's w and b), not just their count. */
    boolean weightsShown() {
        return weights.length == 1 && weights[0].length <= 9;
    }

    /**
     * The result as the page gets it: as {@link #toJson} but, where the read-out gives only the
     * parameter count, the count instead of every weight (the 8-layer demo's 6,433 weights were a
     * third of its page).
     */
    String toPageJson() {
        Map<String, Object> json = toMap();
        if (!weightsShown()) {
            int n = 0;
            for (double[] layer : weights) n += layer.length;
            json.put("weights", new double[0][]);
            json.put("parameters", n);
        }
        return Json.write(json);
    }

    String toJson() {
        return Json.write(toMap());
    }

    private Map<String, Object> toMap() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("loss", loss);
        json.put("metrics", new LinkedHashMap<String, Object>(metrics));
        json.put("validationLoss", validationLoss);
        json.put("inputs", inputs);
        json.put("targets", targets);
        json.put("predictions", predictions);
        json.put("weights", weights);
        json.put("gradientNorms", gradientNorms);
        json.put("divergedAt", divergedAt);
        json.put("stoppedAt", stoppedAt);
        json.put("initialGradientNorms", initialGradientNorms);
        json.put("updates", updates);
        if (check != null) {
            Map<String, Object> c = new LinkedHashMap<>(); // in a fixed order: the page's bytes may not vary
            c.put("backprop", check.backprop());
            c.put("printed", check.printed());
            json.put("gradientCheck", c);
        }
        return json;
    }

    @SuppressWarnings("unchecked")
    static RunResult fromJson(String json) {
        Map<String, Object> m = (Map<String, Object>) Json.parse(json, Double::parseDouble);
        Map<String, double[]> metrics = new LinkedHashMap<>();
        ((Map<String, Object>) m.get("metrics")).forEach((k, v) -> metrics.put(k, numbers(v)));
        List<Object> layers = (List<Object>) m.get("weights");
        double[][] weights = new double[layers.size()][];
        for (int l = 0; l < weights.length; l++) weights[l] = numbers(layers.get(l));
        return new RunResult(numbers(m.get("loss")), metrics, numbers(m.get("validationLoss")), numbers(m.get("inputs")),
                numbers(m.get("targets")), numbers(m.get("predictions")), weights, numbers(m.get("gradientNorms")),
                ((Double) m.get("divergedAt")).intValue(), ((Double) m.get("stoppedAt")).intValue(), numbers(m.get("initialGradientNorms")),
                check(m.get("gradientCheck")), ((Double) m.get("updates")).intValue());
    }

    @SuppressWarnings("unchecked")
    private static Check check(Object json) {
        if (json == null) return null;
        Map<String, Object> c = (Map<String, Object>) json;
        return new Check(numbers(c.get("backprop")), numbers(c.get("printed")));
    }

    @SuppressWarnings("unchecked")
    private static double[] numbers(Object list) {
        List<Object> l = (List<Object>) list;
        double[] out = new double[l.size()];
        // a diverged run's NaN and infinities are written as null
        for (int i = 0; i < out.length; i++) out[i] = l.get(i) == null ? Double.NaN : (Double) l.get(i);
        return out;
    }
}
