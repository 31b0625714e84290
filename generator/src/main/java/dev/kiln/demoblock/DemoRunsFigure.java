package dev.kiln.demoblock;

import static dev.kiln.demoblock.ChartSvg.esc;
import static dev.kiln.demoblock.DemoNumbers.num;
import static dev.kiln.demoblock.DemoNumbers.tick;

import dev.kiln.demo.engine.DemoSpec;
import dev.kiln.i18n.UiStrings;
import java.util.List;

/**
 * A demo of several runs, as the build shows it: every run's loss curve in one chart, each in its
 * own colour and dash, and a table that is also the legend: per run, the epochs it ran, the first
 * epoch at which its loss reached the demo's target, its parameter updates, its final loss, and
 * the time it took, which only the page can measure (the build's output may not vary).
 */
final class DemoRunsFigure {
    private final UiStrings ui;

    DemoRunsFigure(UiStrings ui) {
        this.ui = ui;
    }

    void chart(StringBuilder out, DemoSpec spec, List<RunResult> results) {
        int extent = 1;
        for (DemoSpec run : spec.runs) extent = Math.max(extent, run.epochs);
        double[] all = new double[0];
        for (RunResult r : results) all = ChartSvg.concat(all, finite(r.loss()));
        double[] r = ChartSvg.range(all);
        r[1] = Math.min(r[1], cap(results));
        boolean log = ChartSvg.positive(all) && r[1] / r[0] > 4;
        if (!log && r[0] > 0) r[0] = 0; // as the single run's chart: a linear loss axis starts at 0
        StringBuilder label = new StringBuilder();
        for (int i = 0; i < results.size(); i++) {
            double[] loss = results.get(i).loss();
            if (loss.length == 0) continue;
            label.append(i > 0 ? "; " : "").append(ui.format("demoRunSummary", "label", spec.runs[i].label, "first", num(loss[0]),
                    "last", num(loss[loss.length - 1]), "epochs", loss.length));
        }
        ChartSvg.FULL.open(out, "demo-loss demo-wide", label.toString(), ui.get("demoLoss") + (log ? ui.get("demoLogScale") : ""));
        ChartSvg.FULL.axes(out, tick(r[1]), tick(r[0]), "1", String.valueOf(extent));
        for (int i = 0; i < results.size(); i++) {
            ChartSvg.FULL.series(out, "demo-line demo-series-" + i, "run-" + i, results.get(i).loss(), extent, r, log);
        }
        if (spec.target > r[0] && spec.target < r[1]) {
            String y = ChartSvg.FULL.sy(spec.target, r, log);
            out.append("<line class=\"demo-target\" x1=\"").append(ChartSvg.PAD).append("\" x2=\"").append(ChartSvg.FULL.W - 6)
                    .append("\" y1=\"").append(y).append("\" y2=\"").append(y).append("\"/>");
        }
        out.append("</svg>");
    }

    void table(StringBuilder out, DemoSpec spec, List<RunResult> results) {
        boolean target = spec.target > 0;
        out.append("<div class=\"demo-runs-wrap\"><table class=\"demo-runs\"><caption>").append(esc(ui.get("demoTimeNote"))).append("</caption><thead><tr>");
        header(out, ui.get("demoRun"));
        header(out, ui.get("demoEpochs"));
        if (target) header(out, ui.format("demoReached", "target", num(spec.target)));
        header(out, ui.get("demoUpdates"));
        header(out, ui.get("demoFinalLoss"));
        header(out, ui.get(target ? "demoTimeToTarget" : "demoTime"));
        out.append("</tr></thead><tbody>");
        for (int i = 0; i < results.size(); i++) {
            RunResult r = results.get(i);
            out.append("<tr data-run=\"").append(i).append("\"><th scope=\"row\"><svg class=\"demo-swatch\" viewBox=\"0 0 20 8\" aria-hidden=\"true\">")
                    .append("<line class=\"demo-line demo-series-").append(i).append("\" x1=\"0\" y1=\"4\" x2=\"20\" y2=\"4\"/></svg> ")
                    .append(esc(spec.runs[i].label)).append("</th>");
            cell(out, "epochs", String.valueOf(r.epochs()));
            if (target) cell(out, "reached", reached(r.loss(), spec.target));
            cell(out, "updates", String.valueOf(r.updates()));
            cell(out, "loss", r.divergedAt() > 0 ? ui.format("demoDivergedShort", "epoch", r.divergedAt()) : num(r.finalLoss()));
            cell(out, "time", "—");
            out.append("</tr>");
        }
        out.append("</tbody></table></div>");
    }

    /**
     * The top of the loss axis: ten times the highest first-epoch loss, so a diverging run, whose
     * loss grows to 1e300 before it overflows, leaves the chart at the top instead of flattening
     * every other curve. kiln-demo-ui.js's {@code runsCap} is the same.
     */
    static double cap(List<RunResult> results) {
        double first = 0;
        for (RunResult r : results) if (r.loss().length > 0 && Double.isFinite(r.loss()[0])) first = Math.max(first, r.loss()[0]);
        return first > 0 ? 10 * first : Double.POSITIVE_INFINITY;
    }

    /** The first epoch (from 1) whose loss is at most the target, or "—". */
    static String reached(double[] loss, double target) {
        for (int i = 0; i < loss.length; i++) if (loss[i] <= target) return String.valueOf(i + 1);
        return "—";
    }

    private static void header(StringBuilder out, String text) {
        out.append("<th scope=\"col\">").append(esc(text)).append("</th>");
    }

    private static void cell(StringBuilder out, String name, String text) {
        out.append("<td data-cell=\"").append(name).append("\">").append(esc(text)).append("</td>");
    }

    private static double[] finite(double[] values) {
        return java.util.Arrays.stream(values).filter(Double::isFinite).toArray();
    }
}
