package dev.kiln.search.query;

import dev.kiln.search.index.Codec;
import dev.kiln.search.index.Fields;

/**
 * Scores sections for one query. Order, most important first: how many of the query's terms a
 * section has (all terms before some); in how many the page title matches; in how many its
 * heading does; how often the terms occur in its text; and then reading order.
 */
final class Ranking {
    private final int[] matched;
    private final int[] inTitle;
    private final int[] inHeading;
    private final int[] count;
    /** The term last counted for each section, so a term's alternatives count once. */
    private final int[] lastTerm;
    /** The sections counted so far, unboxed: a common word touches tens of thousands. */
    private int[] touched = new int[64];
    private int touchedCount;

    Ranking(int sections) {
        matched = new int[sections];
        inTitle = new int[sections];
        inHeading = new int[sections];
        count = new int[sections];
        lastTerm = new int[sections];
    }

    /** Counts term number {@code term} (from 1) in every section of one token's postings. */
    void add(int term, String postings) {
        Codec.Reader r = new Codec.Reader(postings, 0);
        int id = 0;
        while (r.more()) {
            id += r.next();
            int w = r.next();
            if (id >= matched.length) continue; // an index out of step with its meta: ignore, never fail the page
            if (matched[id] == 0 && lastTerm[id] == 0) {
                if (touchedCount == touched.length) touched = java.util.Arrays.copyOf(touched, touchedCount * 2);
                touched[touchedCount++] = id;
            }
            if (lastTerm[id] != term) {
                lastTerm[id] = term;
                matched[id]++;
                if ((w & Fields.TITLE) != 0) inTitle[id]++;
                else if ((w & Fields.HEADING) != 0) inHeading[id]++;
            }
            count[id] += Fields.count(w);
        }
    }

    /**
     * The best {@code max} sections, best first; then clears for the next query. A selection,
     * not a sort: each section is compared with the worst of the best so far, and most lose.
     */
    int[] top(int max) {
        int[] best = new int[Math.max(0, max)];
        int size = 0;
        for (int k = 0; k < touchedCount; k++) {
            int id = touched[k];
            if (size == best.length && (size == 0 || !before(id, best[size - 1]))) continue;
            int at = size == best.length ? size - 1 : size++;
            while (at > 0 && before(id, best[at - 1])) {
                best[at] = best[at - 1];
                at--;
            }
            best[at] = id;
        }
        for (int k = 0; k < touchedCount; k++) {
            int id = touched[k];
            matched[id] = inTitle[id] = inHeading[id] = count[id] = lastTerm[id] = 0;
        }
        touchedCount = 0;
        return java.util.Arrays.copyOf(best, size);
    }

    /** Whether section {@code a} ranks above section {@code b}. */
    private boolean before(int a, int b) {
        if (matched[a] != matched[b]) return matched[a] > matched[b];
        if (inTitle[a] != inTitle[b]) return inTitle[a] > inTitle[b];
        if (inHeading[a] != inHeading[b]) return inHeading[a] > inHeading[b];
        if (count[a] != count[b]) return count[a] > count[b];
        return a < b;
    }
}
