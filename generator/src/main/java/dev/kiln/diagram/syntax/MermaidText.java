package dev.kiln.diagram.syntax;

import java.util.regex.Pattern;

/**
 * Text as Mermaid shows it in any diagram type: {@code <br>} breaks the line, other tags are
 * dropped, and Mermaid's entity codes ({@code #quot;}, {@code #59;}) are decoded. Mermaid uses
 * {@code #…;} rather than {@code &…;} because {@code ;} ends a statement and {@code &} joins nodes.
 */
public final class MermaidText {
    private static final Pattern BREAK = Pattern.compile("<br\\s*/?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][^<>]*>");
    /** The longest entity code decoded, {@code #` + 6 characters + ;}. */
    private static final int LONGEST_ENTITY = 8;

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
     * code Kiln decodes starts there. Lets a statement scanner keep {@code #59;} inside a text.
     */
    public static int entityEnd(String text, int at) {
        if (text.charAt(at) != '#') return -1;
        int semi = text.indexOf(';', at);
        if (semi <= at + 1 || semi - at > LONGEST_ENTITY) return -1;
        return entity(text.substring(at + 1, semi)) == null ? -1 : semi;
    }

    private static String entity(String name) {
        if (name.chars().allMatch(Character::isDigit)) {
            int cp = Integer.parseInt(name);
            return Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : null;
        }
        return switch (name) {
            case "quot" -> "\"";
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "nbsp" -> "\u00a0";
            default -> null;
        };
    }
}
