package dev.kiln.diagram.layout;

import static dev.kiln.diagram.layout.TextMetrics.LINE_HEIGHT;

import dev.kiln.diagram.layout.SequenceGeometry.Actor;
import dev.kiln.diagram.layout.SequenceGeometry.Bar;
import dev.kiln.diagram.layout.SequenceGeometry.Group;
import dev.kiln.diagram.layout.SequenceGeometry.Lifeline;
import dev.kiln.diagram.layout.SequenceGeometry.PlacedMessage;
import dev.kiln.diagram.layout.SequenceGeometry.PlacedNote;
import dev.kiln.diagram.layout.SequenceGeometry.Text;
import dev.kiln.diagram.sequence.SequenceDiagram;
import dev.kiln.diagram.sequence.SequenceDiagram.Activate;
import dev.kiln.diagram.sequence.SequenceDiagram.BlockEnd;
import dev.kiln.diagram.sequence.SequenceDiagram.BlockSection;
import dev.kiln.diagram.sequence.SequenceDiagram.BlockStart;
import dev.kiln.diagram.sequence.SequenceDiagram.Deactivate;
import dev.kiln.diagram.sequence.SequenceDiagram.Event;
import dev.kiln.diagram.sequence.SequenceDiagram.Kind;
import dev.kiln.diagram.sequence.SequenceDiagram.Message;
import dev.kiln.diagram.sequence.SequenceDiagram.Note;
import dev.kiln.diagram.sequence.SequenceDiagram.Participant;
import dev.kiln.diagram.sequence.SequenceDiagram.Placement;
import java.util.ArrayList;
import java.util.List;

/**
 * A sequence diagram laid out as rows: participants in columns ({@link SequenceColumns}), then
 * each event, in source order, on its own band below the last, so texts in different rows cannot
 * overlap, and the columns leave room for those that share a row.
 * Blocks frame what they contain ({@link SequenceFrames}); activation bars run from the message
 * that starts them to the one that ends them. No layout library is needed.
 */
public final class SequenceLayout {
    static final double MARGIN = 16;
    static final double NUMBER_RADIUS = 11;
    static final double SELF_LABEL_OFFSET = 8;
    static final double BAR_WIDTH = 10;
    private static final double BOX_PAD_X = 16;
    private static final double BOX_PAD_Y = 12;
    private static final double MIN_ACTOR_WIDTH = 96;
    /** The stick figure's height above an actor's name. */
    static final double FIGURE = 36;
    /** Below each message or note, before the next row. */
    static final double ROW_GAP = 16;
    private static final double TEXT_GAP = 4;
    static final double SELF_HEIGHT = 20;
    private static final double NOTE_PAD_X = 12;
    private static final double NOTE_PAD_Y = 6;
    static final double GROUP_PAD = 8;

    private SequenceLayout() {}

    /** A text's lines: broken only where the author broke them, as Mermaid does by default. */
    static List<String> lines(String text) {
        if (text.isEmpty()) return List.of();
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n", -1)) lines.add(line.strip());
        return lines;
    }

    /** Box titles are bold. */
    static double boxTitleWidth(SequenceDiagram.Box box) {
        return TextMetrics.width(lines(box.label())) * TextMetrics.BOLD_WIDER;
    }

    static double noteWidth(Note note) {
        return TextMetrics.width(lines(note.text())) + 2 * NOTE_PAD_X;
    }

    public static SequenceGeometry layout(SequenceDiagram d) {
        return new SequenceLayout.Walk(d).run();
    }

    /** One pass down the diagram, keeping the row, the open bars and the open frames. */
    private static final class Walk {
        final SequenceDiagram d;
        final double[] widths;
        final double[] centres;
        final SequenceFrames frames;
        final List<PlacedMessage> messages = new ArrayList<>();
        final List<PlacedNote> notes = new ArrayList<>();
        final List<Bar> bars = new ArrayList<>();
        final List<List<Double>> barStarts = new ArrayList<>();
        double y;
        double lastLine;
        boolean afterMessage;

        Walk(SequenceDiagram d) {
            this.d = d;
            int n = d.participants().size();
            widths = new double[n];
            for (int i = 0; i < n; i++) {
                Participant p = d.participants().get(i);
                widths[i] = Math.max(MIN_ACTOR_WIDTH, TextMetrics.width(lines(p.label())) + 2 * BOX_PAD_X);
                barStarts.add(new ArrayList<>());
            }
            centres = SequenceColumns.centres(d, widths);
            frames = new SequenceFrames(n == 0 ? 0 : centres[0]);
        }

