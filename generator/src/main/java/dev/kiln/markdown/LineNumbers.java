package dev.kiln.markdown;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.IntPredicate;

/**
 * Wraps each line of highlighted code in {@code <span class="line">}, so CSS counters can number
 * them. A highlighter's {@code <span>} may run across lines (a block comment); it is closed at the
 * end of each line and reopened on the next, so every line is well-formed HTML on its own. Lines
 * an author marks ({@code hl_lines}) get {@code class="line hl"}.
 */
final class LineNumbers {
    private LineNumbers() {}

    /** @param marked whether the line with this 1-based number is marked */
    static String wrap(String html, IntPredicate marked) {
        StringBuilder out = new StringBuilder(html.length() + 64);
        Deque<String> open = new ArrayDeque<>();
        String body = html.endsWith("\n") ? html.substring(0, html.length() - 1) : html;
        int line = 1;
        out.append(start(marked, line));
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\n') {
                for (int k = 0; k < open.size(); k++) out.append("</span>");
                out.append("</span>\n").append(start(marked, ++line));
                open.descendingIterator().forEachRemaining(out::append);
            } else if (c == '<' && body.startsWith("<span", i)) {
                int end = body.indexOf('>', i);
                String tag = body.substring(i, end + 1);
                open.push(tag);
                out.append(tag);
                i = end;
            } else if (c == '<' && body.startsWith("</span>", i)) {
                open.poll();
                out.append("</span>");
                i += "</span>".length() - 1;
            } else {
                out.append(c);
            }
        }
        return out.append("</span>\n").toString();
    }

    private static String start(IntPredicate marked, int line) {
        return marked.test(line) ? "<span class=\"line hl\">" : "<span class=\"line\">";
    }
}
