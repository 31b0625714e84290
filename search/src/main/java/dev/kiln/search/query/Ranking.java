package dev.kiln.search.query;

import dev.kiln.search.index.Codec;
import dev.kiln.search.index.Fields;
import java.util.ArrayList;
import java.util.List;

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
    private final List<Integer> touched = new ArrayList<>();

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
            if (matched[id] == 0 && lastTerm[id] == 0) touched.add(id);
            if (lastTerm[id] != term) {
                lastTerm[id] = term;
                matched[id]++;
                if ((w & Fields.TITLE) != 0) inTitle[id]++;
                else if ((w & Fields.HEADING) != 0) inHeading[id]++;
            }
            count[id] += Fields.count(w);
        }
    }

    /** The best {@code max} sections, best first; then clears for the next query. */
    int[] top(int max) {
        Integer[] ids = touched.toArray(new Integer[0]);
        java.util.Arrays.sort(ids, (a, b) -> {
            if (matched[a] != matched[b]) return matched[b] - matched[a];
            if (inTitle[a] != inTitle[b]) return inTitle[b] - inTitle[a];
            if (inHeading[a] != inHeading[b]) return inHeading[b] - inHeading[a];
            if (count[a] != count[b]) return count[b] - count[a];
            return a - b;
        });
        int[] top = new int[Math.min(max, ids.length)];
        for (int i = 0; i < top.length; i++) top[i] = ids[i];
        for (int id : touched) matched[id] = inTitle[id] = inHeading[id] = count[id] = lastTerm[id] = 0;
        touched.clear();
        return top;
    }
}
