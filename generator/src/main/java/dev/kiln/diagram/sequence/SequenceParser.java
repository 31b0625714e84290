package dev.kiln.diagram.sequence;

import dev.kiln.diagram.sequence.SequenceDiagram.Activate;
import dev.kiln.diagram.sequence.SequenceDiagram.BlockEnd;
import dev.kiln.diagram.sequence.SequenceDiagram.BlockSection;
import dev.kiln.diagram.sequence.SequenceDiagram.BlockStart;
import dev.kiln.diagram.sequence.SequenceDiagram.Box;
import dev.kiln.diagram.sequence.SequenceDiagram.Deactivate;
import dev.kiln.diagram.sequence.SequenceDiagram.Event;
import dev.kiln.diagram.sequence.SequenceDiagram.Kind;
import dev.kiln.diagram.sequence.SequenceDiagram.Message;
import dev.kiln.diagram.sequence.SequenceDiagram.Note;
import dev.kiln.diagram.sequence.SequenceDiagram.Operator;
import dev.kiln.diagram.sequence.SequenceDiagram.Participant;
import dev.kiln.diagram.sequence.SequenceDiagram.Placement;
import dev.kiln.diagram.syntax.Cursor;
import dev.kiln.diagram.syntax.DiagramSyntaxException;
import dev.kiln.diagram.syntax.MermaidText;
import dev.kiln.diagram.syntax.NotDrawnAtBuildTime;
import dev.kiln.diagram.syntax.Preamble;
import dev.kiln.problem.Limits;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mermaid's {@code sequenceDiagram} language to a {@link SequenceDiagram}: participants and
 * actors with aliases, the ten arrows, activations, notes, the block operators, {@code autonumber}
 * and {@code box} groups. Keywords are case-insensitive, as in Mermaid. Statements end at a line
 * break or {@code ;}. The first error stops the parse and names its line and column.
 */
public final class SequenceParser {
    public static final String KEYWORD = "sequenceDiagram";
    /** Valid Mermaid that Kiln leaves to mermaid.js: created and destroyed participants, actor menus, overlapping par. */
    private static final Set<String> CLIENT_SIDE = Set.of("create", "destroy", "links", "link", "properties", "details", "par_over");

    private static final Set<String> IN_BOX = Set.of("participant", "actor", "end");
    private static final Pattern ALIAS = Pattern.compile("\\s+as\\s+", Pattern.CASE_INSENSITIVE);

    private final Cursor c;
    private final Map<String, Participant> participants = new LinkedHashMap<>();
    private final List<Event> events = new ArrayList<>();
    private final List<Box> boxes = new ArrayList<>();
    private final Deque<OpenBlock> open = new ArrayDeque<>();
    private final Map<String, Integer> active = new HashMap<>();
    private OpenBox box;
    private int messages;
    private final Autonumber numbers = new Autonumber();
    private String title = "";
    private String accTitle = "";
    private String summary = "";

    private record OpenBlock(Operator operator, String keyword, int at) {}

    private record OpenBox(String colour, String title, int first, int at) {}

    private SequenceParser(String source) {
        this.c = new Cursor(source.replace("\r\n", "\n"));
    }

    public static boolean isSequence(String source) {
        return Preamble.keyword(source).equals(KEYWORD);
    }

    public static SequenceDiagram parse(String source) throws DiagramSyntaxException {
        return new SequenceParser(source).diagram();
    }

    private SequenceDiagram diagram() throws DiagramSyntaxException {
        Preamble.skip(c);
        int at = c.mark();
        String keyword = Preamble.keyword(c);
        if (!keyword.equals(KEYWORD)) {
            throw c.errorAt(at, "a sequence diagram starts with `" + KEYWORD + "`, found " + (keyword.isEmpty() ? c.found() : "`" + keyword + "`"));
        }
        endStatement();
        while (true) {
            c.skipToStatement();
            if (c.atEnd()) break;
            if (c.peek() == '#') {
                c.restOfLine(); // a comment, as in Mermaid's lexer
                continue;
            }
            statement();
        }
        if (box != null) throw c.errorAt(box.at(), "this `box` is never closed: add a line `end` after its participants");
        if (!open.isEmpty()) {
            OpenBlock unclosed = open.peek();
            throw c.errorAt(unclosed.at(), "this `" + unclosed.keyword() + "` block is never closed: add a line `end` after its contents");
        }
        return new SequenceDiagram(List.copyOf(participants.values()), List.copyOf(events), List.copyOf(boxes), title, accTitle, summary);
    }

