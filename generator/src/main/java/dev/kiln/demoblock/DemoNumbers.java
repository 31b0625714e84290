package dev.kiln.demoblock;

import java.util.Locale;

/**
 * How a demo writes its numbers: read-outs with four significant digits, axis labels with three
 * and at most eight characters. kiln-demo-ui.js's {@code fmt} and {@code tick} write the same,
 * so a figure reads the same before and after it goes live.
 */
public final class DemoNumbers {
    private DemoNumbers() {}

    /** A read-out: {@code 0.08318}, {@code 3.765e-04}. */
    public static String num(double v) {
        if (Double.isNaN(v)) return "NaN";
        if (Double.isInfinite(v)) return v > 0 ? "∞" : "−∞";
        if (v == 0) return "0";
        String s = String.format(Locale.ROOT, Math.abs(v) >= 1e-3 && Math.abs(v) < 1e5 ? "%.4g" : "%.3e", v);
        return s.contains("e") || !s.contains(".") ? s : s.replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    /**
     * An axis label: three significant digits, at most eight characters ({@code 0.003765} is
     * {@code 3.77e-3}), so it fits left of the axis. kiln-demo-ui.js's {@code tick} writes the same:
     * like JavaScript's {@code toPrecision} and {@code toExponential}, it rounds the double's exact
     * binary value, half up.
     */
    public static String tick(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v) || v == 0) return num(v);
        double a = Math.abs(v);
        if (a >= 999.5 && a < 1e5) return String.valueOf(Math.round(v));
        String sign = v < 0 ? "-" : "";
        java.math.BigDecimal r = new java.math.BigDecimal(a).round(new java.math.MathContext(3, java.math.RoundingMode.HALF_UP));
        if (a >= 1e-2 && a < 999.5) return sign + r.stripTrailingZeros().toPlainString();
        int exp = r.precision() - r.scale() - 1;
        if (Math.abs(exp) >= 100) { // a diverged run's 2.9e+171: one digit fewer keeps it to eight characters
            r = new java.math.BigDecimal(a).round(new java.math.MathContext(2, java.math.RoundingMode.HALF_UP));
            exp = r.precision() - r.scale() - 1;
        }
        String mantissa = r.movePointLeft(exp).setScale(Math.abs(exp) >= 100 ? 1 : 2, java.math.RoundingMode.HALF_UP).toPlainString();
        return sign + mantissa + "e" + (exp < 0 ? "-" : "+") + Math.abs(exp);
    }
}
