package dev.kiln.demoblock;

import static dev.kiln.demoblock.ChartSvg.PAD;
import static dev.kiln.demoblock.ChartSvg.W;
import static dev.kiln.demoblock.ChartSvg.esc;
import static dev.kiln.demoblock.ChartSvg.fmt;
import static dev.kiln.demoblock.ChartSvg.positive;
import static dev.kiln.demoblock.ChartSvg.range;
import static dev.kiln.demoblock.ChartSvg.sy;
import static dev.kiln.demoblock.DemoNumbers.num;
import static dev.kiln.demoblock.DemoNumbers.tick;

import dev.kiln.demo.engine.DemoSpec;
import dev.kiln.i18n.UiStrings;
import java.util.Map;

/**
 * A demo as static HTML: its build-time results (a loss curve and its panel as SVG or a table,
 * the final metrics and weights) for readers without JavaScript, printouts and search engines, plus the
 * settings and results as JSON for the in-page widget, which takes over in place.
 */
final class DemoFigure {
    private final UiStrings ui;
    private final DemoPanels panels;

    DemoFigure(UiStrings ui) {
        this.ui = ui;
        this.panels = new DemoPanels(ui);
    }

    String html(String id, DemoSpec spec, RunResult run) {
        StringBuilder out = new StringBuilder(2048);
        out.append("<figure class=\"demo\" id=\"").append(id).append("\" data-demo>");
        if (!spec.title.isEmpty()) out.append("<figcaption class=\"demo-title\">").append(esc(spec.title)).append("</figcaption>");
        out.append("<div class=\"demo-charts\">");
        lossChart(out, run);
        panels.html(out, spec, run);
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
        // on a linear scale the axis starts at 0, or a loss stuck at 0.457 would look like a steep fall from 0.458
        if (!log && r[0] > 0) r[0] = 0;
        String label = loss.length == 0 ? "" : ui.format("demoLossLabel", "first", num(loss[0]), "last", num(run.finalLoss()), "epochs", loss.length);
        if (valid.length > 0) label += " " + ui.format("demoValidationLabel", "last", num(valid[valid.length - 1]), "lowest", num(range(valid)[0]));
        ChartSvg.open(out, "demo-loss", label, ui.get("demoLoss") + (log ? ui.get("demoLogScale") : ""));
        ChartSvg.axes(out, tick(r[1]), tick(r[0]), "1", String.valueOf(loss.length));
        series(out, "demo-line", "loss", loss, r, log);
        if (valid.length > 0) {
            series(out, "demo-line demo-valid", "validation", valid, r, log);
            ChartSvg.legend(out, new String[] {ui.get("demoTrainingSeries"), ui.get("demoValidationSeries")},
                    new String[] {"demo-line", "demo-line demo-valid"}, false);
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

    private static void point(StringBuilder out, int i, int n, double v, double[] r, boolean log) {
        double x = PAD + (W - 6 - PAD) * (n <= 1 ? 0 : (double) i / (n - 1));
        out.append(fmt(x)).append(',').append(sy(v, r, log)).append(' ');
    }
}
