package dev.kiln.demoblock;

import com.vladsch.flexmark.util.sequence.Escaping;

/**
 * The drawing primitives of a demo's build-time charts: an SVG of a fixed size with a title, two axes
 * labelled at their ends, and coordinates to 0.1 px. kiln-demo-ui.js draws its canvases to the
 * same plan, so a figure looks the same before and after it goes live.
 */
final class ChartSvg {
    /** Room left of the y axis: an 11 px tick label of up to 8 characters ({@link DemoNumbers#tick}). */
    static final int PAD = 56;
    /** A chart beside another, two to a row. */
    static final ChartSvg HALF = new ChartSvg(320, 170);
    /** A chart the width of the demo, as the runs' loss curves: twice as wide, so its text stays the size of the others'. */
    static final ChartSvg FULL = new ChartSvg(640, 220);

    final int W;
    final int H;

    private ChartSvg(int width, int height) {
        this.W = width;
        this.H = height;
    }

    void open(StringBuilder out, String cls, String label, String title) {
        out.append("<svg class=\"demo-chart ").append(cls).append("\" viewBox=\"0 0 ").append(W).append(' ').append(H)
                .append("\" role=\"img\" aria-label=\"").append(esc(label)).append("\">")
                .append("<text class=\"demo-chart-title\" x=\"").append(PAD).append("\" y=\"12\">").append(esc(title)).append("</text>");
    }

    /** The axes, with the y range's ends on the left and the x range's below; an empty label is left out. */
    void axes(StringBuilder out, String top, String bottom, String left, String right) {
        out.append("<path class=\"demo-axis\" d=\"M").append(PAD).append(",20V").append(H - 20).append('H').append(W - 6).append("\"/>")
                .append("<text class=\"demo-tick\" x=\"").append(PAD - 3).append("\" y=\"24\" text-anchor=\"end\">").append(esc(top)).append("</text>")
                .append("<text class=\"demo-tick\" x=\"").append(PAD - 3).append("\" y=\"").append(H - 20).append("\" text-anchor=\"end\">").append(esc(bottom)).append("</text>");
        if (!left.isEmpty()) out.append("<text class=\"demo-tick\" x=\"").append(PAD).append("\" y=\"").append(H - 6).append("\">").append(esc(left)).append("</text>");
        if (!right.isEmpty()) {
            out.append("<text class=\"demo-tick\" x=\"").append(W - 6).append("\" y=\"").append(H - 6).append("\" text-anchor=\"end\">").append(esc(right)).append("</text>");
        }
    }

    /**
     * A polyline of at most about 300 points, the last always among them, over an x axis of
     * {@code extent} epochs; it ends before the first value that is not finite or above the range,
     * as the canvas does.
     */
    void series(StringBuilder out, String cls, String name, double[] values, int extent, double[] r, boolean log) {
        int end = 0;
        // a value above the range's top is a diverging run the chart was capped for (or not finite): the line ends there
        while (end < values.length && Double.isFinite(values[end]) && values[end] <= r[1]) end++;
        out.append("<polyline class=\"").append(cls).append("\" data-series=\"").append(name).append("\" points=\"");
        int step = Math.max(1, extent / 300);
        for (int i = 0; i < end; i += step) point(out, i, extent, values[i], r, log);
        if (end > 0 && (end - 1) % step != 0) point(out, end - 1, extent, values[end - 1], r, log);
        out.append("\"/>");
    }

    private void point(StringBuilder out, int i, int n, double v, double[] r, boolean log) {
        double x = PAD + (W - 6 - PAD) * (n <= 1 ? 0 : (double) i / (n - 1));
        out.append(fmt(x)).append(',').append(sy(v, r, log)).append(' ');
    }

    /** Top right, from the right edge leftwards: a sample (the element {@code samples[i]} at y 8) and a word per series. */
    void legend(StringBuilder out, String[] words, String[] classes, boolean bars) {
        out.append("<g class=\"demo-legend\" aria-hidden=\"true\">");
        int x = W - 6;
        for (int i = words.length - 1; i >= 0; i--) {
            x -= textWidth(words[i]);
            out.append("<text x=\"").append(x).append("\" y=\"12\">").append(esc(words[i])).append("</text>");
            if (bars) out.append("<rect class=\"").append(classes[i]).append("\" x=\"").append(x - 14).append("\" y=\"4\" width=\"9\" height=\"9\"/>");
            else out.append("<line class=\"").append(classes[i]).append("\" x1=\"").append(x - 18).append("\" x2=\"").append(x - 4).append("\" y1=\"8\" y2=\"8\"/>");
            x -= 26;
        }
        out.append("</g>");
    }

    /** Rough widths of 11 px text: CJK characters are square, others about half as wide. */
    static int textWidth(String text) {
        double w = 0;
        for (int i = 0; i < text.length(); i++) w += text.charAt(i) >= 0x2e80 ? 11 : 6.2;
        return (int) Math.ceil(w);
    }

    String sx(double v, double[] r) {
        double span = r[1] - r[0];
        return fmt(PAD + (W - 6 - PAD) * (span == 0 ? 0.5 : (v - r[0]) / span));
    }

    /** The y coordinate of v in the range r, on a log scale if asked; a value that is not finite sits at the top. */
    String sy(double v, double[] r, boolean log) {
        return fmt(y(v, r, log));
    }

    double y(double v, double[] r, boolean log) {
        if (!Double.isFinite(v)) return 20;
        double lo = log ? Math.log10(r[0]) : r[0];
        double hi = log ? Math.log10(r[1]) : r[1];
        double at = log ? Math.log10(v) : v;
        double span = hi - lo;
        return H - 20 - (H - 40) * (span == 0 ? 0.5 : (at - lo) / span);
    }

    /** A coordinate to 0.1 px; by hand, because String.format costs more than the whole chart. */
    static String fmt(double v) {
        long tenths = Math.round(v * 10);
        String sign = tenths < 0 ? "-" : "";
        long a = Math.abs(tenths);
        return sign + a / 10 + "." + a % 10;
    }

    /** The finite values' lowest and highest, or [0, 1] if there are none. */
    static double[] range(double[] values) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (!Double.isFinite(v)) continue;
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        return lo > hi ? new double[] {0, 1} : new double[] {lo, hi};
    }

    static boolean positive(double[] values) {
        for (double v : values) if (!(v > 0) || !Double.isFinite(v)) return false;
        return values.length > 0;
    }

    static double[] concat(double[] a, double[] b) {
        double[] c = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    static String esc(String s) {
        return Escaping.escapeHtml(s, false);
    }
}
