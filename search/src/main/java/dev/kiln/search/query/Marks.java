package dev.kiln.search.query;

import dev.kiln.search.text.IndexTokens;
import dev.kiln.search.text.Tokenizer;
import dev.kiln.search.text.Word;

/**
 * Where a query's terms occur in a text, as ranges of the original text (UTF-16 offsets, start
 * inclusive, end exclusive), ascending and merged: {@code 梯度下降} marks one range, not three
 * overlapping pairs. The text's tokens are the index's ({@link dev.kiln.search.text.IndexTokens}),
 * compared in the tokenizer's buffers, since a page builds ten results a keystroke.
 */
final class Marks {
    /** More ranges than a snippet can show are not worth finding. */
    static final int MAX = 200;

    private Marks() {}

    static int[] find(Tokenizer tokenizer, Query query, String text) {
        return find(tokenizer, query, text, Integer.MAX_VALUE);
    }

    /**
     * The marks in {@code text}, looking no further than {@code reach} characters past the first
     * one: a snippet shows one window, and a page builds ten results a keystroke.
     */
    static int[] find(Tokenizer tokenizer, Query query, String text, int reach) {
        Ranges ranges = new Ranges();
        tokenizer.scan(text, (kind, chars, start, end, length) -> {
            if (ranges.size > 0 && start[0] - ranges.flat[0] > reach) return false;
            if (kind == Word.LETTERS) {
                String token = IndexTokens.letters(chars, length);
                for (Term t : query.terms) {
                    if (t.matches(token)) {
                        ranges.add(start[0], end[length - 1]);
                        break;
                    }
                }
            } else {
                IndexTokens.cjk(chars, length, (c, from, to) -> {
                    for (Term t : query.terms) {
                        int match = t.matchCodePoints(c, from, to);
                        if (match == Term.NONE) continue;
                        // a one-character query matches the pairs it starts: mark that character, not its neighbour
                        ranges.add(start[from], end[match == Term.EXACT ? to - 1 : from]);
                        break;
                    }
                });
            }
            return ranges.added < MAX;
        });
        return java.util.Arrays.copyOf(ranges.flat, ranges.size);
    }

    /** Ranges added in ascending order of start, merged as they come. */
    private static final class Ranges {
        int[] flat = new int[16];
        int size;
        int added;

        void add(int from, int to) {
            added++;
            if (size > 0 && from <= flat[size - 1]) {
                flat[size - 1] = Math.max(flat[size - 1], to);
                return;
            }
            if (size == flat.length) flat = java.util.Arrays.copyOf(flat, size * 2);
            flat[size++] = from;
            flat[size++] = to;
        }
    }
}
