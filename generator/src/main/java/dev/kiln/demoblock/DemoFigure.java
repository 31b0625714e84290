package dev.kiln.demoblock;

import static dev.kiln.demoblock.ChartSvg.PAD;
import static dev.kiln.demoblock.ChartSvg.esc;
import static dev.kiln.demoblock.ChartSvg.fmt;
import static dev.kiln.demoblock.ChartSvg.positive;
import static dev.kiln.demoblock.ChartSvg.range;
import static dev.kiln.demoblock.DemoNumbers.num;
import static dev.kiln.demoblock.DemoNumbers.tick;

import dev.kiln.demo.engine.DemoSpec;
import dev.kiln.i18n.UiStrings;
import java.util.List;
import java.util.Map;

/**
 * A demo as static HTML: its build-time results (a loss curve and its panel as SVG or a table,
 * the final metrics and weights) for readers without JavaScript, printouts and search engines, plus the
 * settings and results as JSON for the in-page widget, which takes over in place.
 */
final class DemoFigure {
    private static final ChartSvg CHART = ChartSvg.HALF;
    private final UiStrings ui;
    private final DemoPanels panels;
    private final DemoRunsFigure runs;

    DemoFigure(UiStrings ui) {
        this.ui = ui;
        this.panels = new DemoPanels(ui);
        this.runs = new DemoRunsFigure(ui);
    }

    /** @param results the run's result, or each run's for a demo with runs */
    String html(String id, DemoSpec spec, List<RunResult> results) {
        boolean several = spec.runs.length > 0;
        RunResult run = results.get(0);
        StringBuilder out = new StringBuilder(2048);
        out.append("<figure class=\"demo\" id=\"").append(id).append("\" data-demo>");
        if (!spec.title.isEmpty()) out.append("<figcaption class=\"demo-title\">").append(esc(spec.title)).append("</figcaption>");
        out.append("<div class=\"demo-charts\">");
        if (several) {
            runs.chart(out, spec, results);
        } else {
            lossChart(out, spec, run);
            panels.html(out, spec, run);
        }
        out.append("</div>");
        if (several) {
            runs.table(out, spec, results);
            out.append("<p class=\"demo-status\" role=\"status\" aria-live=\"polite\"></p>");
        } else {
            readout(out, spec, run);
        }
        out.append("<p class=\"demo-note\">").append(esc(ui.get("demoBuildNote"))).append("</p>");
        out.append("<script type=\"application/json\" class=\"demo-spec\">").append(spec.toJson()).append("</script>");
        out.append("<script type=\"application/json\" class=\"demo-result\">");
        if (several) {
            out.append("{\"runs\":[");
            for (int i = 0; i < results.size(); i++) out.append(i > 0 ? "," : "").append(results.get(i).toPageJson());
            out.append("]}");
        } else {
            out.append(run.toPageJson());
        }
        out.append("</script>");
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
        item(out, ui.get("demoWeights"), "<span data-readout=\"weights\">" + weights(run) + "</span>");
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
    private String weights(RunResult run) {
        double[][] layers = run.weights();
        if (run.weightsShown()) {
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
    private void lossChart(StringBuilder out, DemoSpec spec, RunResult run) {
        double[] loss = run.loss();
        double[] valid = run.validationLoss();
        // as the canvas decides: on the finite values (a diverged run's last is not), over all the epochs asked for
        double[] both = java.util.stream.DoubleStream.concat(java.util.Arrays.stream(loss), java.util.Arrays.stream(valid))
                .filter(Double::isFinite).toArray();
        boolean log = positive(both) && range(both)[1] / range(both)[0] > 4;
        double[] r = range(both);
        // on a linear scale the axis starts at 0, or a loss stuck at 0.457 would look like a steep fall from 0.458
        if (!log && r[0] > 0) r[0] = 0;
        String label = loss.length == 0 ? "" : ui.format("demoLossLabel", "first", num(loss[0]), "last", num(run.finalLoss()), "epochs", loss.length);
        if (valid.length > 0) label += " " + ui.format("demoValidationLabel", "last", num(valid[valid.length - 1]), "lowest", num(range(valid)[0]));
        CHART.open(out, "demo-loss", label, ui.get("demoLoss") + (log ? ui.get("demoLogScale") : ""));
        CHART.axes(out, tick(r[1]), tick(r[0]), "1", String.valueOf(spec.epochs));
        CHART.series(out, "demo-line", "loss", loss, spec.epochs, r, log);
        if (valid.length > 0) {
            CHART.series(out, "demo-line demo-valid", "validation", valid, spec.epochs, r, log);
            CHART.legend(out, new String[] {ui.get("demoTrainingSeries"), ui.get("demoValidationSeries")},
                    new String[] {"demo-line", "demo-line demo-valid"}, false);
        }
        out.append("</svg>");
    }

}
