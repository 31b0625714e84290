package dev.kiln.search.query;

import dev.kiln.search.text.IndexTokens;
import dev.kiln.search.text.Tokenizer;
import dev.kiln.search.text.Word;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a query's terms occur in a text, as ranges of the original text (UTF-16 offsets, start
 * inclusive, end exclusive), ascending and merged: {@code 梯度下降} marks one range, not three
 * overlapping pairs.
 */
final class Marks {
    /** More ranges than a snippet can show are not worth finding. */
    static final int MAX = 200;

    private Marks() {}

    static int[] find(Tokenizer tokenizer, Query query, String text) {
        List<int[]> ranges = new ArrayList<>();
        for (Word w : tokenizer.words(text)) {
            if (ranges.size() >= MAX) break;
            IndexTokens.each(w, (token, from, to) -> {
                for (Term t : query.terms) {
                    if (t.matches(token)) {
                        // a one-character query matches the pairs it starts: mark that character, not its neighbour
                        int last = w.kind == Word.CJK && !t.matchesExactly(token) ? from : to - 1;
                        ranges.add(new int[] {w.start[from], w.end[last]});
                        return;
                    }
                }
            });
        }
        List<int[]> merged = new ArrayList<>();
        for (int[] r : ranges) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
            else merged.add(r);
        }
        int[] flat = new int[merged.size() * 2];
        for (int i = 0; i < merged.size(); i++) {
            flat[2 * i] = merged.get(i)[0];
            flat[2 * i + 1] = merged.get(i)[1];
        }
        return flat;
    }
}
