package dev.kiln.diagram.syntax;

import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;

/**
 * Text as Mermaid shows it in any diagram type: {@code <br>} breaks the line, other tags are
 * dropped, and Mermaid's entity codes ({@code #quot;}, {@code #59;}) are decoded. Mermaid uses
 * {@code #…;} rather than {@code &…;} because {@code ;} ends a statement and {@code &} joins nodes.
 */
public final class MermaidText {
    private static final Pattern BREAK = Pattern.compile("<br\\s*/?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][^<>]*>");
    /** The longest entity name HTML has ({@code CounterClockwiseContourIntegral}) is 31 characters. */
    private static final int LONGEST_NAME = 32;

    private MermaidText() {}

    /** The text shown for a label as written, stripped of surrounding spaces. */
    public static String shown(String raw) {
        String text = TAG.matcher(BREAK.matcher(raw).replaceAll("\n")).replaceAll("");
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            int end = entityEnd(text, i);
            String decoded = end < 0 ? null : entity(text.substring(i + 1, end));
            if (decoded != null) {
                out.append(decoded);
                i = end;
            } else {
                out.append(text.charAt(i));
            }
        }
        return out.toString().strip();
    }

    /**
     * Where the entity code starting at {@code at} ends (the index of its {@code ;}), or -1 when no
     * code starts there. Any {@code #word;} is a code, as Mermaid protects them all before parsing,
     * so a statement scanner keeps {@code #9829;} and {@code #infin;} inside a text rather than
     * reading a {@code #} comment; one Kiln cannot decode is shown as written.
     */
    public static int entityEnd(String text, int at) {
        if (text.charAt(at) != '#') return -1;
        int i = at + 1;
        while (i < text.length() && i - at <= LONGEST_NAME && Character.isLetterOrDigit(text.charAt(i)) && text.charAt(i) < 128) i++;
        return i > at + 1 && i < text.length() && text.charAt(i) == ';' ? i : -1;
    }

    /** A decimal code point or an HTML entity name, or null for one that is unknown or not allowed in text. */
    private static String entity(String name) {
        if (name.chars().allMatch(Character::isDigit)) {
            if (name.length() > 7) return null;
            int cp = Integer.parseInt(name);
            boolean text = cp >= 0x20 && cp != 0x7F && Character.isValidCodePoint(cp) && !(cp >= 0xD800 && cp <= 0xDFFF) && (cp & 0xFFFE) != 0xFFFE;
            return text ? new String(Character.toChars(cp)) : null;
        }
        return Entities.isNamedEntity(name) ? Entities.getByName(name) : null;
    }
}
