package dev.kiln.problem;

import java.util.Collection;
import java.util.Comparator;

/** The known name closest to a misspelt one, for "did you mean …?" hints. */
public final class Nearest {
    private Nearest() {}

    /** The candidate with the fewest edits from {@code name}; null when there are none. */
    public static String of(String name, Collection<String> candidates) {
        return candidates.stream().min(Comparator.comparingInt((String c) -> distance(c, name)).thenComparing(c -> c)).orElse(null);
    }

    /** The nearest candidate when it is a likely typo, a few edits away (at most 2, or a quarter of the name); else null. */
    public static String likely(String name, Collection<String> candidates) {
        String near = of(name, candidates);
        return near != null && distance(near, name) <= Math.max(2, name.length() / 4) ? near : null;
    }

    /** Levenshtein distance: insertions, deletions and substitutions. */
    public static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
