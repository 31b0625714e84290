package dev.kiln.diagram.layout;

import dev.kiln.diagram.flowchart.LabelMarkup;
import java.util.ArrayList;
import java.util.List;

/**
 * Text widths estimated per character, never measured with the build machine's fonts, so a
 * diagram's boxes are the same on every machine. CJK characters are 1 em; Latin letters use
 * rough per-class widths of a sans-serif face, rounded up so the text never overflows its box.
 * Long lines wrap at {@link #WRAP_WIDTH}, between words or between CJK characters, as Mermaid wraps.
 */
public final class TextMetrics {
    public static final double FONT_SIZE = 16;
    public static final double LINE_HEIGHT = 1.5 * FONT_SIZE;
    public static final double WRAP_WIDTH = 200;

    private TextMetrics() {}

    /** The width of one line, in pixels at {@link #FONT_SIZE}. */
    public static double width(String line) {
        double em = 0;
        boolean bold = false;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == LabelMarkup.BOLD) bold = !bold;
            else if (cp != LabelMarkup.ITALIC) em += emWidth(cp) * (bold ? BOLD_WIDER : 1);
        }
        return em * FONT_SIZE;
    }

    /** Bold glyphs run about a tenth wider than regular ones in sans-serif faces. */
    static final double BOLD_WIDER = 1.1;

    static double emWidth(int cp) {
        if (isWide(cp)) return 1.0;
        if (cp == ' ') return 0.28;
        if ("iljtf.,:;'|!()[]{}/\\-\"`".indexOf(cp) >= 0) return 0.36;
        if (cp == 'm' || cp == 'w') return 0.85;
        if (cp == 'M' || cp == 'W') return 0.92;
        if (Character.isUpperCase(cp)) return 0.7;
        if (Character.isDigit(cp)) return 0.58;
        if (Character.isLowerCase(cp)) return 0.56;
        return 0.62;
    }

    /** CJK ideographs, kana, hangul, full-width forms and CJK punctuation: one em each. */
    static boolean isWide(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || script == Character.UnicodeScript.BOPOMOFO
                || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF) || cp >= 0x1F000;
    }

    /** A label's lines: its own line breaks, then each line wrapped to {@link #WRAP_WIDTH}. */
    public static List<String> lines(String label) {
        List<String> lines = new ArrayList<>();
        for (String line : label.split("\n", -1)) wrap(line.strip(), lines);
        return selfContained(lines);
    }

    /** Bold or italic running over a line break is closed at the line's end and opened again on the next line. */
    private static List<String> selfContained(List<String> lines) {
        boolean bold = false;
        boolean italic = false;
        List<String> out = new ArrayList<>(lines.size());
        for (String line : lines) {
            StringBuilder s = new StringBuilder();
            if (bold) s.append(LabelMarkup.BOLD);
            if (italic) s.append(LabelMarkup.ITALIC);
            s.append(line);
            for (int i = 0; i < line.length(); i++) {
                if (line.charAt(i) == LabelMarkup.BOLD) bold = !bold;
                if (line.charAt(i) == LabelMarkup.ITALIC) italic = !italic;
            }
            if (italic) s.append(LabelMarkup.ITALIC);
            if (bold) s.append(LabelMarkup.BOLD);
            out.add(s.toString());
        }
        return out;
    }

    private static void wrap(String line, List<String> out) {
        if (width(line) <= WRAP_WIDTH) {
            out.add(line);
            return;
        }
        StringBuilder current = new StringBuilder();
        for (String token : tokens(line)) {
            String candidate = current + token;
            if (current.length() > 0 && width(candidate.stripTrailing()) > WRAP_WIDTH) {
                out.add(current.toString().strip());
                current.setLength(0);
                current.append(token.stripLeading());
            } else {
                current.append(token);
            }
        }
        if (!current.toString().isBlank()) out.add(current.toString().strip());
    }

    /** Breakable pieces: a word with the space before it, or a single CJK character. */
    private static List<String> tokens(String line) {
        List<String> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            i += Character.charCount(cp);
            if (isWide(cp)) {
                if (word.length() > 0) tokens.add(word.toString());
                word.setLength(0);
                tokens.add(new String(Character.toChars(cp)));
            } else if (cp == ' ' && word.length() > 0 && !word.toString().isBlank()) {
                tokens.add(word.toString());
                word.setLength(0);
                word.append(' ');
            } else {
                word.appendCodePoint(cp);
            }
        }
        if (word.length() > 0) tokens.add(word.toString());
        return tokens;
    }

    /** The widest of several lines. */
    public static double width(List<String> lines) {
        double max = 0;
        for (String line : lines) max = Math.max(max, width(line));
        return max;
    }
}
