package dev.kiln.sitesearch;

import java.util.ArrayDeque;
import java.util.Deque;
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

    private HtmlText() {}

    private record Open(String name, boolean heading) {}

    static void read(String html, Sink sink) {
        Deque<Open> open = new ArrayDeque<>();
        int math = 0; // open <math> elements: only their annotation is text
        int annotation = 0;
        int i = 0;
        while (i < html.length()) {
            int lt = html.indexOf('<', i);
            int end = lt < 0 ? html.length() : lt;
            if (end > i && (math == 0 || annotation > 0)) sink.text(decode(html, i, end));
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
            if (SKIPPED.contains(name) || tag.contains("aria-hidden=\"true\"") || tag.contains("data-search=\"skip\"")) {
                i = skipPast(html, name, i);
                continue;
            }
            String id = isHeading(name) ? attribute(tag, "id") : null;
            boolean heading = id != null && name.charAt(1) != '1';
            if (name.equals("math")) math++;
            if (name.equals("annotation")) annotation++;
            if (heading) sink.headingStart(id);
            open.push(new Open(name, heading));
        }
        while (!open.isEmpty()) if (open.pop().heading) sink.headingEnd();
    }

    private static boolean isHeading(String name) {
        return name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6';
    }

    /**
     * Where the element {@code name} that opened just before {@code from} ends: past its closing
     * tag, counting the same elements nested inside. Nothing inside is read, which matters: a
     * chart's SVG is mostly long attribute values.
     */
    private static int skipPast(String html, String name, int from) {
        int depth = 1;
        while (true) {
            int lt = html.indexOf('<', from);
            if (lt < 0) return html.length();
            boolean close = lt + 1 < html.length() && html.charAt(lt + 1) == '/';
            int at = lt + (close ? 2 : 1);
            if (html.startsWith(name, at) && at + name.length() < html.length() && !isNameChar(html.charAt(at + name.length()))) {
                int gt = tagEnd(html, lt);
                if (close && --depth == 0) return gt + 1;
                if (!close && html.charAt(gt - 1) != '/' && ++depth > MAX_DEPTH) throw new IllegalStateException("HTML nested deeper than " + MAX_DEPTH + " elements");
                from = gt + 1;
            } else {
                from = lt + 1;
            }
        }
    }

    private static boolean isNameChar(char c) {
        return c == '-' || Character.isLetterOrDigit(c);
    }

    /** The index of the {@code >} closing the tag at {@code lt}, past quoted attribute values. */
    private static int tagEnd(String html, int lt) {
        int from = lt + 1;
        int gt = html.indexOf('>', from);
        while (gt >= 0) {
            int quote = indexOf(html, '"', from, gt);
            if (quote < 0) return gt;
            int closing = html.indexOf('"', quote + 1);
            if (closing < 0) return html.length() - 1;
            from = closing + 1;
            if (from > gt) gt = html.indexOf('>', from);
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

    /** The text of {@code s[from, to)} with its character references decoded (by jsoup, which knows them all). */
    private static CharSequence decode(String s, int from, int to) {
        if (indexOf(s, '&', from, to) < 0) return s.subSequence(from, to);
        return org.jsoup.parser.Parser.unescapeEntities(s.substring(from, to), false);
    }

    /** {@code s.indexOf(c, from)}, but looking no further than {@code to}: a page has thousands of text runs. */
    private static int indexOf(String s, char c, int from, int to) {
        for (int i = from; i < to; i++) if (s.charAt(i) == c) return i;
        return -1;
    }
}
