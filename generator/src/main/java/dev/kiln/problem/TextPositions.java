package dev.kiln.problem;

/** Turns character offsets in a text into 1-based line and column numbers. */
public final class TextPositions {
    private final int[] lineStarts;

    public TextPositions(String text) {
        int count = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count++;
        lineStarts = new int[count];
        int line = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts[line++] = i + 1;
    }

    /** 1-based line of the character at {@code offset}. */
    public int line(int offset) {
        int lo = 0, hi = lineStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= offset) lo = mid; else hi = mid - 1;
        }
        return lo + 1;
    }

    /** 1-based column of the character at {@code offset}, counted in characters. */
    public int column(int offset) {
        return offset - lineStarts[line(offset) - 1] + 1;
    }
}
