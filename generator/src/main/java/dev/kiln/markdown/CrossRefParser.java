package dev.kiln.markdown;

import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds {@code @eq:name}, {@code [@fig:name]} and {@code [-@tbl:name]} before flexmark reads the
 * brackets as a link. A bare {@code @} counts only after a space or punctuation, so an address such
 * as {@code me@eq:x.org} stays text; a name's trailing {@code .} or {@code :} ends the sentence,
 * not the name. Kiln numbers formulas ({@code eq:}), figures ({@code fig:}) and tables
 * ({@code tbl:}); {@code @someone} stays text.
 */
final class CrossRefParser extends InlineExtension {
    /** What follows {@code eq:}, {@code fig:} or {@code tbl:}, Pandoc-crossref's rule: letters, digits, {@code _ . : -}. */
    static final String NAME = "[\\p{L}\\p{N}_][\\p{L}\\p{N}_.:-]*";
    private static final Pattern BARE = Pattern.compile("@((?:eq|fig|tbl):[\\p{L}\\p{N}_](?:[\\p{L}\\p{N}_.:-]*[\\p{L}\\p{N}_])?)");
    private static final Pattern BRACKETED = Pattern.compile("\\[(-?)@((?:eq|fig|tbl):" + NAME + ")\\]");
    /** A label in text: an image's or a table caption's ({@link Captions}), or a stray one, after inline math say, reported rather than shown silently. */
    private static final Pattern STRAY_LABEL = Pattern.compile("\\{#((?:eq|fig|tbl):[^}\\s]*)\\}");


    @Override
    public boolean parse(LightInlineParser parser) {
        BasedSequence input = parser.getInput();
        int start = parser.getIndex();
        CharSequence rest = input.subSequence(start);
        char c = input.charAt(start);
        if (c == '{') {
            Matcher stray = STRAY_LABEL.matcher(rest);
            if (stray.lookingAt()) {
                parser.flushTextNode();
                parser.getBlock().appendChild(new StrayLabel(input.subSequence(start, start + stray.end())));
                parser.setIndex(start + stray.end());
                return true;
            }
            return false;
        }
        Matcher m = (c == '@' ? BARE : BRACKETED).matcher(rest);
        if (!m.lookingAt()) return false;
        // after a Latin letter or digit it is an address (me@eq:x.org); Chinese and Japanese put no space before it (如@eq:loss所示)
        if (c == '@' && start > 0 && Character.isLetterOrDigit(input.charAt(start - 1)) && !spaceless(input.charAt(start - 1))) return false;
        boolean bare = c == '@';
        String label = bare ? untilScriptChange(m.group(1), m.group(1).indexOf(':') + 1) : m.group(2);
        int end = bare ? start + 1 + label.length() : start + m.end();
        parser.flushTextNode();
        parser.getBlock().appendChild(new CrossRef(input.subSequence(start, end), label, bare || m.group(1).isEmpty()));
        parser.setIndex(end);
        return true;
    }

    /** Scripts written without spaces between words: Han, kana, Hangul. */
    static boolean spaceless(char c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }

    /**
     * A bare label ends where Latin letters give way to Chinese or Japanese ({@code @eq:loss所示} is
     * {@code eq:loss}); a name written in those scripts from the start ({@code @eq:损失}) is kept whole.
     *
     * @param from where the name starts in {@code label}: after {@code eq:}, or 0 for a citation key
     */
    static String untilScriptChange(String label, int from) {
        boolean latin = from < label.length() && !spaceless(label.charAt(from));
        if (!latin) return label;
        for (int i = from; i < label.length(); i++) {
            if (spaceless(label.charAt(i))) return trimEnd(label.substring(0, i));
        }
        return label;
    }

    /** A name's trailing {@code . : -} end the sentence, not the name. */
    private static String trimEnd(String label) {
        int end = label.length();
        while (end > 0 && ".:-".indexOf(label.charAt(end - 1)) >= 0) end--;
        return label.substring(0, end);
    }

    static final class Factory extends InlineExtension.Factory {
        Factory() {
            super("@[{", CrossRefParser::new);
        }
    }
}
