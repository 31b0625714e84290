package dev.kiln.diagram.sequence;

import dev.kiln.diagram.syntax.Cursor;
import dev.kiln.diagram.syntax.DiagramSyntaxException;

/**
 * {@code autonumber}, {@code autonumber 10}, {@code autonumber 10 5} and {@code autonumber off},
 * counted as mermaid.js counts: every message advances the count, shown or not, so numbering
 * turned on mid-diagram continues from where the messages are; a start resets the step to 1.
 */
final class Autonumber {
    private boolean shown;
    private int next = 1;
    private int step = 1;

    /** Reads the statement's arguments, the cursor just past {@code autonumber}. */
    void read(Cursor c) throws DiagramSyntaxException {
        c.skipSpaces();
        if (c.atStatementEnd()) {
            shown = true;
            return;
        }
        int at = c.mark();
        String first = c.word();
        if (first.equalsIgnoreCase("off")) {
            shown = false;
            return;
        }
        int start = number(c, at, first, "`autonumber` takes a start and a step, such as `autonumber 10 5`, or `off`");
        if (start > 0) next = start; // Mermaid reads a start of 0 as none given
        step = 1;
        c.skipSpaces();
        if (!c.atStatementEnd()) {
            int stepAt = c.mark();
            step = number(c, stepAt, c.word(), "`autonumber`'s step is a whole number, such as `autonumber 10 5`");
        }
        shown = true;
    }

    private static int number(Cursor c, int at, String word, String error) throws DiagramSyntaxException {
        if (word.isEmpty() || word.length() > 6 || !word.chars().allMatch(ch -> ch >= '0' && ch <= '9')) throw c.errorAt(at, error);
        return Integer.parseInt(word);
    }

    /** The number the next message shows, or 0 when numbering is off; the count moves on either way. */
    int next() {
        int number = next;
        next += step;
        return shown ? number : 0;
    }
}
