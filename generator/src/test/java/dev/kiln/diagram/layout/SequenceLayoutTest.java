package dev.kiln.diagram.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.diagram.DiagramSamples;
import dev.kiln.diagram.layout.SequenceGeometry.Actor;
import dev.kiln.diagram.layout.SequenceGeometry.Bar;
import dev.kiln.diagram.layout.SequenceGeometry.Divider;
import dev.kiln.diagram.layout.SequenceGeometry.Frame;
import dev.kiln.diagram.layout.SequenceGeometry.Group;
import dev.kiln.diagram.layout.SequenceGeometry.Lifeline;
import dev.kiln.diagram.layout.SequenceGeometry.PlacedMessage;
import dev.kiln.diagram.layout.SequenceGeometry.PlacedNote;
import dev.kiln.diagram.layout.SequenceGeometry.Text;
import dev.kiln.diagram.sequence.SequenceDiagram.Placement;
import dev.kiln.diagram.sequence.SequenceParser;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Geometry a reader would notice: no text on text, messages down the page in order, bars on their lifelines, frames around their contents. */
class SequenceLayoutTest {
    static Stream<String> samples() {
        return Stream.of(DiagramSamples.SEQUENCE, DiagramSamples.SEQUENCE_ZH, DiagramSamples.sequence(100), """
                sequenceDiagram
                    participant A as A very long participant name that is wide
                    participant B
                    Note left of A: a note hanging off the left edge
                    A->>B: a label much wider than the two boxes it joins
                    B->>B: talking to itself at some length
                    Note over A,B: a note over both that is wider than the gap between them
                    loop outer
                      loop inner with a long condition to widen the frame
                        B-->>A: back
                      end
                    end
                """, """
                sequenceDiagram
                    title A title in bold that is wider than the diagram under it
                    box Aqua Payments and billing platform team
                    participant A
                    end
                    box Ops team<br>on call
                    participant B
                    participant C
                    end
                    box Three people sharing one very long title
                    participant D
                    participant E
                    end
                    A->>B: hi
                    D->>E: ok
                """);
    }

    static SequenceGeometry layout(String source) throws Exception {
        return SequenceLayout.layout(SequenceParser.parse(source));
    }

    /** Every text the diagram draws. */
    static List<Text> texts(SequenceGeometry g) {
        List<Text> texts = new ArrayList<>();
        for (int i = 0; i < g.diagram().participants().size(); i++) texts.add(g.actors().get(i).label()); // the top row
        for (PlacedMessage m : g.messages()) {
            if (!m.label().lines().isEmpty()) texts.add(m.label());
            if (m.number() != null) texts.add(m.number());
        }
        for (PlacedNote n : g.notes()) texts.add(n.text());
        for (Frame f : g.frames()) {
            if (f.tab() != null) texts.add(f.tab());
            if (f.condition() != null) texts.add(f.condition());
            for (Divider d : f.dividers()) if (d.label() != null) texts.add(d.label());
        }
        for (Group b : g.groups()) if (b.label() != null) texts.add(b.label());
        if (g.title() != null) texts.add(g.title());
        return texts;
    }

    static boolean overlap(double ax, double ay, double aw, double ah, double bx, double by, double bw, double bh) {
        return Math.min(ax + aw, bx + bw) - Math.max(ax, bx) > 0.5 && Math.min(ay + ah, by + bh) - Math.max(ay, by) > 0.5;
    }

