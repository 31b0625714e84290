package dev.kiln.search.query;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiln.search.text.IndexTokens;
import dev.kiln.search.text.JvmFolding;
import dev.kiln.search.text.Tokenizer;
import dev.kiln.search.text.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Marks compares tokens in the tokenizer's buffers; these tests hold it to the plain way, with token strings. */
class MarksTest {
    private static final Tokenizer TOKENIZER = new Tokenizer(JvmFolding.INSTANCE);
    /** Pieces random texts and queries are made of: CJK (simplified, traditional, Extension B, kana), words, accents, widths. */
    private static final String[] PIECES = {"梯", "度", "下降", "梯度", "過", "拟合", "擬", "𠀋", "𠀋度", "が", "AI", "Adam", "adam", "optimis", "optimiser",
        "training", "café", "ＡＩ", "x", " ", " ", "，", "-", "１２", "e"};

    /** The reference: every index token of every word as a string, matched with {@link Term#matches}, merged. */
    private static int[] reference(Query query, String text) {
        List<int[]> ranges = new ArrayList<>();
        for (Word w : TOKENIZER.words(text)) {
            if (ranges.size() >= Marks.MAX) break;
            IndexTokens.each(w, (token, from, to) -> {
                for (Term t : query.terms) {
                    if (t.matches(token)) {
                        int last = w.kind == Word.CJK && !t.matchesExactly(token) ? from : to - 1;
                        ranges.add(new int[] {w.start[from], w.end[last]});
                        return;
                    }
                }
            });
        }
        List<Integer> flat = new ArrayList<>();
        for (int[] r : ranges) {
            int n = flat.size();
            if (n > 0 && r[0] <= flat.get(n - 1)) flat.set(n - 1, Math.max(flat.get(n - 1), r[1]));
            else {
                flat.add(r[0]);
                flat.add(r[1]);
            }
        }
        return flat.stream().mapToInt(Integer::intValue).toArray();
    }

    private static String random(Random random, int pieces) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < pieces; i++) s.append(PIECES[random.nextInt(PIECES.length)]);
        return s.toString();
    }

    @Test
    void buffersMarkWhatTokenStringsMark() {
        Random random = new Random(12);
        for (int k = 0; k < 3000; k++) {
            String text = random(random, 1 + random.nextInt(40));
            Query query = Query.parse(TOKENIZER, random(random, 1 + random.nextInt(4)));
            assertArrayEquals(reference(query, text), Marks.find(TOKENIZER, query, text), () -> "marks of the query in " + text);
        }
    }

    @Test
    void aSnippetLooksNoFurtherThanItsWindowPastTheFirstMark() {
        String text = "梯度 " + "无关的文字".repeat(100) + " 梯度";
        Query query = Query.parse(TOKENIZER, "梯度");
        assertEquals(4, Marks.find(TOKENIZER, query, text).length, "both occurrences");
        assertArrayEquals(new int[] {0, 2}, Marks.find(TOKENIZER, query, text, Snippet.LENGTH - Snippet.LEAD), "only the first window");
    }
}
