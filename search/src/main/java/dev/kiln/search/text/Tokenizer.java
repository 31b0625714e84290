package dev.kiln.search.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits text into {@link Word}s: folds each code point ({@link CharFolder}), then cuts at every
 * separator and at every change between CJK and other letters, so {@code AI大模型} is {@code ai}
 * and {@code 大模型}. The build indexes with it and the page parses queries with it: the same
 * code, compiled twice.
 */
public final class Tokenizer {
    /** Longer runs of letters (hashes, base64, URLs run together) are not words anyone searches for. */
    public static final int MAX_WORD = 64;

    private final CharFolder folder;

    public Tokenizer(Folding folding) {
        this.folder = new CharFolder(folding);
    }

    public List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        Run run = new Run();
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int next = i + Character.charCount(c);
            String folded = folder.fold(c);
            for (int j = 0; j < folded.length(); ) {
                int f = folded.codePointAt(j);
                j += Character.charCount(f);
                int kind = Scripts.of(f);
                if (kind != run.kind) run.flush(words, kind);
                if (kind != Scripts.SEPARATOR) run.add(f, i, next);
            }
            i = next;
        }
        run.flush(words, Scripts.SEPARATOR);
        return words;
    }

    /** The word being collected. */
    private static final class Run {
        int kind = Scripts.SEPARATOR;
        int length;
        int[] chars = new int[16];
        int[] start = new int[16];
        int[] end = new int[16];

        void add(int c, int from, int to) {
            if (length == chars.length) {
                chars = Arrays.copyOf(chars, length * 2);
                start = Arrays.copyOf(start, length * 2);
                end = Arrays.copyOf(end, length * 2);
            }
            chars[length] = c;
            start[length] = from;
            end[length] = to;
            length++;
        }

        void flush(List<Word> words, int nextKind) {
            if (length > 0 && (kind == Scripts.CJK || length <= MAX_WORD)) {
                words.add(new Word(kind, Arrays.copyOf(chars, length), Arrays.copyOf(start, length), Arrays.copyOf(end, length)));
            }
            length = 0;
            kind = nextKind;
        }
    }
}
