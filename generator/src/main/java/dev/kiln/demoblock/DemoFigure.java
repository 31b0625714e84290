package dev.kiln.demoblock;

import static dev.kiln.demoblock.DemoNumbers.num;
import static dev.kiln.demoblock.DemoNumbers.tick;

import com.vladsch.flexmark.util.sequence.Escaping;
import dev.kiln.demo.engine.DemoSpec;
import dev.kiln.i18n.UiStrings;
import java.util.Locale;
import java.util.Map;

/**
 * A demo as static HTML: its build-time results (a loss curve and a fit plot as SVG, the final
 * metrics and weights) for readers without JavaScript, printouts and search engines, plus the
 * settings and results as JSON for the in-page widget, which takes over in place.
 */
final class DemoFigure {
    private static final int W = 320;
    private static final int H = 170;
    /** Room left of the y axis: an 11 px tick label of up to 8 characters ({@link #tick}). */
    private static final int PAD = 56;

    private final UiStrings ui;

    DemoFigure(UiStrings ui) {
        this.ui = ui;
    }

    String html(String id, DemoSpec spec, RunResult run) {
        StringBuilder out = new StringBuilder(2048);
        out.append("<figure class=\"demo\" id=\"").append(id).append("\" data-demo>");
        if (!spec.title.isEmpty()) out.append("<figcaption class=\"demo-title\">").append(esc(spec.title)).append("</figcaption>");
        out.append("<div class=\"demo-charts\">");
        lossChart(out, run);
        fitChart(out, spec, run);
        out.append("</div>");
        readout(out, spec, run);
        out.append("<p class=\"demo-note\">").append(esc(ui.get("demoBuildNote"))).append("</p>");
        out.append("<script type=\"application/json\" class=\"demo-spec\">").append(spec.toJson()).append("</script>");
        out.append("<script type=\"application/json\" class=\"demo-result\">").append(run.toJson()).append("</script>");
        return out.append("</figure>").toString();
    }

    private void readout(StringBuilder out, DemoSpec spec, RunResult run) {
        out.append("<dl class=\"demo-readout\">");
        item(out, ui.get("demoEpoch"), "<span data-readout=\"epoch\">" + run.epochs() + "</span> / " + spec.epochs);
        item(out, ui.get("demoLoss") + " (" + spec.loss.key + ")", "<span data-readout=\"loss\">" + num(run.finalLoss()) + "</span>");
        for (Map.Entry<String, double[]> m : run.metrics().entrySet()) {
            double[] h = m.getValue();
            item(out, m.getKey(), "<span data-readout=\"metric-" + m.getKey() + "\">" + num(h.length == 0 ? Double.NaN : h[h.length - 1]) + "</span>");
        }
        if (run.validationLoss().length > 0) {
            double[] v = run.validationLoss();
            item(out, ui.get("demoValidationLoss"), "<span data-readout=\"validation\">" + num(v[v.length - 1]) + "</span>");
        }
        item(out, ui.get("demoWeights"), "<span data-readout=\"weights\">" + weights(run.weights()) + "</span>");
        double[] range = range(run.predictions());
        item(out, ui.get("demoPredictions"), "<span data-readout=\"predictions\">" + num(range[0]) + " – " + num(range[1]) + "</span>");
        out.append("</dl>");
        String status = run.divergedAt() > 0 ? esc(ui.format("demoDiverged", "epoch", run.divergedAt()))
                : run.stoppedAt() > 0 ? esc(ui.format("demoStoppedEarly", "epoch", run.stoppedAt(), "patience", spec.patience)) : "";
        out.append("<p class=\"demo-status\" role=\"status\" aria-live=\"polite\">").append(status).append("</p>");
    }

    private static void item(StringBuilder out, String term, String value) {
        out.append("<div><dt>").append(esc(term)).append("</dt><dd>").append(value).append("</dd></div>");
    }

    /** Weights as text: a linear model's w and b; for larger models, the parameter count. */
    private String weights(double[][] layers) {
        if (layers.length == 1 && layers[0].length <= 9) {
            double[] p = layers[0];
            StringBuilder s = new StringBuilder("w = [");
            for (int i = 0; i < p.length - 1; i++) s.append(i > 0 ? ", " : "").append(num(p[i]));
            return s.append("], b = ").append(num(p[p.length - 1])).toString();
        }
        int n = 0;
        for (double[] l : layers) n += l.length;
        return ui.format("demoParameters", "count", n);
    }

