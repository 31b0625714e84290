package dev.kiln.search.index;

import java.util.ArrayList;
import java.util.List;

/** One loaded token shard: its sorted tokens and, for each, its encoded postings. */
public final class Shard {
    private final String[] tokens;
    private final String[] postings;

    public Shard(String text) {
        List<String> t = new ArrayList<>();
        List<String> p = new ArrayList<>();
        int at = 0;
        while (at < text.length()) {
            int tab = text.indexOf('\t', at);
            int end = text.indexOf('\n', tab);
            if (tab < 0 || end < 0) throw new IllegalArgumentException("broken search shard at " + at);
            t.add(text.substring(at, tab));
            p.add(text.substring(tab + 1, end));
            at = end + 1;
        }
        tokens = t.toArray(new String[0]);
        postings = p.toArray(new String[0]);
    }

    /** Index of the first token not below {@code key}. */
    private int lowerBound(String key) {
        int lo = 0, hi = tokens.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens[mid].compareTo(key) < 0) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /** The postings of {@code token}, or null. */
    public String exact(String token) {
        int i = lowerBound(token);
        return i < tokens.length && tokens[i].equals(token) ? postings[i] : null;
    }

    /** Adds to {@code out} the postings of up to {@code max} tokens that start with {@code prefix}. */
    public void prefixed(String prefix, int max, List<String> out) {
        for (int i = lowerBound(prefix); i < tokens.length && out.size() < max && tokens[i].startsWith(prefix); i++) out.add(postings[i]);
    }
}
