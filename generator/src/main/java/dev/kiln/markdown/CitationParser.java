package dev.kiln.markdown;

import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.kiln.cite.CiteProc;
import dev.kiln.cite.Citation;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pandoc's citations: {@code [@key]}, {@code [see @a, p. 33; @b]}, {@code [-@key]} (no author),
 * and {@code @key} in running text (narrative). Keys are letters, digits and {@code _}, with
 * {@code : . # $ % & - + ? < > ~ /} inside. {@code [@key](url)} stays a link; {@code @eq:}, {@code @fig:}
 * and {@code @tbl:} are cross-references ({@link CrossRefParser}). Whether a key exists is decided
 * when the page renders, against the site's bibliography.
 */
final class CitationParser extends InlineExtension {
    static final String KEY = "[\\p{L}\\p{N}_](?:[\\p{L}\\p{N}_:.#$%&+?<>~/-]*[\\p{L}\\p{N}_])?";
    private static final Pattern BARE = Pattern.compile("@(" + KEY + ")");
    private static final Pattern BRACKETS = Pattern.compile("\\[([^\\[\\]]*@[^\\[\\]]*)\\]");
    /** A part of {@code [ … ]}: a prefix ending in a space, then {@code @key} or {@code -@key}, then {@code , locator}; so {@code [mail info@x.org]} is text. */
    private static final Pattern ITEM = Pattern.compile("\\s*(?:(.*?)\\s+)?(-?)@(" + KEY + ")\\s*(?:,\\s*(.*?))?\\s*");
    private static final Pattern LOCATOR = Pattern.compile("([^\\s\\d]+)\\s*(\\S.*)");


    @Override
    public boolean parse(LightInlineParser parser) {
        BasedSequence input = parser.getInput();
        int start = parser.getIndex();
        CharSequence rest = input.subSequence(start);
        Citation citation;
        int end;
        if (input.charAt(start) == '@') {
            if (start > 0 && Character.isLetterOrDigit(input.charAt(start - 1)) && !CrossRefParser.spaceless(input.charAt(start - 1))) return false;
            Matcher m = BARE.matcher(rest);
            if (!m.lookingAt() || crossRef(m.group(1))) return false;
            String key = CrossRefParser.untilScriptChange(m.group(1), 0);
            citation = new Citation(List.of(new Citation.Item(key, "", "", "", "", false)), true);
            end = start + 1 + key.length();
        } else {
            Matcher m = BRACKETS.matcher(rest);
            if (!m.lookingAt()) return false;
            end = start + m.end();
            if (end < input.length() && (input.charAt(end) == '(' || input.charAt(end) == '[')) return false; // a link or a reference link
            citation = bracketed(m.group(1));
            if (citation == null) return false;
        }
        parser.flushTextNode();
        parser.getBlock().appendChild(new CitationNode(input.subSequence(start, end), citation));
        parser.setIndex(end);
        return true;
    }

    /** The items of {@code [ … ]}, or null when any part is not one ({@code [email me@x]} is text). */
    private static Citation bracketed(String inside) {
        List<Citation.Item> items = new ArrayList<>();
        for (String part : inside.split(";")) {
            Matcher m = ITEM.matcher(part);
            if (!m.matches() || crossRef(m.group(3))) return null;
            String locator = "";
            String label = "";
            String suffix = m.group(4) == null ? "" : m.group(4);
            Matcher l = LOCATOR.matcher(suffix);
            if (l.matches() && !CiteProc.label(l.group(1)).isEmpty()) {
                label = CiteProc.label(l.group(1));
                locator = l.group(2);
                suffix = "";
            } else if (suffix.matches("\\d[\\d\\s,–-]*")) {
                label = "page"; // Pandoc: a bare number is a page
                locator = suffix;
                suffix = "";
            }
            items.add(new Citation.Item(m.group(3), m.group(1) == null ? "" : m.group(1), locator, label, suffix, !m.group(2).isEmpty()));
        }
        return items.isEmpty() ? null : new Citation(items, false);
    }

    private static boolean crossRef(String key) {
        return key.startsWith("eq:") || key.startsWith("fig:") || key.startsWith("tbl:");
    }

    static final class Factory extends InlineExtension.Factory {
        Factory() {
            super("@[", CitationParser::new);
        }
    }
}
