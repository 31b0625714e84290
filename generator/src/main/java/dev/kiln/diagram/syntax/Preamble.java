package dev.kiln.diagram.syntax;

/**
 * What comes before a Mermaid diagram's first keyword: config front matter ({@code ---} …
 * {@code ---}), {@code %%} comments and blank lines. The keyword says which grammar applies.
 */
public final class Preamble {
    private Preamble() {}

    /** Moves the cursor past the preamble, onto the diagram's keyword. */
    public static void skip(Cursor c) {
        c.skipToStatement();
        if (c.startsWith("---")) {
            c.restOfLine();
            while (!c.atEnd()) {
                c.next();
                if (c.restOfLine().strip().equals("---")) break;
            }
        }
        c.skipToStatement();
    }

    /** The keyword at the cursor ({@code flowchart}, {@code sequenceDiagram}, …), leaving the cursor past it. */
    public static String keyword(Cursor c) {
        int from = c.mark();
        while (!c.atEnd() && (Cursor.isWordChar(c.peek()) || c.peek() == '-')) c.next();
        return c.slice(from);
    }

    /** The keyword of a whole Mermaid source. */
    public static String keyword(String source) {
        Cursor c = new Cursor(source.replace("\r\n", "\n"));
        skip(c);
        return keyword(c);
    }
}
