package dev.kiln.diagram.layout;

import static dev.kiln.diagram.layout.TextMetrics.LINE_HEIGHT;

import dev.kiln.diagram.layout.SequenceGeometry.Divider;
import dev.kiln.diagram.layout.SequenceGeometry.Frame;
import dev.kiln.diagram.layout.SequenceGeometry.Text;
import dev.kiln.diagram.sequence.SequenceDiagram.BlockSection;
import dev.kiln.diagram.sequence.SequenceDiagram.BlockStart;
import dev.kiln.diagram.sequence.SequenceDiagram.Operator;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/**
 * The frames of {@code loop}, {@code alt} and the other blocks, and the diagram's horizontal
 * extent. Everything placed reports its left and right through {@link #cover}; an open frame
 * grows to hold it, and when the frame closes it reaches {@link #PAD} past its contents, so an
 * outer frame always encloses an inner one. Nesting is an explicit stack, bounded by the parser.
 */
final class SequenceFrames {
    static final double PAD = 10;
    private static final double TAB_PAD = 8;
    private static final double TAB_CUT = Frame.TAB_CUT;
    private static final double GAP = 6;

    private static final class Draft {
        final BlockStart start;
        final double top;
        final double tabHeight;
        final List<Double> dividers = new ArrayList<>();
        final List<String> sectionLabels = new ArrayList<>();
        double left = Double.POSITIVE_INFINITY;
        double right = Double.NEGATIVE_INFINITY;

        Draft(BlockStart start, double top, double tabHeight) {
            this.start = start;
            this.top = top;
            this.tabHeight = tabHeight;
        }
    }

    private final Deque<Draft> open = new ArrayDeque<>();
    private final List<Frame> placed = new ArrayList<>();
    /** Where an empty block is drawn: around the first lifeline. */
    private final double firstLifeline;
    private double minX = Double.POSITIVE_INFINITY;
    private double maxX = Double.NEGATIVE_INFINITY;

    SequenceFrames(double firstLifeline) {
        this.firstLifeline = firstLifeline;
    }

    void cover(double left, double right) {
        minX = Math.min(minX, left);
        maxX = Math.max(maxX, right);
        Draft d = open.peek();
        if (d != null) {
            d.left = Math.min(d.left, left);
            d.right = Math.max(d.right, right);
        }
    }

    double minX() {
        return minX == Double.POSITIVE_INFINITY ? 0 : minX;
    }

    double maxX() {
        return maxX == Double.NEGATIVE_INFINITY ? 0 : maxX;
    }

    /** Outer frames first, so a {@code rect}'s colour lies behind the frames inside it. */
    List<Frame> placed() {
        List<Frame> sorted = new ArrayList<>(placed);
        sorted.sort(Comparator.comparingDouble(Frame::y));
        return List.copyOf(sorted);
    }

    /** @return where the block's first row starts */
    double open(BlockStart b, double y) {
        double top = y + GAP;
        if (b.operator() == Operator.RECT) {
            open.push(new Draft(b, top, 0));
            return top + GAP;
        }
        double tabHeight = Math.max(1, SequenceLayout.lines(b.label()).size()) * LINE_HEIGHT + 4;
        open.push(new Draft(b, top, tabHeight));
        return top + tabHeight + SequenceLayout.ROW_GAP / 2;
    }

    double section(BlockSection s, double y) {
        Draft d = open.peek();
        d.dividers.add(y);
        d.sectionLabels.add(s.label());
        return y + Math.max(1, SequenceLayout.lines(s.label()).size()) * LINE_HEIGHT + SequenceLayout.ROW_GAP / 2;
    }

    double close(double y) {
        Draft d = open.pop();
        if (d.left == Double.POSITIVE_INFINITY) {
            d.left = firstLifeline - SequenceColumns.ACTOR_GAP;
            d.right = firstLifeline + SequenceColumns.ACTOR_GAP;
        }
        double x = d.left - PAD;
        double right = d.right + PAD;
        Text tab = null;
        double tabWidth = 0;
        Text condition = null;
        List<Divider> dividers = new ArrayList<>();
        if (d.start.operator() != Operator.RECT) {
            List<String> name = List.of(d.start.operator().name().toLowerCase(Locale.ROOT));
            double nameWidth = TextMetrics.width(name) * TextMetrics.BOLD_WIDER;
            tab = new Text(name, x + TAB_PAD, d.top + 2, nameWidth, LINE_HEIGHT);
            tabWidth = tab.right() + TAB_PAD + TAB_CUT - x;
            condition = bracketed(d.start.label(), x + tabWidth + TAB_PAD, d.top + 2);
            right = Math.max(right, condition == null ? x + tabWidth : condition.right() + TAB_PAD);
            for (int i = 0; i < d.dividers.size(); i++) {
                Text label = bracketed(d.sectionLabels.get(i), 0, d.dividers.get(i) + 2);
                if (label != null) right = Math.max(right, x + label.width() + 2 * TAB_PAD);
                dividers.add(new Divider(d.dividers.get(i), label));
            }
            for (int i = 0; i < dividers.size(); i++) {
                Text label = dividers.get(i).label();
                if (label == null) continue;
                double centred = (x + right) / 2 - label.width() / 2;
                dividers.set(i, new Divider(dividers.get(i).y(), new Text(label.lines(), centred, label.y(), label.width(), label.height())));
            }
        }
        double bottom = y;
        String colour = d.start.operator() == Operator.RECT ? d.start.label() : "";
        placed.add(new Frame(d.start.operator(), colour, x, d.top, right - x, bottom - d.top, tab, tabWidth, condition, List.copyOf(dividers)));
        cover(x, right);
        return bottom + GAP;
    }

    /** {@code [condition]}, placed with its left edge at {@code x}, or null when there is none. */
    private static Text bracketed(String label, double x, double y) {
        if (label.isEmpty()) return null;
        List<String> lines = new ArrayList<>(SequenceLayout.lines(label));
        lines.set(0, "[" + lines.get(0));
        lines.set(lines.size() - 1, lines.get(lines.size() - 1) + "]");
        return new Text(lines, x, y, TextMetrics.width(lines), lines.size() * LINE_HEIGHT);
    }
}