    /** The training loss, and the validation loss (dashed, with a legend) when the data holds some out. */
    private void lossChart(StringBuilder out, RunResult run) {
        double[] loss = run.loss();
        double[] valid = run.validationLoss();
        double[] both = java.util.stream.DoubleStream.concat(java.util.Arrays.stream(loss), java.util.Arrays.stream(valid)).toArray();
        boolean log = positive(both) && range(both)[1] / range(both)[0] > 4;
        double[] r = range(both);
        String label = loss.length == 0 ? "" : ui.format("demoLossLabel", "first", num(loss[0]), "last", num(run.finalLoss()), "epochs", loss.length);
        if (valid.length > 0) label += " " + ui.format("demoValidationLabel", "last", num(valid[valid.length - 1]), "lowest", num(range(valid)[0]));
        open(out, "demo-loss", label, ui.get("demoLoss") + (log ? ui.get("demoLogScale") : ""));
        axes(out, tick(r[1]), tick(r[0]), "1", String.valueOf(loss.length));
        series(out, "demo-line", "loss", loss, r, log);
        if (valid.length > 0) {
            series(out, "demo-line demo-valid", "validation", valid, r, log);
            legend(out);
        }
        out.append("</svg>");
    }

    /** A polyline of at most about 300 points, the last always among them. */
    private static void series(StringBuilder out, String cls, String name, double[] values, double[] r, boolean log) {
        out.append("<polyline class=\"").append(cls).append("\" data-series=\"").append(name).append("\" points=\"");
        int step = Math.max(1, values.length / 300);
        for (int i = 0; i < values.length; i += step) point(out, i, values.length, values[i], r, log);
        if (values.length > 0 && (values.length - 1) % step != 0) point(out, values.length - 1, values.length, values[values.length - 1], r, log);
        out.append("\"/>");
    }

    /** Top right: a line sample and a word for each series. */
    private void legend(StringBuilder out) {
        String train = ui.get("demoTrainingSeries");
        String valid = ui.get("demoValidationSeries");
        int validX = W - 6 - TextWidth.of(valid);
        int trainX = validX - 26 - TextWidth.of(train);
        out.append("<g class=\"demo-legend\" aria-hidden=\"true\">")
                .append("<line class=\"demo-line\" x1=\"").append(trainX - 18).append("\" x2=\"").append(trainX - 4).append("\" y1=\"8\" y2=\"8\"/>")
                .append("<text x=\"").append(trainX).append("\" y=\"12\">").append(esc(train)).append("</text>")
                .append("<line class=\"demo-line demo-valid\" x1=\"").append(validX - 18).append("\" x2=\"").append(validX - 4).append("\" y1=\"8\" y2=\"8\"/>")
                .append("<text x=\"").append(validX).append("\" y=\"12\">").append(esc(valid)).append("</text></g>");
    }

    /** Rough widths of 11 px text: CJK characters are square, others about half as wide. */
    private static final class TextWidth {
        static int of(String text) {
            double w = 0;
            for (int i = 0; i < text.length(); i++) w += text.charAt(i) >= 0x2e80 ? 11 : 6.2;
            return (int) Math.ceil(w);
        }
    }

