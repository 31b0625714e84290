package dev.kiln.sitesearch;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Set;

/**
 * Reads the text a reader sees out of a page body Kiln rendered, in one pass, and hands it on
 * cut at headings. Kiln wrote the HTML itself, so a small scanner is enough: tags are
 * well-formed and attributes quoted. What a reader does not read is left out: SVG drawings,
 * {@code aria-hidden} parts (KaTeX's glyph boxes, heading anchors), scripts and controls. A
 * formula counts as its TeX source, which KaTeX keeps in its MathML annotation, so a search for
 * {@code \odot} finds it.
 */
final class HtmlText {
    /** Receives text and the start of each section heading. */
    interface Sink {
        void text(CharSequence text);

        /** A heading with an {@code id} starts; its text follows through {@link #text} until {@link #headingEnd}. */
        void headingStart(String id);

        void headingEnd();
    }

    /** Deeper than any page Kiln writes (Markdown nesting is capped well below): a guard, not a limit authors meet. */
    static final int MAX_DEPTH = 512;

    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr");
    private static final Set<String> SKIPPED = Set.of("svg", "script", "style", "template", "button", "select", "textarea", "noscript");
    /** Elements after which words do not run on into the next element's. */
    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "br", "tr", "td", "th", "pre", "figure", "figcaption", "blockquote",
            "dd", "dt", "section", "table", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "details", "summary", "aside", "math", "annotation", "hr");
    private static final Map<String, String> ENTITIES = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'", "nbsp", " ");

    private HtmlText() {}

    private record Open(String name, boolean skip, boolean heading) {}

    static void read(String html, Sink sink) {
        Deque<Open> open = new ArrayDeque<>();
        int skipping = 0; // open elements whose text is left out
        int math = 0; // open <math> elements: only their annotation is text
        int annotation = 0;
        int i = 0;
        while (i < html.length()) {
            int lt = html.indexOf('<', i);
            int end = lt < 0 ? html.length() : lt;
            if (end > i && skipping == 0 && (math == 0 || annotation > 0)) sink.text(decode(html, i, end));
            if (lt < 0) break;
            if (html.startsWith("<!--", lt)) {
                int close = html.indexOf("-->", lt + 4);
                i = close < 0 ? html.length() : close + 3;
                continue;
            }
            int gt = tagEnd(html, lt);
            String tag = html.substring(lt + 1, gt);
            i = gt + 1;
            if (tag.startsWith("/")) {
                String name = name(tag, 1);
                while (!open.isEmpty()) {
                    Open o = open.pop();
                    if (o.skip) skipping--;
                    if (o.name.equals("math")) math--;
                    if (o.name.equals("annotation")) annotation--;
                    if (o.heading) sink.headingEnd();
                    if (o.name.equals(name)) break;
                }
                if (BLOCKS.contains(name)) sink.text(" ");
                continue;
            }
            if (tag.startsWith("!") || tag.startsWith("?")) continue;
            String name = name(tag, 0);
            if (BLOCKS.contains(name)) sink.text(" ");
            if (VOID.contains(name) || tag.endsWith("/")) continue;
            if (open.size() >= MAX_DEPTH) throw new IllegalStateException("HTML nested deeper than " + MAX_DEPTH + " elements");
            boolean skip = SKIPPED.contains(name) || tag.contains("aria-hidden=\"true\"") || tag.contains("data-search=\"skip\"");
            String id = isHeading(name) && skipping == 0 ? attribute(tag, "id") : null;
            boolean heading = id != null && name.charAt(1) != '1';
            if (skip) skipping++;
            if (name.equals("math")) math++;
            if (name.equals("annotation")) annotation++;
            if (heading) sink.headingStart(id);
            open.push(new Open(name, skip, heading));
        }
        while (!open.isEmpty()) if (open.pop().heading) sink.headingEnd();
    }

    private static boolean isHeading(String name) {
        return name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6';
    }

    /** The index of the {@code >} closing the tag at {@code lt}, past quoted attribute values. */
    private static int tagEnd(String html, int lt) {
        char quote = 0;
        for (int j = lt + 1; j < html.length(); j++) {
            char c = html.charAt(j);
            if (quote != 0) {
                if (c == quote) quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return j;
            }
        }
        return html.length() - 1;
    }

    private static String name(String tag, int from) {
        int j = from;
        while (j < tag.length() && !Character.isWhitespace(tag.charAt(j)) && tag.charAt(j) != '/' && tag.charAt(j) != '>') j++;
        return tag.substring(from, j).toLowerCase(java.util.Locale.ROOT);
    }

    private static String attribute(String tag, String attr) {
        int at = tag.indexOf(" " + attr + "=\"");
        if (at < 0) return null;
        int from = at + attr.length() + 3;
        int to = tag.indexOf('"', from);
        return to < 0 ? null : decode(tag, from, to).toString();
    }

    private static CharSequence decode(String s, int from, int to) {
        int amp = s.indexOf('&', from);
        if (amp < 0 || amp >= to) return s.subSequence(from, to);
        StringBuilder out = new StringBuilder(to - from);
        int i = from;
        while (i < to) {
            char c = s.charAt(i);
            int semi = c == '&' ? s.indexOf(';', i) : -1;
            if (semi > i && semi < to && semi - i <= 10) {
                String entity = s.substring(i + 1, semi);
                String value = entity.startsWith("#x") || entity.startsWith("#X") ? codePoint(entity.substring(2), 16)
                        : entity.startsWith("#") ? codePoint(entity.substring(1), 10) : ENTITIES.get(entity);
                if (value != null) {
                    out.append(value);
                    i = semi + 1;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out;
    }

    private static String codePoint(String digits, int radix) {
        try {
            int cp = Integer.parseInt(digits, radix);
            return Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
