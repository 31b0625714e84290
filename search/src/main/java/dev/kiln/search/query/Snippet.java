package dev.kiln.search.query;

/**
 * The part of a section's text a result shows: about {@link #LENGTH} characters from a little
 * before the first mark (the window holding the most of the marks it is given), with the marks
 * moved into it.
 */
final class Snippet {
    static final int LENGTH = 140;
    /** Context kept before the first mark. */
    static final int LEAD = 30;

    final String text;
    final int[] marks;

    private Snippet(String text, int[] marks) {
        this.text = text;
        this.marks = marks;
    }

    static Snippet of(String text, int[] marks) {
        if (text.length() <= LENGTH) return new Snippet(text, marks);
        int best = 0, bestCount = -1;
        for (int i = 0; i < marks.length; i += 2) {
            int n = 0;
            for (int j = i; j < marks.length && marks[j + 1] <= marks[i] + LENGTH - LEAD; j += 2) n++;
            if (n > bestCount) {
                bestCount = n;
                best = marks[i];
            }
        }
        int from = safe(text, Math.max(0, Math.min(best - LEAD, text.length() - LENGTH)));
        int to = safe(text, Math.min(text.length(), from + LENGTH));
        String prefix = from > 0 ? "…" : "";
        StringBuilder shown = new StringBuilder(prefix).append(text, from, to);
        if (to < text.length()) shown.append('…');
        int kept = 0;
        int[] moved = new int[marks.length];
        for (int i = 0; i < marks.length; i += 2) {
            if (marks[i] < from || marks[i + 1] > to) continue;
            moved[kept++] = marks[i] - from + prefix.length();
            moved[kept++] = marks[i + 1] - from + prefix.length();
        }
        return new Snippet(shown.toString(), java.util.Arrays.copyOf(moved, kept));
    }

    /** Never cut between the two halves of a surrogate pair. */
    private static int safe(String text, int at) {
        return at > 0 && at < text.length() && Character.isLowSurrogate(text.charAt(at)) ? at - 1 : at;
    }
}
