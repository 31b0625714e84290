package dev.kiln.markdown;

import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * Recognises inline formulas before emphasis and backslash escapes can touch them, so that
 * {@code \(W^{(1)}\)} keeps its backslashes and {@code y_i - \hat{y}_i} keeps its underscores.
 *
 * <p>Rules for a single {@code $} follow Pandoc's {@code tex_math_dollars}: the opening {@code $}
 * is followed by a non-space, the closing one preceded by a non-space and not followed by a digit.
 * So a price such as {@code $5} stays text, and {@code \$} is an ordinary escaped dollar. A
 * formula never reaches across a backtick, so code spans keep their dollars.
 */
final class MathInlineParser extends InlineExtension {


    @Override
    public boolean parse(LightInlineParser parser) {
        BasedSequence input = parser.getInput();
        int start = parser.getIndex();
        char c = input.charAt(start);
        if (c == '\\') {
            if (peek(input, start + 1) != '(') return false;
            int close = find(input, "\\)", start + 2);
            // an empty \(\) is two escaped parentheses, as CommonMark reads it
            return close > start + 2 && emit(parser, input, start, start + 2, close, close + 2, false);
        }
        if (peek(input, start + 1) == '$') {
            int close = find(input, "$$", start + 2);
            return close > start + 2 && emit(parser, input, start, start + 2, close, close + 2, true);
        }
        if (isSpace(peek(input, start + 1))) return false;
        for (int i = start + 1; i < input.length(); i++) {
            char ch = input.charAt(i);
            if (ch == '`') {
                return false;
            } else if (ch == '\\') {
                i++;
            } else if (ch == '$') {
                if (!isSpace(input.charAt(i - 1)) && !Character.isDigit(peek(input, i + 1)) && peek(input, i + 1) != '$') {
                    return emit(parser, input, start, start + 1, i, i + 1, false);
                }
            }
        }
        return false;
    }

    private static boolean emit(LightInlineParser parser, BasedSequence input, int start, int texStart, int texEnd,
            int end, boolean display) {
        parser.flushTextNode();
        String tex = input.subSequence(texStart, texEnd).toString();
        parser.getBlock().appendChild(new MathInline(input.subSequence(start, end), tex, display));
        parser.setIndex(end);
        return true;
    }

    /**
     * Index of {@code needle} at or after {@code from}, skipping backslash-escaped characters; -1 if
     * absent or if a backtick comes first, since a formula never spans into a code span.
     */
    private static int find(BasedSequence input, String needle, int from) {
        for (int i = from; i <= input.length() - needle.length(); i++) {
            if (input.charAt(i) == '`') return -1;
            if (input.charAt(i) == '\\' && !needle.startsWith("\\")) {
                i++;
                continue;
            }
            if (regionMatches(input, i, needle)) return i;
        }
        return -1;
    }

    private static boolean regionMatches(BasedSequence input, int at, String needle) {
        for (int k = 0; k < needle.length(); k++) if (input.charAt(at + k) != needle.charAt(k)) return false;
        return true;
    }

    private static char peek(BasedSequence input, int i) {
        return i < input.length() ? input.charAt(i) : '\0';
    }

    private static boolean isSpace(char c) {
        return c == '\0' || Character.isWhitespace(c);
    }

    static final class Factory extends InlineExtension.Factory {
        Factory() {
            super("$\\", MathInlineParser::new);
        }
    }
}
