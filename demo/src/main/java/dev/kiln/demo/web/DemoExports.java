package dev.kiln.demo.web;

import dev.kiln.demo.engine.DemoSpec;
import dev.kiln.demo.engine.GradientCheck;
import dev.kiln.demo.engine.Json;
import dev.kiln.demo.engine.Loss;
import dev.kiln.demo.engine.SpecException;
import dev.kiln.demo.engine.Trainer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.teavm.jso.JSExport;
import org.teavm.jso.JSObject;

/**
 * The engine as the page sees it, compiled by TeaVM to JavaScript and to WebAssembly: sessions
 * addressed by number, trained a few epochs per call so the page can slice the work between
 * frames, and their state as plain JavaScript values.
 */
public final class DemoExports {
    private static final List<Trainer> SESSIONS = new ArrayList<>();
    private static String lastError = "";

    private DemoExports() {}

    /** Starts a session from a demo's JSON settings; its number, or -1 (see {@link #lastError}). */
    @JSExport
    public static int create(String settings) {
        return createRun(settings, -1);
    }

    /** Starts a session for run {@code run} (from 0) of a demo with runs, or for the demo itself (-1). */
    @JSExport
    @SuppressWarnings("unchecked")
    public static int createRun(String settings, int run) {
        try {
            Map<String, Object> map = (Map<String, Object>) Json.parse(settings, JsValues::parseNumber);
            DemoSpec spec = DemoSpec.from(map);
            if (run >= spec.runs.length) throw new IllegalArgumentException("this demo has " + spec.runs.length + " runs; asked for run " + run);
            SESSIONS.add(new Trainer(run < 0 ? spec : spec.runs[run]));
            return SESSIONS.size() - 1;
        } catch (SpecException e) {
            lastError = e.path() + ": " + e.getMessage();
        } catch (RuntimeException e) {
            lastError = String.valueOf(e.getMessage());
        }
        return -1;
    }

    @JSExport
    public static String lastError() {
        return lastError;
    }

    /** Trains up to {@code epochs} more epochs; how many ran. */
    @JSExport
    public static int train(int session, int epochs) {
        return SESSIONS.get(session).train(epochs, Integer.MAX_VALUE);
    }

    /**
     * Trains up to {@code epochs} more epochs but stops after about {@code samples} samples, even
     * mid-epoch (the next call goes on from there): how a page keeps each call short when one epoch
     * would take longer than a frame. Returns the epochs that ended.
     */
    @JSExport
    public static int trainFor(int session, int epochs, int samples) {
        return SESSIONS.get(session).train(epochs, Math.max(1, samples));
    }

    /** Frees a session (the page resets or leaves). */
    @JSExport
    public static void dispose(int session) {
        SESSIONS.set(session, null);
    }

    /** The epoch count, loss and metric histories, predictions, weights and gradient norms. */
    @JSExport
    public static JSObject state(int session) {
        return model(session, progress(session, 0));
    }

    /**
     * The model's present, without the histories: predictions, targets, inputs, weights, gradient
     * norms (now and at the start) and, for a demo whose panel is the gradient check, that check.
     */
    @JSExport
    public static JSObject snapshot(int session) {
        return model(session, JsValues.object());
    }

    private static JSObject model(int session, JSObject s) {
        Trainer t = SESSIONS.get(session);
        JsValues.put(s, "predictions", JsValues.numbers(t.predictions()));
        JsValues.put(s, "targets", JsValues.numbers(t.targets()));
        JsValues.put(s, "inputs", JsValues.numbers(t.firstFeature()));
        JSObject weights = JsValues.array();
        for (double[] layer : t.model().weights()) JsValues.push(weights, JsValues.numbers(layer));
        JsValues.put(s, "weights", weights);
        JsValues.put(s, "gradientNorms", JsValues.numbers(t.gradientNorms()));
        JsValues.put(s, "initialGradientNorms", JsValues.numbers(t.initialGradientNorms()));
        if (t.spec().panel.equals("check")) {
            GradientCheck.Report r = t.gradientCheck();
            JSObject check = JsValues.object();
            JsValues.put(check, "backprop", JsValues.numbers(r.backprop));
            if (r.printed != null) JsValues.put(check, "printed", JsValues.numbers(r.printed));
            JsValues.put(s, "gradientCheck", check);
        }
        return s;
    }

    /**
     * The epoch count and the histories from epoch {@code from} on: a page calls this every frame
     * and appends, so a frame costs what the frame trained, not the whole run so far (copying a
     * 100,000-epoch history every frame froze the page).
     */
    @JSExport
    public static JSObject progress(int session, int from) {
        Trainer t = SESSIONS.get(session);
        DemoSpec spec = t.spec();
        JSObject s = JsValues.object();
        JsValues.putNumber(s, "from", Math.min(from, t.epoch()));
        JsValues.putNumber(s, "epoch", t.epoch());
        JsValues.putNumber(s, "updates", t.updates());
        JsValues.putNumber(s, "epochs", spec.epochs);
        JsValues.putBoolean(s, "done", t.done());
        JsValues.putNumber(s, "divergedAt", t.divergedAt());
        JsValues.putNumber(s, "stoppedAt", t.stoppedAt());
        JsValues.put(s, "loss", JsValues.numbers(t.lossHistory(from)));
        JsValues.put(s, "validationLoss", JsValues.numbers(t.validationLossHistory(from)));
        JSObject metrics = JsValues.object();
        for (int m = 0; m < spec.metrics.length; m++) {
            Loss metric = spec.metrics[m];
            JsValues.put(metrics, metric.key, JsValues.numbers(t.metricHistory(m, from)));
        }
        JsValues.put(s, "metrics", metrics);
        return s;
    }
}