    private void statement() throws DiagramSyntaxException {
        int at = c.mark();
        String word = c.word();
        String keyword = word.toLowerCase(Locale.ROOT);
        boolean boundary = c.atStatementEnd() || c.peek() == ' ' || c.peek() == '\t' || c.peek() == '#';
        if (keyword.equals("title") && (boundary || c.peek() == ':')) {
            c.eat(":");
            title = MessageSyntax.text(c);
            return;
        }
        if ((keyword.equals("acctitle") || keyword.equals("accdescr")) && (boundary || c.peek() == ':' || c.peek() == '{')) {
            String text = c.accessibleText();
            if (keyword.equals("acctitle")) accTitle = text;
            else summary = text;
            return;
        }
        if (!boundary) keyword = "";
        if (CLIENT_SIDE.contains(keyword)) throw new NotDrawnAtBuildTime("`" + word + "`");
        if (box != null && !IN_BOX.contains(keyword)) {
            throw c.errorAt(at, "only `participant` and `actor` lines can stand inside a `box`; close the box with `end` first");
        }
        switch (keyword) {
            case "participant" -> declare(Kind.PARTICIPANT);
            case "actor" -> declare(Kind.ACTOR);
            case "box" -> openBox(at);
            case "loop", "alt", "opt", "par", "critical", "break", "rect" -> openBlock(keyword, at);
            case "else" -> section(Operator.ALT, keyword, at);
            case "and" -> section(Operator.PAR, keyword, at);
            case "option" -> section(Operator.CRITICAL, keyword, at);
            case "end" -> end(at);
            case "note" -> note();
            case "activate" -> activate(at, true);
            case "deactivate" -> activate(at, false);
            case "autonumber" -> {
                numbers.read(c);
                endStatement();
            }
            default -> {
                c.reset(at);
                message();
            }
        }
    }

    /** {@code participant A}, {@code participant A as Alice}, {@code actor B as Bob}. */
    private void declare(Kind kind) throws DiagramSyntaxException {
        c.skipSpaces();
        int at = c.mark();
        String rest = MessageSyntax.rawText(c); // the id as messages will write it: not decoded
        if (rest.contains("@{")) throw new NotDrawnAtBuildTime("a participant's `@{ … }` properties");
        String id = rest;
        String label = null;
        Matcher as = ALIAS.matcher(rest);
        if (as.find()) {
            id = rest.substring(0, as.start()).strip();
            label = MermaidText.shown(rest.substring(as.end()));
        }
        if (id.isEmpty()) throw c.errorAt(at, "expected a participant's name, found " + c.found());
        for (char ch : ":,>+".toCharArray()) {
            if (id.indexOf(ch) >= 0) throw c.errorAt(at, "a participant's name cannot hold `" + ch + "`: write `participant Id as " + id + "`");
        }
        Participant known = participants.get(id);
        if (box != null && known != null) {
            boolean here = List.copyOf(participants.keySet()).indexOf(id) >= box.first();
            throw c.errorAt(at, here ? "`" + id + "` is already in this box" : "`" + id + "` already has its place, before this box: declare it first inside the box");
        }
        if (known == null) checkRoom(at);
        participants.put(id, new Participant(id, label == null ? (known == null ? MermaidText.shown(id) : known.label()) : label, kind));
    }

    private void openBox(int at) throws DiagramSyntaxException {
        if (box != null) throw c.errorAt(at, "boxes cannot nest: close the first `box` with `end`");
        if (!open.isEmpty()) throw c.errorAt(at, "a `box` groups participants, so it cannot stand inside a `" + open.peek().keyword() + "` block");
        BoxHeading.Read heading = BoxHeading.read(MessageSyntax.rawText(c));
        box = new OpenBox(heading.colour(), MermaidText.shown(heading.title()), participants.size(), at);
    }

    private void openBlock(String keyword, int at) throws DiagramSyntaxException {
        if (open.size() >= Limits.NESTING) {
            throw c.errorAt(at, "blocks nest more than " + Limits.NESTING + " deep here (Kiln's limit); close some with `end`");
        }
        Operator operator = Operator.valueOf(keyword.toUpperCase(Locale.ROOT));
        c.skipSpaces();
        int labelAt = c.mark();
        String label = MessageSyntax.text(c);
        checkEvents(at);
        if (operator == Operator.RECT && !label.isEmpty() && !BoxHeading.isColour(label)) {
            throw c.errorAt(labelAt, "`rect` takes one CSS colour, such as `rgb(220, 235, 255)` or `lightblue`, found `" + label + "`");
        }
        open.push(new OpenBlock(operator, keyword, at));
        events.add(new BlockStart(operator, label));
    }

    private void section(Operator within, String keyword, int at) throws DiagramSyntaxException {
        if (open.isEmpty() || open.peek().operator() != within) {
            throw c.errorAt(at, "`" + keyword + "` belongs inside an `" + within.name().toLowerCase(Locale.ROOT) + "` block"
                    + (open.isEmpty() ? "" : ", and the open block here is `" + open.peek().keyword() + "`"));
        }
        String label = MessageSyntax.text(c);
        checkEvents(at);
        events.add(new BlockSection(label));
    }

    private void end(int at) throws DiagramSyntaxException {
        endStatement();
        if (box != null) {
            if (participants.size() > box.first()) boxes.add(new Box(box.title(), box.colour(), box.first(), participants.size() - 1));
            box = null;
            return;
        }
        if (open.isEmpty()) throw c.errorAt(at, "this `end` closes nothing: no `loop`, `alt`, `opt`, `par`, `critical`, `break`, `rect` or `box` is open");
        open.pop();
        events.add(new BlockEnd());
    }

