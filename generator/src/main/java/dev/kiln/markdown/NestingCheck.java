package dev.kiln.markdown;

import dev.kiln.problem.Limits;

/**
 * Finds the first line that nests containers (block quotes, list items, admonitions) deeper than
 * {@link Limits#NESTING}, before flexmark sees the text: flexmark parses and renders containers
 * by recursion, so 500 nested lists overflowed the stack and 10,000 took minutes. One pass, no
 * parsing: a line's depth is counted as the {@code >} and list markers that open it plus half its
 * indentation (each nested level indents by at least two columns). Inside fenced code only the
 * markers count, so deeply indented code is never mistaken for nesting.
 */
public final class NestingCheck {
    private NestingCheck() {}

    /** The offset of the first line nested too deeply, or -1. */
    public static int firstTooDeep(CharSequence text) {
        char fence = 0;
        int fenceLength = 0;
        int lineStart = 0;
        int n = text.length();
        while (lineStart < n) {
            int lineEnd = lineStart;
            while (lineEnd < n && text.charAt(lineEnd) != '\n') lineEnd++;
            int depth = 0;
            int columns = 0;
            int i = lineStart;
            while (i < lineEnd) {
                char c = text.charAt(i);
                if (c == ' ') {
                    columns++;
                    i++;
                } else if (c == '\t') {
                    columns += 4 - columns % 4;
                    i++;
                } else if (c == '>') {
                    depth++;
                    i = skipSpaces(text, i + 1, lineEnd);
                } else {
                    int marker = listMarkerEnd(text, i, lineEnd);
                    if (marker < 0) break;
                    depth++;
                    i = skipSpaces(text, marker, lineEnd); // the marker's own spacing is not nesting
                }
            }
            int run = 0;
            while (i + run < lineEnd && (text.charAt(i + run) == '`' || text.charAt(i + run) == '~') && text.charAt(i + run) == text.charAt(i)) run++;
            if (run >= 3 && (fence == 0 || (text.charAt(i) == fence && run >= fenceLength))) {
                fence = fence == 0 ? text.charAt(i) : 0;
                fenceLength = run;
            } else if (depth + (fence == 0 ? columns / 2 : 0) > Limits.NESTING) {
                // markers count inside a fence too: a container that ends closes the fence for
                // flexmark, which this scan does not follow; only indentation is code there
                return lineStart;
            }
            lineStart = lineEnd + 1;
        }
        return -1;
    }

    private static int skipSpaces(CharSequence text, int i, int end) {
        while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) i++;
        return i;
    }

    /** After a list marker ({@code -}, {@code *}, {@code +}, or up to nine digits and {@code .} or {@code )}) and its space; else -1. */
    private static int listMarkerEnd(CharSequence text, int i, int end) {
        char c = text.charAt(i);
        int j = i;
        if (c == '-' || c == '*' || c == '+') {
            j++;
        } else {
            while (j < end && j - i < 9 && Character.isDigit(text.charAt(j))) j++;
            if (j == i || j >= end || (text.charAt(j) != '.' && text.charAt(j) != ')')) return -1;
            j++;
        }
        if (j < end && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) return j;
        return -1;
    }
}
