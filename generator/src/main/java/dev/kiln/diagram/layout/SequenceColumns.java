package dev.kiln.diagram.layout;

import dev.kiln.diagram.sequence.SequenceDiagram;
import dev.kiln.diagram.sequence.SequenceDiagram.Message;
import dev.kiln.diagram.sequence.SequenceDiagram.Note;
import dev.kiln.diagram.sequence.SequenceDiagram.Placement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where each participant's lifeline stands. Columns start as close as their boxes allow; then
 * every text that sits between lifelines (a message's label, a note beside a participant, a
 * note over two) widens the gaps it spans until it fits, the narrowest spans first.
 */
final class SequenceColumns {
    /** Between two participants' boxes. */
    static final double ACTOR_GAP = 40;
    /** Room on each side of a message's label, between it and the lifelines. */
    static final double LABEL_ROOM = 16;
    /** A note beside a participant starts this far from its lifeline. */
    static final double NOTE_OFFSET = 12;
    /** How far a note over two participants reaches past each lifeline. */
    static final double NOTE_OVERHANG = 24;
    static final double SELF_WIDTH = SequenceGeometry.SELF_WIDTH;

    private record Need(int left, int right, double distance) {}

    private SequenceColumns() {}

    /** Each participant's lifeline x, the first at 0. */
    static double[] centres(SequenceDiagram d, double[] boxWidths) {
        int n = boxWidths.length;
        // a box of one participant is as wide as its title; a box of several spans it by its columns
        double[] room = boxWidths.clone();
        List<Need> needs = needs(d, n);
        for (SequenceDiagram.Box box : d.boxes()) {
            double title = SequenceLayout.boxTitleWidth(box) + 2 * SequenceLayout.GROUP_PAD;
            int a = box.first();
            int b = box.last();
            if (a == b) room[a] = Math.max(room[a], title);
            else needs.add(new Need(a, b, title - boxWidths[a] / 2 - boxWidths[b] / 2 - 2 * SequenceLayout.GROUP_PAD));
        }
        double[] gaps = new double[Math.max(0, n - 1)];
        for (int i = 0; i + 1 < n; i++) gaps[i] = room[i] / 2 + room[i + 1] / 2 + ACTOR_GAP;
        needs.sort(Comparator.comparingInt((Need k) -> k.right() - k.left()));
        for (Need k : needs) {
            double have = 0;
            for (int i = k.left(); i < k.right(); i++) have += gaps[i];
            if (have >= k.distance()) continue;
            double each = (k.distance() - have) / (k.right() - k.left());
            for (int i = k.left(); i < k.right(); i++) gaps[i] += each;
        }
        double[] centres = new double[n];
        for (int i = 1; i < n; i++) centres[i] = centres[i - 1] + gaps[i - 1];
        return centres;
    }

    private static List<Need> needs(SequenceDiagram d, int n) {
        List<Need> needs = new ArrayList<>();
        for (SequenceDiagram.Event e : d.events()) {
            if (e instanceof Message m) {
                int a = d.column(m.from());
                int b = d.column(m.to());
                double label = TextMetrics.width(SequenceLayout.lines(m.text()));
                if (m.number() > 0) label += 2 * SequenceLayout.NUMBER_RADIUS;
                if (a != b) needs.add(new Need(Math.min(a, b), Math.max(a, b), label + 2 * LABEL_ROOM));
                else if (a + 1 < n) needs.add(new Need(a, a + 1, Math.max(SELF_WIDTH, label + SequenceLayout.SELF_LABEL_OFFSET) + LABEL_ROOM));
            } else if (e instanceof Note note) {
                double width = SequenceLayout.noteWidth(note);
                int a = d.column(note.over().get(0));
                if (note.placement() == Placement.RIGHT_OF && a + 1 < n) needs.add(new Need(a, a + 1, NOTE_OFFSET + width + LABEL_ROOM));
                if (note.placement() == Placement.LEFT_OF && a > 0) needs.add(new Need(a - 1, a, NOTE_OFFSET + width + LABEL_ROOM));
                if (note.placement() == Placement.OVER && note.over().size() == 2) {
                    int b = d.column(note.over().get(1));
                    if (a != b) needs.add(new Need(Math.min(a, b), Math.max(a, b), width - 2 * NOTE_OVERHANG));
                }
            }
        }
        return needs;
    }
}