        SequenceGeometry run() {
            int groupTitleLines = d.boxes().stream().mapToInt(b -> lines(b.label()).size()).max().orElse(0);
            List<String> titleLines = lines(d.title());
            double titleRow = titleLines.isEmpty() ? 0 : titleLines.size() * LINE_HEIGHT + 8;
            double groupTop = MARGIN + titleRow;
            double top = groupTop + (d.boxes().isEmpty() ? 0 : GROUP_PAD + (groupTitleLines > 0 ? groupTitleLines * LINE_HEIGHT + 4 : 0));
            double actorHeight = 0;
            for (Participant p : d.participants()) actorHeight = Math.max(actorHeight, actorHeight(p));
            List<Actor> actors = new ArrayList<>();
            for (int i = 0; i < widths.length; i++) actors.add(actor(i, top, actorHeight));
            y = top + actorHeight + ROW_GAP;
            List<Event> events = d.events();
            for (int i = 0; i < events.size(); i++) {
                Event e = events.get(i);
                Event next = i + 1 < events.size() ? events.get(i + 1) : null;
                if (e instanceof Message m) message(m, next);
                else if (e instanceof Note note) note(note);
                else if (e instanceof Activate a) barStarts.get(d.column(a.id())).add(afterMessage ? lastLine : y);
                else if (e instanceof Deactivate a) endBar(d.column(a.id()), afterMessage ? lastLine : y);
                else if (e instanceof BlockStart b) y = frames.open(b, y);
                else if (e instanceof BlockSection s) y = frames.section(s, y);
                else if (e instanceof BlockEnd) y = frames.close(y);
                if (!(e instanceof Message || e instanceof Activate || e instanceof Deactivate)) afterMessage = false;
            }
            for (int i = 0; i < barStarts.size(); i++) {
                while (!barStarts.get(i).isEmpty()) endBar(i, y); // left active at the end: the bar runs to the bottom
            }
            double bottomTop = y + 8;
            List<Lifeline> lifelines = new ArrayList<>();
            for (int i = 0; i < widths.length; i++) {
                lifelines.add(new Lifeline(d.participants().get(i).id(), centres[i], top + actorHeight, bottomTop));
                actors.add(actor(i, bottomTop, actorHeight));
            }
            double bottom = bottomTop + actorHeight;
            List<Group> groups = groups(groupTop, bottom + GROUP_PAD);
            if (!groups.isEmpty()) bottom += GROUP_PAD;
            Text title = null;
            if (!titleLines.isEmpty()) {
                double w = TextMetrics.width(titleLines) * TextMetrics.BOLD_WIDER;
                title = new Text(titleLines, (frames.minX() + frames.maxX()) / 2 - w / 2, MARGIN, w, titleLines.size() * LINE_HEIGHT);
                frames.cover(title.x(), title.right());
            }
            double shift = MARGIN - frames.minX();
            return new SequenceGeometry(d, frames.maxX() - frames.minX() + 2 * MARGIN, bottom + MARGIN, shift, title, List.copyOf(actors),
                    List.copyOf(lifelines), List.copyOf(bars), frames.placed(), groups, List.copyOf(messages), List.copyOf(notes));
        }

        private static double actorHeight(Participant p) {
            double text = lines(p.label()).size() * LINE_HEIGHT;
            return p.kind() == Kind.ACTOR ? FIGURE + 4 + text : text + 2 * BOX_PAD_Y;
        }

        private Actor actor(int i, double top, double height) {
            Participant p = d.participants().get(i);
            List<String> lines = lines(p.label());
            double textHeight = lines.size() * LINE_HEIGHT;
            double textWidth = TextMetrics.width(lines);
            double textTop = p.kind() == Kind.ACTOR ? top + height - textHeight : top + (height - textHeight) / 2;
            double x = centres[i] - widths[i] / 2;
            frames.cover(x, x + widths[i]);
            return new Actor(p, x, top, widths[i], height, new Text(lines, centres[i] - textWidth / 2, textTop, textWidth, textHeight));
        }

        /** The lifeline's left and right edges where a message meets it: its bars' edges when active. */
        private double edge(int column, int levels, boolean right) {
            double c = centres[column];
            if (levels == 0) return c;
            return right ? c + BAR_WIDTH / 2 + (levels - 1) * BAR_WIDTH / 2 : c - BAR_WIDTH / 2;
        }

