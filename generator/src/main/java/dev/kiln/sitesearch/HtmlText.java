package dev.kiln.sitesearch;

import java.util.Locale;
import java.util.Set;

/**
 * Reads the text a reader sees out of a page body Kiln rendered, in one pass, and hands it on
 * cut at headings. Kiln wrote the HTML itself, so a small scanner is enough: tags are
 * well-formed and attributes quoted. What a reader does not read is left out: SVG drawings,
 * {@code aria-hidden} parts (KaTeX's glyph boxes, heading anchors), scripts and controls. A
 * formula counts as its TeX source, which KaTeX keeps in its MathML annotation, so a search for
 * {@code \odot} finds it. It scans a copy of the page as a {@code char[]}, and jumps over what
 * it skips: pages of formulas and charts are mostly markup (bench/search).
 */
final class HtmlText {
    /** Receives text and the start of each section heading. */
    interface Sink {
        /** Text {@code chars[from, to)}; the array is the scanner's, valid only during the call. */
        void text(char[] chars, int from, int to);

        /** A heading with an {@code id} starts; its text follows through {@link #text} until {@link #headingEnd}. */
        void headingStart(String id);

        void headingEnd();
    }

    /** Deeper than any page Kiln writes (Markdown nesting is capped well below): a guard, not a limit authors meet. */
    static final int MAX_DEPTH = 512;

    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr");
    private static final Set<String> SKIPPED = Set.of("svg", "script", "style", "template", "button", "select", "textarea", "noscript");
    /** Elements whose content is raw text: it ends at the first closing tag, whatever it holds. */
    private static final Set<String> RAW = Set.of("script", "style", "textarea");
    /** Elements after which words do not run on into the next element's. */
    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "br", "tr", "td", "th", "pre", "figure", "figcaption", "blockquote",
            "dd", "dt", "section", "table", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "details", "summary", "aside", "math", "hr");
    private static final char[] SPACE = {' '};

    private final char[] html;
    private final Sink sink;
    /** Open elements: their names, and whether each is a section heading. */
    private final String[] names = new String[MAX_DEPTH];
    private final boolean[] headings = new boolean[MAX_DEPTH];
    private int depth;

    private HtmlText(char[] html, Sink sink) {
        this.html = html;
        this.sink = sink;
    }

    static void read(String html, Sink sink) {
        new HtmlText(html.toCharArray(), sink).read();
    }

    private void read() {
        int i = 0;
        int n = html.length;
        while (i < n) {
            int lt = indexOf('<', i, n);
            if (lt > i) text(i, lt);
            if (lt == n) break;
            if (startsWith("<!--", lt)) {
                i = after("-->", lt + 4);
                continue;
            }
            int gt = tagEnd(lt);
            i = gt + 1;
            boolean closing = lt + 1 < n && html[lt + 1] == '/';
            if (!closing && lt + 1 < n && (html[lt + 1] == '!' || html[lt + 1] == '?')) continue;
            String name = name(closing ? lt + 2 : lt + 1, gt);
            if (closing) {
                close(name);
                if (BLOCKS.contains(name)) space();
                continue;
            }
            if (BLOCKS.contains(name)) space();
            if (VOID.contains(name) || html[gt - 1] == '/') continue;
            if (depth >= MAX_DEPTH) throw new IllegalStateException("HTML nested deeper than " + MAX_DEPTH + " elements");
            if (SKIPPED.contains(name) || contains("aria-hidden=\"true\"", lt, gt) || contains("data-search=\"skip\"", lt, gt)) {
                i = RAW.contains(name) ? afterClosing(name, i) : skipPast(name, i);
                continue;
            }
            if (name.equals("math")) {
                i = formula(i);
                space();
                continue;
            }
            String id = isHeading(name) ? attribute("id", lt, gt) : null;
            boolean heading = id != null && name.charAt(1) != '1';
            if (heading) sink.headingStart(id);
            names[depth] = name;
            headings[depth] = heading;
            depth++;
        }
        while (depth > 0) if (headings[--depth]) sink.headingEnd();
    }

    /** Closes the innermost open element {@code name}, and any left open inside it. */
    private void close(String name) {
        while (depth > 0) {
            depth--;
            if (headings[depth]) sink.headingEnd();
            if (names[depth].equals(name)) break;
        }
    }

    /**
     * A {@code <math>} element whose content starts at {@code from}: only its TeX annotation is
     * text (the MathML tree around it is the same formula again). Where it ends.
     */
    private int formula(int from) {
        int end = indexOf("</math", from);
        int annotation = indexOf("<annotation", from);
        if (annotation >= 0 && annotation < end) {
            int start = tagEnd(annotation) + 1;
            int stop = Math.min(end, indexOf("</annotation", start));
            space();
            if (start < stop) text(start, stop);
        }
        return end < 0 ? html.length : tagEnd(end) + 1;
    }

    private void space() {
        sink.text(SPACE, 0, 1);
    }

    /** Hands on {@code html[from, to)} with its character references decoded (by jsoup, which knows them all). */
    private void text(int from, int to) {
        if (indexOf('&', from, to) == to) {
            sink.text(html, from, to);
        } else {
            char[] decoded = org.jsoup.parser.Parser.unescapeEntities(new String(html, from, to - from), false).toCharArray();
            sink.text(decoded, 0, decoded.length);
        }
    }

    private static boolean isHeading(String name) {
        return name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6';
    }

    /**
     * Where the element {@code name} that opened just before {@code from} ends: past its closing
     * tag, counting the same elements nested inside. Nothing inside is read, which matters: a
     * chart's SVG is mostly long attribute values.
     */
    private int skipPast(String name, int from) {
        int nesting = 1;
        while (true) {
            int lt = indexOf('<', from, html.length);
            if (lt == html.length) return lt;
            boolean closing = lt + 1 < html.length && html[lt + 1] == '/';
            int at = lt + (closing ? 2 : 1);
            if (!isName(name, at)) {
                from = lt + 1;
                continue;
            }
            int gt = tagEnd(lt);
            if (closing && --nesting == 0) return gt + 1;
            if (!closing && html[gt - 1] != '/' && ++nesting > MAX_DEPTH) throw new IllegalStateException("HTML nested deeper than " + MAX_DEPTH + " elements");
            from = gt + 1;
        }
    }

    /** Past the first closing tag of the raw-text element {@code name} at or after {@code from}. */
    private int afterClosing(String name, int from) {
        while (true) {
            int lt = indexOf('<', from, html.length);
            if (lt == html.length) return lt;
            if (lt + 1 < html.length && html[lt + 1] == '/' && isName(name, lt + 2)) return tagEnd(lt) + 1;
            from = lt + 1;
        }
    }

    /** Whether the tag name at {@code at} is {@code name} (in any case) and ends there. */
    private boolean isName(String name, int at) {
        int end = at + name.length();
        if (end >= html.length) return false;
        for (int k = 0; k < name.length(); k++) if (Character.toLowerCase(html[at + k]) != name.charAt(k)) return false;
        return !isNameChar(html[end]);
    }

    private static boolean isNameChar(char c) {
        return c == '-' || Character.isLetterOrDigit(c);
    }

    /** The index of the {@code >} closing the tag at {@code lt}, past quoted attribute values. */
    private int tagEnd(int lt) {
        int n = html.length;
        for (int i = lt + 1; i < n; i++) {
            char c = html[i];
            if (c == '>') return i;
            if (c == '"') {
                i = indexOf('"', i + 1, n);
                if (i == n) break;
            }
        }
        return n - 1;
    }

    /** The lower-case element name starting at {@code from}, in a tag that ends at {@code gt}. */
    private String name(int from, int gt) {
        int j = from;
        boolean upper = false;
        while (j < gt && !Character.isWhitespace(html[j]) && html[j] != '/') {
            upper |= html[j] >= 'A' && html[j] <= 'Z';
            j++;
        }
        String name = new String(html, from, j - from);
        return upper ? name.toLowerCase(Locale.ROOT) : name;
    }

    /** The value of attribute {@code attr} in the tag {@code html[lt, gt)}, decoded, or null. */
    private String attribute(String attr, int lt, int gt) {
        int at = indexOf(" " + attr + "=\"", lt, gt);
        if (at < 0) return null;
        int from = at + attr.length() + 3;
        int to = indexOf('"', from, gt);
        if (to == gt) return null;
        String value = new String(html, from, to - from);
        return value.indexOf('&') < 0 ? value : org.jsoup.parser.Parser.unescapeEntities(value, false);
    }

    private boolean contains(String s, int from, int to) {
        return indexOf(s, from, to) >= 0;
    }

    private boolean startsWith(String s, int at) {
        if (at + s.length() > html.length) return false;
        for (int k = 0; k < s.length(); k++) if (html[at + k] != s.charAt(k)) return false;
        return true;
    }

    /** Past the first {@code s} at or after {@code from}; the end if there is none. */
    private int after(String s, int from) {
        int at = indexOf(s, from);
        return at < 0 ? html.length : at + s.length();
    }

    private int indexOf(String s, int from) {
        return indexOf(s, from, html.length);
    }

    /** The first {@code s} wholly inside {@code html[from, to)}, or -1. */
    private int indexOf(String s, int from, int to) {
        char first = s.charAt(0);
        for (int i = indexOf(first, from, to); i + s.length() <= to; i = indexOf(first, i + 1, to)) {
            if (startsWith(s, i)) return i;
        }
        return -1;
    }

    /** The first {@code c} in {@code html[from, to)}, or {@code to}. */
    private int indexOf(char c, int from, int to) {
        for (int i = from; i < to; i++) if (html[i] == c) return i;
        return to;
    }
}
