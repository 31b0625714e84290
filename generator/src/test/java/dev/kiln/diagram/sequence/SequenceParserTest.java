package dev.kiln.diagram.sequence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.diagram.DiagramSamples;
import dev.kiln.diagram.sequence.SequenceDiagram.Activate;
import dev.kiln.diagram.sequence.SequenceDiagram.BlockEnd;
import dev.kiln.diagram.sequence.SequenceDiagram.BlockSection;
import dev.kiln.diagram.sequence.SequenceDiagram.BlockStart;
import dev.kiln.diagram.sequence.SequenceDiagram.Box;
import dev.kiln.diagram.sequence.SequenceDiagram.Deactivate;
import dev.kiln.diagram.sequence.SequenceDiagram.Event;
import dev.kiln.diagram.sequence.SequenceDiagram.Head;
import dev.kiln.diagram.sequence.SequenceDiagram.Kind;
import dev.kiln.diagram.sequence.SequenceDiagram.Line;
import dev.kiln.diagram.sequence.SequenceDiagram.Message;
import dev.kiln.diagram.sequence.SequenceDiagram.Note;
import dev.kiln.diagram.sequence.SequenceDiagram.Operator;
import dev.kiln.diagram.sequence.SequenceDiagram.Participant;
import dev.kiln.diagram.sequence.SequenceDiagram.Placement;
import dev.kiln.diagram.syntax.DiagramSyntaxException;
import dev.kiln.diagram.syntax.NotDrawnAtBuildTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class SequenceParserTest {
    static SequenceDiagram parse(String body) throws DiagramSyntaxException {
        return SequenceParser.parse("sequenceDiagram\n" + body);
    }

    static List<Message> messages(SequenceDiagram d) {
        return d.events().stream().filter(e -> e instanceof Message).map(e -> (Message) e).toList();
    }

    /** The error's place as line:column, counting the {@code sequenceDiagram} line as line 1. */
    static String errorAt(String body) {
        DiagramSyntaxException e = assertThrows(DiagramSyntaxException.class, () -> parse(body));
        return e.line() + ":" + e.column() + " " + e.getMessage();
    }

    @Test
    void recognisesItsKeywordAfterFrontMatterAndComments() {
        assertTrue(SequenceParser.isSequence("---\ntitle: T\n---\n%% c\n\nsequenceDiagram\nA->>B: x"));
        assertFalse(SequenceParser.isSequence("flowchart TD\nA-->B"));
        assertFalse(SequenceParser.isSequence("sequenceDiagrams\nA->>B: x"));
    }

    @Test
    void participantsKeepTheOrderTheyAreDeclaredOrFirstNamed() throws Exception {
        SequenceDiagram d = parse("participant B as Bob\nactor A as Alice the actor\nC->>A: hi\nA->>B: hello\nparticipant Web server\n");
        assertEquals(List.of(new Participant("B", "Bob", Kind.PARTICIPANT), new Participant("A", "Alice the actor", Kind.ACTOR),
                new Participant("C", "C", Kind.PARTICIPANT), new Participant("Web server", "Web server", Kind.PARTICIPANT)), d.participants());
    }

    @Test
    void namesMayHoldSpacesAndHyphensButEndAtTheArrow() throws Exception {
        Message m = messages(parse("web-server->>Alice Smith: GET /index")).get(0);
        assertEquals("web-server", m.from());
        assertEquals("Alice Smith", m.to());
        assertEquals("GET /index", m.text());
    }

    @Test
    void everyArrowHasItsLineAndHeads() throws Exception {
        List<Message> m = messages(parse("A->B: 1\nA-->B: 2\nA->>B: 3\nA-->>B: 4\nA-xB: 5\nA--xB: 6\nA-)B: 7\nA--)B: 8\nA<<->>B: 9\nA<<-->>B: 10"));
        List<String> got = m.stream().map(x -> x.line() + " " + x.start() + " " + x.end()).toList();
        assertEquals(List.of("SOLID NONE NONE", "DOTTED NONE NONE", "SOLID NONE ARROW", "DOTTED NONE ARROW", "SOLID NONE CROSS",
                "DOTTED NONE CROSS", "SOLID NONE OPEN", "DOTTED NONE OPEN", "SOLID ARROW ARROW", "DOTTED ARROW ARROW"), got);
    }

    @Test
    void plusActivatesTheReceiverAndMinusDeactivatesTheSender() throws Exception {
        SequenceDiagram d = parse("A->>+B: ask\nactivate A\nB-->>-A: answer\ndeactivate A");
        List<Event> events = d.events();
        assertEquals(new Activate("B"), events.get(1));
        assertEquals(new Activate("A"), events.get(2));
        assertEquals(new Deactivate("B"), events.get(4));
        assertEquals(new Deactivate("A"), events.get(5));
    }

    @Test
    void deactivatingAnInactiveParticipantIsAnErrorAtItsStatement() {
        assertTrue(errorAt("A->>B: x\n  deactivate B").startsWith("3:3 `B` is not active here"), errorAt("A->>B: x\n  deactivate B"));
        assertTrue(errorAt("A->>B: x\nA-->>-B: y").startsWith("3:1 `A` is not active here"));
    }

    @Test
    void notesSitLeftRightOrOverOneOrTwo() throws Exception {
        SequenceDiagram d = parse("Note left of A: l\nnote RIGHT OF B: r\nNote over A: o\nNote over A,B: both<br/>lines");
        List<Event> e = d.events();
        assertEquals(new Note(Placement.LEFT_OF, List.of("A"), "l"), e.get(0));
        assertEquals(new Note(Placement.RIGHT_OF, List.of("B"), "r"), e.get(1));
        assertEquals(new Note(Placement.OVER, List.of("A"), "o"), e.get(2));
        assertEquals(new Note(Placement.OVER, List.of("A", "B"), "both\nlines"), e.get(3));
        assertEquals("2:14 a note needs `: text` here, found `,C:`", errorAt("Note over A,B,C: x"));
        assertTrue(errorAt("Note above A: x").startsWith("2:6 a note is `left of`, `right of` or `over`"));
    }

    @Test
    void blocksOpenSectionAndClose() throws Exception {
        SequenceDiagram d = parse("""
                loop every minute
                  alt ok
                    A->>B: yes
                  else not ok
                    A->>B: no
                  end
                end
                opt maybe
                end
                par one
                  A->>B: 1
                and two
                  A->>B: 2
                end
                critical commit
                option fail
                end
                break stop
                end
                rect rgb(1, 2, 3)
                end
                """);
        List<String> shape = d.events().stream().filter(e -> !(e instanceof Message)).map(SequenceParserTest::shape).toList();
        assertEquals(List.of("LOOP:every minute", "ALT:ok", "|not ok", "end", "end", "OPT:maybe", "end", "PAR:one", "|two", "end",
                "CRITICAL:commit", "|fail", "end", "BREAK:stop", "end", "RECT:rgb(1, 2, 3)", "end"), shape);
    }

    private static String shape(Event e) {
        if (e instanceof BlockStart b) return b.operator() + ":" + b.label();
        if (e instanceof BlockSection s) return "|" + s.label();
        if (e instanceof BlockEnd) return "end";
        return e.toString();
    }

    @Test
    void blockErrorsPointAtTheKeyword() {
        assertTrue(errorAt("opt x\n  else y\nend").startsWith("3:3 `else` belongs inside an `alt` block, and the open block here is `opt`"));
        assertTrue(errorAt("A->>B: x\nend").startsWith("3:1 this `end` closes nothing"));
        assertTrue(errorAt("A->>B: x\n  loop forever\nA->>B: y").startsWith("3:3 this `loop` block is never closed"));
        assertTrue(errorAt("and x").startsWith("2:1 `and` belongs inside an `par` block"));
    }

    /** The colour lands in the page's SVG, so only a colour passes: a name or a numeric rgb()/hsl(); `#` starts a comment, as in Mermaid. */
    @Test
    void rectTakesOnlyACssColour() throws Exception {
        for (String colour : List.of("LightBlue", "rgba(1, 2, 3, 0.5)", "hsl(210 40% 90%)", "")) {
            assertEquals(new BlockStart(Operator.RECT, colour), parse("rect " + colour + "\nA->>B: x\nend").events().get(0), colour);
        }
        assertEquals(new BlockStart(Operator.RECT, ""), parse("rect #abc\nA->>B: x\nend").events().get(0));
        for (String bad : List.of("url(x)", "red}", "rgb(1,2,3) blue", "rgb(var(--x))")) {
            assertTrue(errorAt("rect " + bad + "\nend").startsWith("2:6 `rect` takes one CSS colour"), bad);
        }
    }

    @Test
    void blocksNestOnlyAsDeepAsTheLimit() throws Exception {
        String ok = "loop x\n".repeat(dev.kiln.problem.Limits.NESTING) + "A->>B: deep\n" + "end\n".repeat(dev.kiln.problem.Limits.NESTING);
        assertEquals(1, messages(parse(ok)).size());
        String tooDeep = "loop x\n".repeat(dev.kiln.problem.Limits.NESTING + 1) + "A->>B: deep\n" + "end\n".repeat(dev.kiln.problem.Limits.NESTING + 1);
        assertTrue(errorAt(tooDeep).startsWith((dev.kiln.problem.Limits.NESTING + 2) + ":1 blocks nest more than"), errorAt(tooDeep));
    }

    @Test
    void autonumberCountsFromItsStartByItsStepUntilOff() throws Exception {
        List<Message> m = messages(parse("A->>B: none\nautonumber 10 5\nA->>B: a\nA->>B: b\nautonumber off\nA->>B: c\nautonumber\nA->>B: d"));
        assertEquals(List.of(0, 10, 15, 0, 25), m.stream().map(Message::number).toList(), "hidden messages count too, as in mermaid.js");
        assertEquals(List.of(0, 2), messages(parse("A->>B: a\nautonumber\nA->>B: b")).stream().map(Message::number).toList());
        assertEquals(List.of(10, 12, 20, 21), messages(parse("autonumber 10 2\nA->>B: a\nA->>B: b\nautonumber 20\nA->>B: c\nA->>B: d"))
                .stream().map(Message::number).toList(), "a new start resets the step to 1");
        assertEquals(List.of(1), messages(parse("autonumber 0\nA->>B: a")).stream().map(Message::number).toList(), "0 is no start, as in mermaid.js");
        assertEquals(List.of(1, 2), messages(parse("autonumber\nA->>B: a\nB->>A: b")).stream().map(Message::number).toList());
        assertTrue(errorAt("autonumber ten").startsWith("2:12 `autonumber` takes a start and a step"));
    }

    @Test
    void boxesGroupTheParticipantsDeclaredInThem() throws Exception {
        SequenceDiagram d = parse("""
                box Aqua Front end
                  actor U
                  participant W
                end
                box rgb(10, 20, 30) Back
                  participant P
                end
                box Billing team
                  participant B
                end
                U->>W: x
                """);
        assertEquals(List.of(new Box("Front end", "aqua", 0, 1), new Box("Back", "rgb(10, 20, 30)", 2, 2), new Box("Billing team", "", 3, 3)),
                d.boxes());
        assertTrue(errorAt("box G\n  A->>B: x\nend").startsWith("3:3 only `participant` and `actor` lines can stand inside a `box`"));
        assertTrue(errorAt("A->>B: x\nbox G\n  participant A\nend").startsWith("4:15 `A` already has its place"));
        assertTrue(errorAt("box G\n  participant A").startsWith("2:1 this `box` is never closed"));
    }

    @Test
    void titlesAndAccessibleTexts() throws Exception {
        SequenceDiagram d = parse("title: Login flow\naccTitle: Logging in\naccDescr {\n  The user\n  logs in\n}\nA->>B: x");
        assertEquals("Login flow", d.title());
        assertEquals("Logging in", d.accTitle());
        assertEquals("The user logs in", d.summary());
        assertEquals("Plain title", parse("title Plain title\nA->>B: x").title());
    }

    @Test
    void commentsSemicolonsAndEntityCodes() throws Exception {
        SequenceDiagram d = parse("%% a comment\n# another\nA->>B: one; B->>A: two #59; still two\nA->>B: C# rocks\nA->>B: #quot;quoted#quot;\n"
                + "B->>A: I #9829; you #infin; times more!");
        assertEquals(List.of("one", "two ; still two", "C", "\"quoted\"", "I ♥ you ∞ times more!"), messages(d).stream().map(Message::text).toList());
    }

    @Test
    void aDeclaredNameIsTheNameMessagesWriteEntityCodesAndAll() throws Exception {
        SequenceDiagram d = parse("participant A#quot;\nA#quot;->>B: x");
        assertEquals(List.of(new Participant("A#quot;", "A\"", Kind.PARTICIPANT), new Participant("B", "B", Kind.PARTICIPANT)), d.participants());
        assertTrue(errorAt("box G\n  participant A\n  participant A\nend").startsWith("4:15 `A` is already in this box"));
    }

    @Test
    void keywordsAreCaseInsensitiveAsInMermaid() throws Exception {
        SequenceDiagram d = parse("PARTICIPANT A\nLOOP x\nA->>B: y\nEND\nNOTE OVER A: n");
        assertEquals(4, d.events().size(), "loop, message, end, note");
        assertEquals(new BlockStart(Operator.LOOP, "x"), d.events().get(0));
    }

    @Test
    void messageErrorsPointAtWhatIsMissing() {
        assertEquals("2:6 a message needs `: text` here, found the end of the diagram", errorAt("A->>B"));
        assertEquals("2:5 this message has no receiver after its arrow", errorAt("A->>: x"));
        assertEquals("2:6 this message has no receiver after its arrow", errorAt("A->>+-B: x"), "no name starts with `-`, as in Mermaid");
        assertTrue(errorAt("A ?? B: x").startsWith("2:7 expected an arrow such as `->>`"), errorAt("A ?? B: x"));
        DiagramSyntaxException e = assertThrows(DiagramSyntaxException.class, () -> SequenceParser.parse("flowchart TD"));
        assertEquals("1:1 a sequence diagram starts with `sequenceDiagram`, found `flowchart`", e.line() + ":" + e.column() + " " + e.getMessage());
    }

    @Test
    void whatKilnDoesNotDrawGoesToMermaidJsAsWritten() {
        for (String body : List.of("create participant C\nA->>C: hi", "A->>B: x\ndestroy B", "link A: Docs @ https://example.org",
                "participant A@{ \"type\": \"database\" }", "par_over x\nA->>B: y\nend", "A-|\\B: half", "A--|/B: half",
                "A-//B: stick", "A->>()B: central", "A()->>B: central")) {
            assertThrows(NotDrawnAtBuildTime.class, () -> parse(body), body);
        }
    }

    @Test
    void theSizeLimitsNameTheLineThatPassesThem() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i <= dev.kiln.problem.Limits.DIAGRAM_EDGES; i++) s.append("A->>B: ").append(i).append('\n');
        String error = errorAt(s.toString());
        assertTrue(error.startsWith((dev.kiln.problem.Limits.DIAGRAM_EDGES + 2) + ":1 this diagram has more than 1000 messages"), error);
    }

    @Test
    void theSharedSampleParses() throws Exception {
        SequenceDiagram d = SequenceParser.parse(DiagramSamples.SEQUENCE);
        assertEquals(4, d.participants().size());
        assertEquals(15, d.messages());
        assertEquals("Checkout", d.title());
    }
}