    @ParameterizedTest
    @MethodSource("samples")
    void noTextOverlapsAnother(String source) throws Exception {
        List<Text> texts = texts(layout(source));
        for (int i = 0; i < texts.size(); i++) {
            for (int j = i + 1; j < texts.size(); j++) {
                Text a = texts.get(i);
                Text b = texts.get(j);
                assertTrue(!overlap(a.x(), a.y(), a.width(), a.height(), b.x(), b.y(), b.width(), b.height()), a + " overlaps " + b);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void messagesRunDownThePageInSourceOrder(String source) throws Exception {
        SequenceGeometry g = layout(source);
        assertEquals(g.diagram().messages(), g.messages().size());
        double last = Double.NEGATIVE_INFINITY;
        for (PlacedMessage m : g.messages()) {
            assertTrue(m.label().y() > last, m.message() + " starts below the message before it");
            assertTrue(m.label().bottom() <= m.y(), m.message() + ": its text above its line");
            last = m.returnY();
        }
        for (PlacedMessage m : g.messages()) {
            if (m.message().toSelf()) continue;
            Lifeline from = lifeline(g, m.message().from());
            Lifeline to = lifeline(g, m.message().to());
            assertTrue(m.label().x() >= Math.min(from.x(), to.x()) && m.label().right() <= Math.max(from.x(), to.x()),
                    m.message() + ": its text lies between the two lifelines");
            assertTrue(m.y() > from.top() && m.y() < from.bottom() && m.y() > to.top() && m.y() < to.bottom());
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void activationBarsStandOnTheirLifelines(String source) throws Exception {
        SequenceGeometry g = layout(source);
        for (Bar b : g.bars()) {
            Lifeline l = lifeline(g, b.id());
            assertTrue(b.x() <= l.x() && l.x() <= b.x() + b.width(), b + " crosses " + l);
            assertTrue(b.top() >= l.top() && b.bottom() <= l.bottom(), b + " lies within " + l);
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everythingFitsTheDrawingAndNotesSitWhereTheySay(String source) throws Exception {
        SequenceGeometry g = layout(source);
        List<double[]> boxes = new ArrayList<>();
        for (Text t : texts(g)) boxes.add(new double[] {t.x(), t.right(), t.y(), t.bottom()});
        for (Actor a : g.actors()) boxes.add(new double[] {a.x(), a.x() + a.width(), a.y(), a.y() + a.height()});
        for (Frame f : g.frames()) boxes.add(new double[] {f.x(), f.x() + f.width(), f.y(), f.y() + f.height()});
        for (PlacedNote n : g.notes()) boxes.add(new double[] {n.x(), n.x() + n.width(), n.y(), n.y() + n.height()});
        for (double[] b : boxes) {
            assertTrue(b[0] + g.shiftX() >= 0 && b[1] + g.shiftX() <= g.width() + 0.01, "inside the width: " + List.of(b[0], b[1]));
            assertTrue(b[2] >= 0 && b[3] <= g.height() + 0.01, "inside the height");
        }
        for (PlacedNote n : g.notes()) {
            double x = lifeline(g, n.note().over().get(0)).x();
            if (n.note().placement() == Placement.RIGHT_OF) assertTrue(n.x() > x);
            if (n.note().placement() == Placement.LEFT_OF) assertTrue(n.x() + n.width() < x);
            for (String id : n.note().over()) {
                if (n.note().placement() == Placement.OVER) assertTrue(n.x() < lifeline(g, id).x() && n.x() + n.width() > lifeline(g, id).x());
            }
            assertTrue(n.text().x() >= n.x() && n.text().right() <= n.x() + n.width(), "the note's text inside its box");
        }
        for (Actor a : g.actors()) assertTrue(a.label().x() >= a.x() && a.label().right() <= a.x() + a.width(), a + ": its name fits");
    }

    /** A frame holds every message written inside its block, and an outer frame holds an inner one. */
    @ParameterizedTest
    @MethodSource("samples")
    void framesEncloseWhatTheirBlocksHold(String source) throws Exception {
        SequenceGeometry g = layout(source);
        for (Frame f : g.frames()) {
            for (PlacedMessage m : g.messages()) {
                if (m.y() < f.y() || m.y() > f.y() + f.height()) continue;
                double right = m.message().toSelf() ? m.x1() + SequenceGeometry.SELF_WIDTH : Math.max(m.x1(), m.x2());
                assertTrue(f.x() < Math.min(m.x1(), m.x2()) && f.x() + f.width() > right, f.operator() + " frame holds " + m.message());
                assertTrue(f.x() <= m.label().x() && f.x() + f.width() >= m.label().right(), f.operator() + " frame holds the text of " + m.message());
            }
            for (Frame inner : g.frames()) {
                if (inner == f || inner.y() <= f.y() || inner.y() >= f.y() + f.height()) continue;
                assertTrue(inner.x() > f.x() && inner.x() + inner.width() < f.x() + f.width() && inner.y() + inner.height() < f.y() + f.height(),
                        inner.operator() + " inside " + f.operator());
            }
            if (f.condition() != null) assertTrue(f.condition().right() <= f.x() + f.width(), "the condition fits its frame");
        }
    }

    /** Boxes of participants side by side never overlap, however long their titles. */
    @ParameterizedTest
    @MethodSource("samples")
    void boxesStandApart(String source) throws Exception {
        SequenceGeometry g = layout(source);
        for (int i = 0; i + 1 < g.groups().size(); i++) {
            Group a = g.groups().get(i);
            Group b = g.groups().get(i + 1);
            assertTrue(a.x() + a.width() < b.x(), a.box().label() + " ends before " + b.box().label() + " starts");
        }
        for (Group box : g.groups()) {
            if (box.label() != null) assertTrue(box.label().bottom() <= g.actors().get(box.box().first()).y(), "the title above the participants");
        }
    }

    @org.junit.jupiter.api.Test
    void aNoteWidensTheGapItSitsIn() throws Exception {
        SequenceGeometry narrow = layout("sequenceDiagram\nA->>B: x");
        SequenceGeometry wide = layout("sequenceDiagram\nA->>B: x\nNote right of A: a note that needs far more room than the gap");
        double gap = lifeline(narrow, "B").x() - lifeline(narrow, "A").x();
        double wider = lifeline(wide, "B").x() - lifeline(wide, "A").x();
        PlacedNote note = wide.notes().get(0);
        assertTrue(wider > gap && note.x() + note.width() < lifeline(wide, "B").x(), gap + " → " + wider);
    }

    static Lifeline lifeline(SequenceGeometry g, String id) {
        return g.lifelines().stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow();
    }
}
