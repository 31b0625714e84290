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

    /** Receives the words of a text one at a time, in the tokenizer's own buffers (no word is allocated). */
    public interface Sink {
        /**
         * One word of {@code kind} ({@link Word#LETTERS} or {@link Word#CJK}): folded code points
         * {@code chars[0, length)}, code point {@code i} from the text's {@code [start[i], end[i])}.
         * The arrays are reused once this returns. Returns whether to go on.
         */
        boolean word(int kind, int[] chars, int[] start, int[] end, int length);
    }

    private final CharFolder folder;

    public Tokenizer(Folding folding) {
        this.folder = new CharFolder(folding);
    }

    public List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        scan(text, (kind, chars, start, end, length) ->
                words.add(new Word(kind, Arrays.copyOf(chars, length), Arrays.copyOf(start, length), Arrays.copyOf(end, length))));
        return words;
    }

    /** Hands each word of {@code text} to {@code sink}, in order, until it returns false. */
    public void scan(String text, Sink sink) {
        Run run = new Run(sink);
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int next = i + Character.charCount(c);
            String folded = folder.fold(c);
            for (int j = 0; j < folded.length(); ) {
                int f = folded.codePointAt(j);
                j += Character.charCount(f);
                int kind = Scripts.of(f);
                if (kind != run.kind && !run.flush(kind)) return;
                if (kind != Scripts.SEPARATOR) run.add(f, i, next);
            }
            i = next;
        }
        run.flush(Scripts.SEPARATOR);
    }

    /** The word being collected. */
    private static final class Run {
        final Sink sink;
        int kind = Scripts.SEPARATOR;
        int length;
        int[] chars = new int[16];
        int[] start = new int[16];
        int[] end = new int[16];

        Run(Sink sink) {
            this.sink = sink;
        }

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

        /** Ends the word, if any, and starts one of {@code nextKind}; false if the sink wants no more. */
        boolean flush(int nextKind) {
            boolean more = true;
            if (length > 0 && (kind == Scripts.CJK || length <= MAX_WORD)) more = sink.word(kind, chars, start, end, length);
            length = 0;
            kind = nextKind;
            return more;
        }
    }
}