    /** {@code Note left of A: text}, {@code Note right of A: text}, {@code Note over A: text}, {@code Note over A,B: text}. */
    private void note() throws DiagramSyntaxException {
        c.skipSpaces();
        int at = c.mark();
        String where = c.word().toLowerCase(Locale.ROOT);
        Placement placement;
        if (where.equals("over")) {
            placement = Placement.OVER;
        } else if (where.equals("left") || where.equals("right")) {
            c.skipSpaces();
            if (!c.word().toLowerCase(Locale.ROOT).equals("of")) throw c.errorAt(at, "expected `" + where + " of` followed by a participant");
            placement = where.equals("left") ? Placement.LEFT_OF : Placement.RIGHT_OF;
        } else {
            throw c.errorAt(at, "a note is `left of`, `right of` or `over` a participant, found " + (where.isEmpty() ? c.found() : "`" + where + "`"));
        }
        List<String> over = new ArrayList<>();
        over.add(participant());
        c.skipSpaces();
        if (placement == Placement.OVER && c.eat(",")) over.add(participant());
        String text = MessageSyntax.colonText(c, "a note");
        checkEvents(at);
        events.add(new Note(placement, List.copyOf(over), text));
    }

    private void activate(int at, boolean on) throws DiagramSyntaxException {
        c.skipSpaces();
        String id = participant();
        endStatement();
        if (on) {
            active.merge(id, 1, Integer::sum);
            events.add(new Activate(id));
        } else {
            deactivate(id, at);
        }
    }

    private void deactivate(String id, int at) throws DiagramSyntaxException {
        if (active.getOrDefault(id, 0) == 0) {
            throw c.errorAt(at, "`" + id + "` is not active here: each `deactivate` (or `-` on a message) needs an earlier `activate` (or `+`)");
        }
        active.merge(id, -1, Integer::sum);
        events.add(new Deactivate(id));
    }

    /** {@code A->>B: text}, with {@code +} before the receiver to activate it or {@code -} to deactivate the sender. */
    private void message() throws DiagramSyntaxException {
        int at = c.mark();
        String from = MessageSyntax.name(c);
        if (from.isEmpty()) throw c.error("expected a statement or a message such as `Alice->>Bob: Hello`, found " + c.found());
        int arrowAt = c.mark();
        MessageSyntax.Arrow arrow = MessageSyntax.arrow(c);
        if (arrow == null) {
            throw c.errorAt(arrowAt, "expected an arrow such as `->>`, `-->>`, `->`, `-x` or `-)` after `" + from + "`, found " + c.found());
        }
        c.skipSpaces();
        boolean activateTarget = c.eat("+");
        boolean deactivateSource = !activateTarget && c.eat("-");
        c.skipSpaces();
        int toAt = c.mark();
        String to = MessageSyntax.name(c);
        if (to.isEmpty()) throw c.errorAt(toAt, "this message has no receiver after its arrow");
        String text = MessageSyntax.colonText(c, "a message");
        checkEvents(at);
        if (++messages > Limits.DIAGRAM_EDGES) {
            throw c.errorAt(at, "this diagram has more than " + Limits.DIAGRAM_EDGES + " messages (Kiln's limit); split it into several diagrams");
        }
        require(from, at);
        require(to, toAt);
        events.add(new Message(from, to, text, arrow.line(), arrow.start(), arrow.end(), numbers.next()));
        if (activateTarget) {
            active.merge(to, 1, Integer::sum);
            events.add(new Activate(to));
        }
        if (deactivateSource) deactivate(from, at);
    }

    /** A participant named in a note or an activation, added on first mention as messages add theirs. */
    private String participant() throws DiagramSyntaxException {
        c.skipSpaces();
        int at = c.mark();
        String id = MessageSyntax.name(c);
        if (id.isEmpty()) throw c.errorAt(at, "expected a participant's name, found " + c.found());
        require(id, at);
        return id;
    }

    private void require(String id, int at) throws DiagramSyntaxException {
        if (participants.containsKey(id)) return;
        checkRoom(at);
        participants.put(id, new Participant(id, MermaidText.shown(id), Kind.PARTICIPANT));
    }

    private void checkRoom(int at) throws DiagramSyntaxException {
        if (participants.size() >= Limits.DIAGRAM_NODES) {
            throw c.errorAt(at, "this diagram has more than " + Limits.DIAGRAM_NODES + " participants (Kiln's limit); split it into several diagrams");
        }
    }

    /** Messages, notes and block lines together: each is a row, and rows are what the layout walks. */
    private void checkEvents(int at) throws DiagramSyntaxException {
        if (events.size() > 4 * Limits.DIAGRAM_EDGES) {
            throw c.errorAt(at, "this diagram has more than " + 4 * Limits.DIAGRAM_EDGES + " rows (Kiln's limit); split it into several diagrams");
        }
    }

    private void endStatement() throws DiagramSyntaxException {
        c.skipSpaces();
        if (c.peek() == '#') c.restOfLine();
        if (!c.atStatementEnd()) throw c.error("expected the end of the statement, found " + c.found());
    }
}