    private void fitChart(StringBuilder out, DemoSpec spec, RunResult run) {
        double[] y = run.targets();
        double[] p = run.predictions();
        boolean byInput = spec.features == 1;
        double[] xs = byInput ? run.inputs() : y;
        double[] rx = range(xs);
        double[] ry = range(concat(y, p));
        double[] pr = range(p);
        String label = ui.format("demoFitLabel", "low", num(pr[0]), "high", num(pr[1]), "targetLow", num(range(y)[0]), "targetHigh", num(range(y)[1]));
        open(out, "demo-fit", label, ui.get(byInput ? "demoFitByInput" : "demoFitByTarget"));
        axes(out, tick(ry[1]), tick(ry[0]), tick(rx[0]), tick(rx[1]));
        out.append("<g class=\"demo-dots\">");
        for (int i = 0; i < y.length; i++) {
            out.append("<circle r=\"2\" cx=\"").append(sx(xs[i], rx)).append("\" cy=\"").append(sy(byInput ? y[i] : p[i], ry, false)).append("\"/>");
        }
        out.append("</g>");
        if (byInput) {
            Integer[] order = new Integer[xs.length];
            for (int i = 0; i < order.length; i++) order[i] = i;
            java.util.Arrays.sort(order, (a, b) -> Double.compare(xs[a], xs[b]));
            out.append("<polyline class=\"demo-line\" data-series=\"fit\" points=\"");
            for (int i : order) out.append(sx(xs[i], rx)).append(',').append(sy(p[i], ry, false)).append(' ');
            out.append("\"/>");
        } else {
            out.append("<line class=\"demo-diagonal\" x1=\"").append(sx(ry[0], rx)).append("\" y1=\"").append(sy(ry[0], ry, false))
                    .append("\" x2=\"").append(sx(ry[1], rx)).append("\" y2=\"").append(sy(ry[1], ry, false)).append("\"/>");
        }
        out.append("</svg>");
    }

    private static void open(StringBuilder out, String cls, String label, String title) {
        out.append("<svg class=\"demo-chart ").append(cls).append("\" viewBox=\"0 0 ").append(W).append(' ').append(H)
                .append("\" role=\"img\" aria-label=\"").append(esc(label)).append("\">")
                .append("<text class=\"demo-chart-title\" x=\"").append(PAD).append("\" y=\"12\">").append(esc(title)).append("</text>");
    }

    private static void axes(StringBuilder out, String top, String bottom, String left, String right) {
        out.append("<path class=\"demo-axis\" d=\"M").append(PAD).append(",20V").append(H - 20).append('H').append(W - 6).append("\"/>")
                .append("<text class=\"demo-tick\" x=\"").append(PAD - 3).append("\" y=\"24\" text-anchor=\"end\">").append(esc(top)).append("</text>")
                .append("<text class=\"demo-tick\" x=\"").append(PAD - 3).append("\" y=\"").append(H - 20).append("\" text-anchor=\"end\">").append(esc(bottom)).append("</text>")
                .append("<text class=\"demo-tick\" x=\"").append(PAD).append("\" y=\"").append(H - 6).append("\">").append(esc(left)).append("</text>")
                .append("<text class=\"demo-tick\" x=\"").append(W - 6).append("\" y=\"").append(H - 6).append("\" text-anchor=\"end\">").append(esc(right)).append("</text>");
    }

    private static void point(StringBuilder out, int i, int n, double v, double[] r, boolean log) {
        double x = PAD + (W - 6 - PAD) * (n <= 1 ? 0 : (double) i / (n - 1));
        out.append(fmt(x)).append(',').append(sy(v, r, log)).append(' ');
    }

    private static String sx(double v, double[] r) {
        double span = r[1] - r[0];
        return fmt(PAD + (W - 6 - PAD) * (span == 0 ? 0.5 : (v - r[0]) / span));
    }

    private static String sy(double v, double[] r, boolean log) {
        if (!Double.isFinite(v)) return fmt(20);
        double lo = log ? Math.log10(r[0]) : r[0];
        double hi = log ? Math.log10(r[1]) : r[1];
        double at = log ? Math.log10(v) : v;
        double span = hi - lo;
        return fmt(H - 20 - (H - 40) * (span == 0 ? 0.5 : (at - lo) / span));
    }

    /** A coordinate to 0.1 px; by hand, because String.format costs more than the whole chart. */
    private static String fmt(double v) {
        long tenths = Math.round(v * 10);
        String sign = tenths < 0 ? "-" : "";
        long a = Math.abs(tenths);
        return sign + a / 10 + "." + a % 10;
    }


    private static double[] range(double[] values) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (!Double.isFinite(v)) continue;
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        return lo > hi ? new double[] {0, 1} : new double[] {lo, hi};
    }

    private static boolean positive(double[] values) {
        for (double v : values) if (!(v > 0) || !Double.isFinite(v)) return false;
        return values.length > 0;
    }

    private static double[] concat(double[] a, double[] b) {
        double[] c = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    private static String esc(String s) {
        return Escaping.escapeHtml(s, false);
    }
}
