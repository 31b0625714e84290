package dev.kiln.demoblock;

import static dev.kiln.demoblock.ChartSvg.PAD;
import static dev.kiln.demoblock.ChartSvg.esc;
import static dev.kiln.demoblock.ChartSvg.fmt;
import static dev.kiln.demoblock.ChartSvg.range;
import static dev.kiln.demoblock.DemoNumbers.num;
import static dev.kiln.demoblock.DemoNumbers.tick;

import dev.kiln.demo.engine.DemoSpec;
import dev.kiln.i18n.UiStrings;
import java.util.StringJoiner;

/**
 * What a demo shows beside its loss curve (its {@code panel}): the model's fit to the data, the
 * gradient norm of each layer at the start and now, or a gradient check that sets
 * backpropagation and the article's printed formulas against numeric gradients.
 */
final class DemoPanels {
    private static final ChartSvg CHART = ChartSvg.HALF;
    private final UiStrings ui;

    DemoPanels(UiStrings ui) {
        this.ui = ui;
    }

    void html(StringBuilder out, DemoSpec spec, RunResult run) {
        switch (spec.panel) {
            case "gradients" -> gradients(out, run);
            case "check" -> check(out, run);
            default -> fit(out, spec, run);
        }
    }

    private void fit(StringBuilder out, DemoSpec spec, RunResult run) {
        double[] y = run.targets();
        double[] p = run.predictions();
        boolean byInput = spec.features == 1;
        double[] xs = byInput ? run.inputs() : y;
        double[] rx = range(xs);
        double[] ry = range(ChartSvg.concat(y, p));
        double[] pr = range(p);
        String label = ui.format("demoFitLabel", "low", num(pr[0]), "high", num(pr[1]), "targetLow", num(range(y)[0]), "targetHigh", num(range(y)[1]));
        CHART.open(out, "demo-fit", label, ui.get(byInput ? "demoFitByInput" : "demoFitByTarget"));
        CHART.axes(out, tick(ry[1]), tick(ry[0]), tick(rx[0]), tick(rx[1]));
        out.append("<g class=\"demo-dots\">");
        for (int i = 0; i < y.length; i++) {
            out.append("<circle r=\"2\" cx=\"").append(CHART.sx(xs[i], rx)).append("\" cy=\"").append(CHART.sy(byInput ? y[i] : p[i], ry, false)).append("\"/>");
        }
        out.append("</g>");
        if (byInput) {
            Integer[] order = new Integer[xs.length];
            for (int i = 0; i < order.length; i++) order[i] = i;
            java.util.Arrays.sort(order, (a, b) -> Double.compare(xs[a], xs[b]));
            out.append("<polyline class=\"demo-line\" data-series=\"fit\" points=\"");
            for (int i : order) out.append(CHART.sx(xs[i], rx)).append(',').append(CHART.sy(p[i], ry, false)).append(' ');
            out.append("\"/>");
        } else {
            out.append("<line class=\"demo-diagonal\" x1=\"").append(CHART.sx(ry[0], rx)).append("\" y1=\"").append(CHART.sy(ry[0], ry, false))
                    .append("\" x2=\"").append(CHART.sx(ry[1], rx)).append("\" y2=\"").append(CHART.sy(ry[1], ry, false)).append("\"/>");
        }
        out.append("</svg>");
    }

    /**
     * Two bars per layer on a log scale, the first layer on the left: the norm at the initial
     * weights (pale) and at the end. Vanishing gradients show as bars that shrink towards layer 1,
     * exploding ones as bars that grow.
     */
    private void gradients(StringBuilder out, RunResult run) {
        double[] start = run.initialGradientNorms();
        double[] now = run.gradientNorms();
        double[] r = GradientBars.range(start, now);
        String label = ui.format("demoGradientLabel", "initial", list(start), "current", list(now));
        CHART.open(out, "demo-gradients", label, ui.get("demoGradientNorms"));
        CHART.axes(out, tick(r[1]), tick(r[0]), "", "");
        CHART.legend(out, new String[] {ui.get("demoInitialSeries"), ui.get("demoCurrentSeries")},
                new String[] {"demo-bar demo-bar-initial", "demo-bar"}, true);
        int layers = now.length;
        double slot = (double) (CHART.W - 6 - PAD) / Math.max(1, layers);
        for (int l = 0; l < layers; l++) {
            double left = PAD + l * slot;
            bar(out, "demo-bar demo-bar-initial", left + slot * 0.15, slot * 0.33, l < start.length ? start[l] : Double.NaN, r);
            bar(out, "demo-bar", left + slot * 0.52, slot * 0.33, now[l], r);
            if (layers <= 12 || l == 0 || l == layers - 1) {
                out.append("<text class=\"demo-tick\" x=\"").append(fmt(left + slot / 2)).append("\" y=\"").append(CHART.H - 6)
                        .append("\" text-anchor=\"middle\">").append(l + 1).append("</text>");
            }
        }
        out.append("</svg>");
    }

