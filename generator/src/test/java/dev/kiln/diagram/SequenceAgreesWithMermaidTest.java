package dev.kiln.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.kiln.cache.DiskCache;
import dev.kiln.diagram.sequence.SequenceParser;
import dev.kiln.diagram.syntax.DiagramSyntaxException;
import dev.kiln.diagram.syntax.NotDrawnAtBuildTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Kiln's sequence-diagram parser against mermaid.js's own (mermaid.min.js in GraalJS, as the
 * build checks fallback diagrams): what one accepts the other accepts, and what one rejects the
 * other rejects, so a diagram that works in Kiln works on GitHub and in the Mermaid editor too.
 */
class SequenceAgreesWithMermaidTest {
    static final List<String> VALID = List.of(
            DiagramSamples.SEQUENCE,
            DiagramSamples.SEQUENCE_ZH,
            DiagramSamples.sequence(30),
            "sequenceDiagram\nA->>B:",
            "sequenceDiagram\nA<<->>B: hi\nA<<-->>B: hi",
            "sequenceDiagram\nactivate Z\nA->>B: x",
            "sequenceDiagram\nautonumber 10 5\nA->>B: x\nautonumber off\nB->>A: y",
            "sequenceDiagram\nNOTE RIGHT OF A: x\nLOOP x\nA->>B: y\nEND",
            "sequenceDiagram\nloop\nA->>B: y\nend\nrect\nA->>B: z\nend",
            "sequenceDiagram\nA->>B: a; B->>A: b",
            "sequenceDiagram\nweb-server->>db: q\nAlice Smith->>Bob: hi",
            "sequenceDiagram\nparticipant A as Alice\nA-xB: x\nA--xB: x\nA-)B: x\nA--)B: x\nA->B: x\nA-->B: x",
            "sequenceDiagram\nA->>+B: x\nB-->>-A: y",
            "sequenceDiagram\ntitle: Hello\nA->>B: x",
            "sequenceDiagram\ncritical c\nA->>B: x\noption o\nA->>B: y\nend\npar a\nA->>B: x\nand b\nA->>B: y\nend\nbreak b\nA->>B: x\nend",
            "sequenceDiagram\nA->>B: x #59; y\nA->>B: C# rocks",
            "sequenceDiagram\nparticipant A\nparticipant A as Again",
            "sequenceDiagram\nA->>A: self\nNote left of A: n\nNote right of A: m\nNote over A: o",
            "sequenceDiagram\nactivate A\nactivate A\ndeactivate A\ndeactivate A",
            "sequenceDiagram\nA->>B: x\nactivate B\nloop l\ndeactivate B\nend",
            "sequenceDiagram\naccTitle: T\naccDescr {\n  two\n  lines\n}\nA->>B: x",
            "sequenceDiagram\nB->>A: I #9829; you #infin; times more!",
            "sequenceDiagram\nautonumber 0\nA->>B: x",
            // valid Mermaid 11 that Kiln leaves to mermaid.js
            "sequenceDiagram\nA-|\\B: half arrow",
            "sequenceDiagram\nA->>()B: central connection",
            "sequenceDiagram\ncreate participant C\nA->>C: hi");

    static final List<String> INVALID = List.of(
            "sequenceDiagram\nA->>B",
            "sequenceDiagram\nA->>B: hi\ndeactivate B",
            "sequenceDiagram\nNote over A,B,C: x",
            "sequenceDiagram\nelse x\nA->>B: x",
            "sequenceDiagram\nbox Aqua G\nA->>B: y\nend",
            "sequenceDiagram\nA->>B: x\nend",
            "sequenceDiagram\nloop x\nA->>B: y",
            "sequenceDiagram\nA->>B x",
            "sequenceDiagram\nA->>: x",
            "sequenceDiagram\nA-->>>B: x",
            "sequenceDiagram\nalt a\nA->>B: x\nand b\nend",
            "sequenceDiagram\nA->>+-B: x");

    static MermaidCheck mermaid;

    @BeforeAll
    static void start() {
        mermaid = new MermaidCheck(new DiskCache(null));
    }

    @AfterAll
    static void stop() {
        mermaid.close();
    }

    @Test
    void bothAcceptTheSameDiagrams() {
        List<String> disagree = new ArrayList<>();
        for (String source : VALID) {
            MermaidCheck.Failure theirs = mermaid.check(source);
            String ours = kiln(source);
            if (theirs != null || ours != null) disagree.add(source + "\n  mermaid.js: " + theirs + "\n  Kiln: " + ours);
        }
        assertEquals(List.of(), disagree);
    }

    @Test
    void bothRejectTheSameMistakes() {
        for (String source : INVALID) {
            assertNotNull(mermaid.check(source), "mermaid.js rejects " + source);
            assertNotNull(kiln(source), "Kiln rejects " + source);
        }
        assertNull(kiln("sequenceDiagram\nA->>B: fine"));
    }

    /** Kiln's error as line:column and message, or null when it parses or hands the diagram to mermaid.js. */
    static String kiln(String source) {
        try {
            SequenceParser.parse(source);
            return null;
        } catch (NotDrawnAtBuildTime e) {
            return null;
        } catch (DiagramSyntaxException e) {
            return e.line() + ":" + e.column() + " " + e.getMessage();
        }
    }
}
