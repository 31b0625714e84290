package dev.kiln.diagram.layout;

import dev.kiln.diagram.sequence.SequenceDiagram;
import java.util.List;

/**
 * A sequence diagram with every box, line and text placed. Coordinates are the layout's own:
 * the drawing shifts them right by {@code shiftX}, so that what reaches furthest left (a note left
 * of the first participant, an outer block's frame) still has its margin.
 *
 * @param actors participants at the top, then their mirror images at the bottom
 */
public record SequenceGeometry(SequenceDiagram diagram, double width, double height, double shiftX, Text title,
        List<Actor> actors, List<Lifeline> lifelines, List<Bar> bars, List<Frame> frames, List<Group> groups,
        List<PlacedMessage> messages, List<PlacedNote> notes) {

    /** The loop of a message to oneself: how far right of its start it reaches. */
    public static final double SELF_WIDTH = 32;

    /** A text's box: its lines are centred in it, one {@link TextMetrics#LINE_HEIGHT} each. */
    public record Text(List<String> lines, double x, double y, double width, double height) {
        public double right() {
            return x + width;
        }

        public double bottom() {
            return y + height;
        }
    }

    public record Actor(SequenceDiagram.Participant participant, double x, double y, double width, double height, Text label) {
        public double centerX() {
            return x + width / 2;
        }
    }

    public record Lifeline(String id, double x, double top, double bottom) {}

    /** An activation bar, {@code x} to {@code x + width}; nested ones sit a half-width further right. */
    public record Bar(String id, double x, double top, double width, double bottom) {}

    /**
     * A message's line from {@code x1} to {@code x2} at {@code y}; a message to oneself loops right
     * from {@code x1} and returns at {@code returnY}.
     *
     * @param number the autonumber's disc, or null
     */
    public record PlacedMessage(SequenceDiagram.Message message, double x1, double x2, double y, double returnY, Text label,
            Text number) {}

    public record PlacedNote(SequenceDiagram.Note note, double x, double y, double width, double height, Text text) {}

    /**
     * A block's frame, or for {@code rect} its coloured background.
     *
     * @param tab       the operator's name in the top-left corner, or null for {@code rect}
     * @param tabWidth  the tab's width from the frame's left edge, its lower right corner cut off
     * @param condition the bracketed condition beside the tab, or null
     */
    public record Frame(SequenceDiagram.Operator operator, String colour, double x, double y, double width, double height, Text tab,
            double tabWidth, Text condition, List<Divider> dividers) {
        /** How much of the tab's lower right corner is cut off. */
        public static final double TAB_CUT = 8;
    }

    /** An {@code else}, {@code and} or {@code option} line across a frame, with its condition below it. */
    public record Divider(double y, Text label) {}

    /** A {@code box} behind a run of participants, its title at the top. */
    public record Group(SequenceDiagram.Box box, double x, double y, double width, double height, Text label) {}
}