    private static void bar(StringBuilder out, String cls, double x, double width, double v, double[] r) {
        if (!(v > 0) || !Double.isFinite(v)) return;
        double top = CHART.y(v, r, true);
        out.append("<rect class=\"").append(cls).append("\" x=\"").append(fmt(x)).append("\" y=\"").append(fmt(top))
                .append("\" width=\"").append(fmt(width)).append("\" height=\"").append(fmt(CHART.H - 20 - top)).append("\"/>");
    }

    private static String list(double[] values) {
        StringJoiner j = new StringJoiner(", ");
        for (double v : values) j.add(num(v));
        return j.toString();
    }

    /**
     * A table: per parameter array, the largest relative error against the numeric gradient, of
     * the engine's backpropagation and of the formulas as the article prints them. The cells carry
     * {@code data-check} names, so the widget fills in its own run's numbers.
     */
    private void check(StringBuilder out, RunResult run) {
        RunResult.Check c = run.check();
        boolean printed = c.printed().length > 0;
        out.append("<table class=\"demo-check\"><caption>").append(esc(ui.get("demoCheckCaption"))).append("</caption><thead><tr><th scope=\"col\">")
                .append(esc(ui.get("demoCheckParameter"))).append("</th><th scope=\"col\">").append(esc(ui.get("demoCheckBackprop"))).append("</th>");
        if (printed) out.append("<th scope=\"col\">").append(esc(ui.get("demoCheckPrinted"))).append("</th>");
        out.append("</tr></thead><tbody>");
        for (int k = 0; k < c.backprop().length; k++) {
            String name = (k % 2 == 0 ? "W" : "b") + "<sup>(" + (k / 2 + 1) + ")</sup>";
            out.append("<tr><th scope=\"row\">").append(name).append("</th>");
            cell(out, "backprop-" + k, c.backprop()[k]);
            if (printed) cell(out, "printed-" + k, c.printed()[k]);
            out.append("</tr>");
        }
        out.append("</tbody><tfoot><tr><th scope=\"row\">").append(esc(ui.get("demoCheckWorst"))).append("</th>");
        cell(out, "backprop-worst", GradientBars.worst(c.backprop()));
        if (printed) cell(out, "printed-worst", GradientBars.worst(c.printed()));
        out.append("</tr></tfoot></table>");
    }

    private void cell(StringBuilder out, String name, double error) {
        out.append("<td data-check=\"").append(name).append("\">").append(Double.isNaN(error) ? esc(ui.get("demoCheckShape")) : num(error)).append("</td>");
    }

    /** The numbers behind the bars and the table's last row. */
    static final class GradientBars {
        private GradientBars() {}

        /** The log-scale range of both series' positive values, with half a step below the lowest so its bar shows. */
        static double[] range(double[] a, double[] b) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = 0;
            for (double[] values : new double[][] {a, b}) {
                for (double v : values) {
                    if (!(v > 0) || !Double.isFinite(v)) continue;
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
            if (hi == 0) return new double[] {0.1, 1};
            return new double[] {lo == hi ? lo / 10 : lo / 2, hi};
        }

        /** The largest error, ignoring a formula whose shape is wrong (NaN); NaN if every one is. */
        static double worst(double[] errors) {
            double w = Double.NaN;
            for (double e : errors) if (!Double.isNaN(e)) w = Double.isNaN(w) ? e : Math.max(w, e);
            return w;
        }
    }
}
