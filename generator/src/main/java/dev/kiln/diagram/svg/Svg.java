package dev.kiln.diagram.svg;

import java.util.Map;

/** Small helpers for writing SVG by hand: numbers without noise, escaped text, style attributes. */
final class Svg {
    private Svg() {}

    /** A coordinate rounded to 0.1 px, without a trailing {@code .0}, independent of the locale. */
    static String num(double v) {
        long tenths = Math.round(v * 10);
        if (tenths % 10 == 0) return Long.toString(tenths / 10);
        String sign = tenths < 0 ? "-" : "";
        long abs = Math.abs(tenths);
        return sign + abs / 10 + "." + abs % 10;
    }

    static String text(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** {@code  style="a:b;c:d"} for the given properties, or nothing when there are none. */
    static String style(Map<String, String> properties) {
        if (properties.isEmpty()) return "";
        StringBuilder out = new StringBuilder(" style=\"");
        properties.forEach((k, v) -> out.append(k).append(':').append(text(v)).append(';'));
        out.setLength(out.length() - 1);
        return out.append('"').toString();
    }
}
