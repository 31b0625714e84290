package dev.kiln.diagram.flowchart;

import dev.kiln.diagram.flowchart.Flowchart.Head;
import dev.kiln.diagram.flowchart.Flowchart.Stroke;
import dev.kiln.diagram.syntax.Cursor;
import dev.kiln.diagram.syntax.DiagramSyntaxException;
import dev.kiln.problem.Limits;

/**
 * Reads one link between nodes: {@code -->}, {@code ---}, {@code -.->}, {@code ==>},
 * {@code ~~~}, their circle and cross heads ({@code --o}, {@code --x}), both-way forms
 * ({@code <-->}), longer forms that span more ranks ({@code ---->}), and labels written
 * {@code -- text -->} or {@code -->|text|}.
 */
final class EdgeSyntax {
    private EdgeSyntax() {}

    /** A link as written, before it is attached to the nodes on either side. */
    record Link(Stroke stroke, Head start, Head end, int length, String label) {}

    /** The link at the cursor, or null (cursor unmoved) when none starts there. */
    static Link read(Cursor c) throws DiagramSyntaxException {
        int mark = c.mark();
        Head start = Head.NONE;
        if (c.peek() == '<') {
            start = Head.ARROW;
            c.next();
        } else if ((c.peek() == 'o' || c.peek() == 'x') && isLine(c.peek(1)) && isLine(c.peek(2))) {
            start = c.next() == 'o' ? Head.CIRCLE : Head.CROSS;
        }
        Link link = switch (c.peek()) {
            case '~' -> invisible(c, mark);
            case '=' -> drawn(c, mark, start, '=', Stroke.THICK);
            case '-' -> c.peek(1) == '.' ? dotted(c, mark, start) : drawn(c, mark, start, '-', Stroke.SOLID);
            default -> null;
        };
        if (link == null) {
            c.reset(mark);
            return null;
        }
        if (link.length() - 1 > Limits.LINK_RANKS) {
            // each extra rank becomes a node for ELK; 20,000 dashes overflowed its stack
            throw c.errorAt(mark, "this link spans " + (link.length() - 1) + " extra ranks; Kiln draws at most " + Limits.LINK_RANKS
                    + " (write a shorter link)");
        }
        c.skipSpaces();
        if (c.peek() == '|') {
            int open = c.mark();
            c.next();
            String text = until(c, "|", open, "`|`");
            link = new Link(link.stroke(), link.start(), link.end(), link.length(), unquote(text));
        }
        return link;
    }

    private static boolean isLine(char c) {
        return c == '-' || c == '=' || c == '.';
    }

    private static Link invisible(Cursor c, int mark) throws DiagramSyntaxException {
        int n = count(c, '~');
        if (n < 3) throw c.errorAt(mark, "an invisible link is written `~~~`");
        return new Link(Stroke.INVISIBLE, Head.NONE, Head.NONE, n - 2, "");
    }

    /** {@code -->}, {@code ---}, {@code ==>}, {@code ===}, and their labelled forms {@code -- text -->}. */
    private static Link drawn(Cursor c, int mark, Head start, char line, Stroke stroke) throws DiagramSyntaxException {
        int n = count(c, line);
        Head end = head(c);
        if (n >= 2 && end != Head.NONE) return new Link(stroke, start, end, n - 1, "");
        if (n >= 3) return new Link(stroke, start, Head.NONE, n - 2, "");
        if (n == 1) {
            if (line == '=') return null;
            throw c.errorAt(mark, "a single `-` is not a link: write `-->` for an arrow or `---` for a line");
        }
        // `-- text -->`: the label runs to the next run of at least two line characters
        String close = String.valueOf(line).repeat(2);
        String text = until(c, close, mark, "`" + close + (line == '-' ? ">`" : "`"));
        int m = count(c, line);
        end = head(c);
        if (end == Head.NONE && m < 3) {
            throw c.errorAt(mark, "the link label is not closed: end it with `" + close + ">` or `" + close + line + "`");
        }
        return new Link(stroke, start, end, end != Head.NONE ? m - 1 : m - 2, unquote(text));
    }

    /** {@code -.->}, {@code -..->}, {@code -.-} and {@code -. text .->}. */
    private static Link dotted(Cursor c, int mark, Head start) throws DiagramSyntaxException {
        c.next();
        int dots = count(c, '.');
        if (c.peek() == '-') {
            c.next();
            return new Link(Stroke.DOTTED, start, head(c), dots, "");
        }
        String text = until(c, ".-", mark, "`.->`");
        // `until` stopped before ".-": step over the dots and the dash
        count(c, '.');
        c.next();
        return new Link(Stroke.DOTTED, start, head(c), 1, unquote(text));
    }

    private static Head head(Cursor c) {
        char h = c.peek();
        if (h == '>') {
            c.next();
            return Head.ARROW;
        }
        // `--o B` has a circle head, `--oak` is a label or a node called oak
        if ((h == 'o' || h == 'x') && !Cursor.isWordChar(c.peek(1))) {
            c.next();
            return h == 'o' ? Head.CIRCLE : Head.CROSS;
        }
        return Head.NONE;
    }

    private static int count(Cursor c, char ch) {
        int n = 0;
        while (c.peek() == ch) {
            c.next();
            n++;
        }
        return n;
    }

    /** The text up to {@code close} on the same line; the cursor stops at {@code close} ({@code |} is consumed). */
    private static String until(Cursor c, String close, int openedAt, String expected) throws DiagramSyntaxException {
        int from = c.mark();
        boolean quoted = false;
        while (!c.atEnd() && c.peek() != '\n') {
            if (c.peek() == '"') quoted = !quoted;
            if (!quoted && c.startsWith(close)) {
                String text = c.slice(from);
                if (close.equals("|")) c.next();
                return text;
            }
            c.next();
        }
        throw c.errorAt(openedAt, "the link label is not closed: expected " + expected + " before the end of the line");
    }

    static String unquote(String text) {
        String s = text.strip();
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }
}