        private void message(Message m, Event next) {
            int a = d.column(m.from());
            int b = d.column(m.to());
            boolean activates = next instanceof Activate act && act.id().equals(m.to());
            int fromLevels = barStarts.get(a).size();
            int toLevels = barStarts.get(b).size() + (activates ? 1 : 0);
            List<String> lines = lines(m.text());
            double textHeight = lines.size() * LINE_HEIGHT;
            double textWidth = TextMetrics.width(lines);
            double gap = m.number() > 0 ? NUMBER_RADIUS + 2 : lines.isEmpty() ? 0 : TEXT_GAP;
            double lineY = y + textHeight + gap + (lines.isEmpty() ? 4 : 0);
            double x1;
            double x2;
            double returnY = lineY;
            Text label;
            if (a == b) {
                x1 = edge(a, fromLevels, true);
                x2 = edge(a, toLevels, true);
                returnY = lineY + SELF_HEIGHT;
                label = new Text(lines, x1 + SELF_LABEL_OFFSET, y, textWidth, textHeight);
                frames.cover(centres[a] - BAR_WIDTH, Math.max(x1 + SequenceColumns.SELF_WIDTH, label.right()));
                lastLine = returnY;
            } else {
                boolean rightward = a < b;
                x1 = edge(a, fromLevels, rightward);
                x2 = edge(b, toLevels, !rightward);
                label = new Text(lines, (centres[a] + centres[b]) / 2 - textWidth / 2, y, textWidth, textHeight);
                frames.cover(Math.min(centres[a], centres[b]) - BAR_WIDTH, Math.max(centres[a], centres[b]) + BAR_WIDTH);
                frames.cover(label.x(), label.right());
                lastLine = lineY;
            }
            Text number = null;
            if (m.number() > 0) {
                number = new Text(List.of(Integer.toString(m.number())), x1 - NUMBER_RADIUS, lineY - NUMBER_RADIUS, 2 * NUMBER_RADIUS,
                        2 * NUMBER_RADIUS);
                frames.cover(number.x(), number.right());
            }
            messages.add(new PlacedMessage(m, x1, x2, lineY, returnY, label, number));
            y = returnY + ROW_GAP;
            afterMessage = true;
        }

        private void note(Note note) {
            List<String> lines = lines(note.text());
            double textHeight = Math.max(1, lines.size()) * LINE_HEIGHT;
            double width = noteWidth(note);
            double height = textHeight + 2 * NOTE_PAD_Y;
            double ca = centres[d.column(note.over().get(0))];
            double x;
            if (note.placement() == Placement.RIGHT_OF) {
                x = ca + SequenceColumns.NOTE_OFFSET;
            } else if (note.placement() == Placement.LEFT_OF) {
                x = ca - SequenceColumns.NOTE_OFFSET - width;
            } else {
                double cb = centres[d.column(note.over().get(note.over().size() - 1))];
                double left = Math.min(ca, cb) - SequenceColumns.NOTE_OVERHANG;
                double right = Math.max(ca, cb) + SequenceColumns.NOTE_OVERHANG;
                double extra = Math.max(0, width - (right - left)) / 2;
                x = left - extra;
                width = right - left + 2 * extra;
            }
            double textWidth = TextMetrics.width(lines);
            Text text = new Text(lines, x + width / 2 - textWidth / 2, y + NOTE_PAD_Y, textWidth, lines.size() * LINE_HEIGHT);
            notes.add(new PlacedNote(note, x, y, width, height, text));
            frames.cover(x, x + width);
            y += height + ROW_GAP;
        }

        private void endBar(int column, double end) {
            List<Double> open = barStarts.get(column);
            double start = open.remove(open.size() - 1);
            double x = centres[column] - BAR_WIDTH / 2 + open.size() * BAR_WIDTH / 2;
            bars.add(new Bar(d.participants().get(column).id(), x, start, BAR_WIDTH, Math.max(end, start + ROW_GAP / 2)));
        }

        /** Each box spans its participants' boxes, from below the title to below the bottom row. */
        private List<Group> groups(double top, double bottom) {
            List<Group> groups = new ArrayList<>();
            for (SequenceDiagram.Box box : d.boxes()) {
                double left = centres[box.first()] - widths[box.first()] / 2 - GROUP_PAD;
                double right = centres[box.last()] + widths[box.last()] / 2 + GROUP_PAD;
                List<String> lines = lines(box.label());
                double textWidth = boxTitleWidth(box);
                double extra = Math.max(0, textWidth + 2 * GROUP_PAD - (right - left)) / 2;
                left -= extra;
                right += extra;
                Text label = lines.isEmpty() ? null
                        : new Text(lines, (left + right) / 2 - textWidth / 2, top + GROUP_PAD / 2, textWidth, lines.size() * LINE_HEIGHT);
                frames.cover(left, right);
                groups.add(new Group(box, left, top, right - left, bottom - top, label));
            }
            return List.copyOf(groups);
        }
    }
}
