package dev.kiln.diagram.svg;

import dev.kiln.diagram.flowchart.LabelMarkup;
import dev.kiln.diagram.layout.TextMetrics;
import java.util.List;
import java.util.Map;

/** Small helpers for writing SVG by hand: numbers without noise, escaped text, style attributes, labels. */
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

    /**
     * The opening of a diagram's {@code <svg>}: at its drawn size (whole pixels), an image to screen
     * readers, named by its {@code <title>} and described by its {@code <desc>}.
     *
     * @param id a prefix for the SVG's element ids, unique in its page
     */
    static StringBuilder open(String cls, double width, double height, String id, String title, String description) {
        StringBuilder svg = new StringBuilder(4096);
        String w = num(Math.ceil(width));
        String h = num(Math.ceil(height));
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"").append(cls).append("\" viewBox=\"0 0 ").append(w).append(' ').append(h)
                .append("\" width=\"").append(w).append("\" height=\"").append(h).append('"')
                .append(" role=\"img\" aria-labelledby=\"").append(id).append("-title\" aria-describedby=\"").append(id).append("-desc\">");
        svg.append("<title id=\"").append(id).append("-title\">").append(text(title)).append("</title>");
        svg.append("<desc id=\"").append(id).append("-desc\">").append(text(description)).append("</desc>");
        return svg;
    }

    /** {@code  style="a:b;c:d"} for the given properties, or nothing when there are none. */
    static String style(Map<String, String> properties) {
        if (properties.isEmpty()) return "";
        StringBuilder out = new StringBuilder(" style=\"");
        properties.forEach((k, v) -> out.append(k).append(':').append(text(v)).append(';'));
        out.setLength(out.length() - 1);
        return out.append('"').toString();
    }

    /** One line's text, its bold and italic runs (each line opens and closes its own) as nested spans. */
    private static void styled(StringBuilder svg, String line) {
        boolean bold = false;
        boolean italic = false;
        int from = 0;
        for (int i = 0; i <= line.length(); i++) {
            char c = i < line.length() ? line.charAt(i) : LabelMarkup.BOLD;
            if (c != LabelMarkup.BOLD && c != LabelMarkup.ITALIC) continue;
            if (i > from) {
                String run = text(line.substring(from, i));
                if (bold || italic) {
                    svg.append("<tspan").append(bold ? " font-weight=\"bold\"" : "").append(italic ? " font-style=\"italic\"" : "")
                            .append('>').append(run).append("</tspan>");
                } else {
                    svg.append(run);
                }
            }
            if (c == LabelMarkup.BOLD) bold = !bold;
            else italic = !italic;
            from = i + 1;
        }
    }

    /** Lines of text centred on (cx, cy), one {@code tspan} per line. */
    static void label(StringBuilder svg, String cls, List<String> lines, double cx, double cy, Map<String, String> style) {
        svg.append("<text class=\"").append(cls).append('"').append(style(style)).append('>');
        double first = cy - (lines.size() - 1) * TextMetrics.LINE_HEIGHT / 2;
        for (int i = 0; i < lines.size(); i++) {
            svg.append("<tspan x=\"").append(num(cx)).append("\" y=\"").append(num(first + i * TextMetrics.LINE_HEIGHT)).append("\">");
            styled(svg, lines.get(i));
            svg.append("</tspan>");
        }
        svg.append("</text>");
    }
}
