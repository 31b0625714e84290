package dev.kiln.diagram.sequence;

import dev.kiln.diagram.sequence.SequenceDiagram.Head;
import dev.kiln.diagram.sequence.SequenceDiagram.Line;
import dev.kiln.diagram.syntax.Cursor;
import dev.kiln.diagram.syntax.DiagramSyntaxException;
import dev.kiln.diagram.syntax.MermaidText;
import dev.kiln.diagram.syntax.NotDrawnAtBuildTime;
import java.util.List;

/**
 * The lexical pieces of a sequence diagram's statements: participant names, which may hold spaces
 * and hyphens but end at an arrow, {@code :}, {@code ,} or {@code +}; the eight arrows and the two
 * two-headed ones; and texts, which end at a line break, {@code ;} or a {@code #} comment.
 */
final class MessageSyntax {
    private MessageSyntax() {}

    /** An arrow as written, with its line and heads. */
    record Arrow(String token, Line line, Head start, Head end) {}

    /** Longest first, so {@code -->>} is not read as {@code -->} followed by {@code >}. */
    private static final List<Arrow> ARROWS = List.of(
            new Arrow("<<-->>", Line.DOTTED, Head.ARROW, Head.ARROW),
            new Arrow("<<->>", Line.SOLID, Head.ARROW, Head.ARROW),
            new Arrow("-->>", Line.DOTTED, Head.NONE, Head.ARROW),
            new Arrow("->>", Line.SOLID, Head.NONE, Head.ARROW),
            new Arrow("-->", Line.DOTTED, Head.NONE, Head.NONE),
            new Arrow("->", Line.SOLID, Head.NONE, Head.NONE),
            new Arrow("--x", Line.DOTTED, Head.NONE, Head.CROSS),
            new Arrow("-x", Line.SOLID, Head.NONE, Head.CROSS),
            new Arrow("--)", Line.DOTTED, Head.NONE, Head.OPEN),
            new Arrow("-)", Line.SOLID, Head.NONE, Head.OPEN));

    /** The arrow at the cursor, consumed, or null (the cursor stays) when none starts there. */
    static Arrow arrow(Cursor c) {
        for (Arrow a : ARROWS) if (c.eat(a.token())) return a;
        return null;
    }

    private static boolean arrowAhead(Cursor c) {
        for (Arrow a : ARROWS) if (c.startsWith(a.token())) return true;
        return false;
    }

    /**
     * A participant's name at the cursor, trimmed: up to an arrow, {@code :}, {@code ,}, {@code +},
     * {@code >} or the statement's end. Empty when none stands there.
     */
    static String name(Cursor c) {
        int from = c.mark();
        if (c.peek() == '-' || c.peek() == '+') return ""; // as in Mermaid, no name starts with either
        while (!atTextEnd(c) && ":,+>".indexOf(c.peek()) < 0 && !arrowAhead(c)) {
            if (!c.eatEntity()) c.next();
        }
        String name = c.slice(from).strip();
        for (String token : CLIENT_SIDE_ARROWS) {
            if (name.contains(token)) throw new NotDrawnAtBuildTime("the arrow `" + token + "`");
        }
        return name;
    }

    /**
     * Mermaid 11's half-arrows ({@code -|\}, {@code -//}, …) and central connections ({@code ()}):
     * valid, but Kiln leaves them to mermaid.js. As Kiln reads names, they end up inside one.
     */
    private static final List<String> CLIENT_SIDE_ARROWS = List.of("-|\\", "-|/", "/|-", "\\|-", "-\\\\", "-//", "\\\\-", "//-", "()");

    /**
     * A text up to the statement's end, as shown ({@code <br>} and {@code #59;} decoded); a
     * {@code #} that starts no entity code starts a comment to the end of the line, as in Mermaid.
     */
    static String text(Cursor c) {
        return MermaidText.shown(withoutWrapPrefix(rawText(c)));
    }

    /** The same text as written, entity codes and tags not yet decoded. */
    static String rawText(Cursor c) {
        int from = c.mark();
        while (!atTextEnd(c)) {
            if (!c.eatEntity()) c.next();
        }
        String raw = c.slice(from);
        if (c.peek() == '#') c.restOfLine();
        return raw.strip();
    }

    /** Mermaid's {@code wrap:} and {@code nowrap:} prefixes; Kiln breaks lines only where the author does. */
    private static String withoutWrapPrefix(String text) {
        for (String prefix : new String[] {"wrap:", "nowrap:", ":wrap:", ":nowrap:"}) {
            if (text.regionMatches(true, 0, prefix, 0, prefix.length())) return text.substring(prefix.length());
        }
        return text;
    }

    /** At a line break, {@code ;} or a {@code #} comment; the {@code #} of an entity code is text. */
    private static boolean atTextEnd(Cursor c) {
        int at = c.mark();
        if (c.eatEntity()) {
            c.reset(at);
            return false;
        }
        return c.atEnd() || c.peek() == '\n' || c.peek() == ';' || c.peek() == '#';
    }

    /** Expects {@code :} and a text after it. */
    static String colonText(Cursor c, String what) throws DiagramSyntaxException {
        c.skipSpaces();
        if (!c.eat(":")) throw c.error(what + " needs `: text` here, found " + c.found());
        return text(c);
    }
}
