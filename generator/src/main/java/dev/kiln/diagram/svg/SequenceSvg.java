package dev.kiln.diagram.svg;

import static dev.kiln.diagram.svg.Svg.label;
import static dev.kiln.diagram.svg.Svg.num;
import static dev.kiln.diagram.svg.Svg.text;

import dev.kiln.diagram.layout.SequenceGeometry;
import dev.kiln.diagram.layout.SequenceGeometry.Actor;
import dev.kiln.diagram.layout.SequenceGeometry.Bar;
import dev.kiln.diagram.layout.SequenceGeometry.Divider;
import dev.kiln.diagram.layout.SequenceGeometry.Frame;
import dev.kiln.diagram.layout.SequenceGeometry.Group;
import dev.kiln.diagram.layout.SequenceGeometry.Lifeline;
import dev.kiln.diagram.layout.SequenceGeometry.PlacedMessage;
import dev.kiln.diagram.layout.SequenceGeometry.PlacedNote;
import dev.kiln.diagram.layout.SequenceGeometry.Text;
import dev.kiln.diagram.sequence.SequenceDiagram;
import dev.kiln.diagram.sequence.SequenceDiagram.Head;
import dev.kiln.diagram.sequence.SequenceDiagram.Kind;
import dev.kiln.diagram.sequence.SequenceDiagram.Operator;
import dev.kiln.i18n.UiStrings;
import java.util.Map;

/**
 * A laid-out sequence diagram as inline SVG, themed as flowcharts are: classes ({@code sq-actor},
 * {@code sq-message}, {@code sq-frame}, …) take their colours from the page's CSS custom
 * properties, so the theme toggle restyles the diagram without drawing it again. Only the colours
 * an author gives ({@code rect rgb(…)}, {@code box Aqua …}) are inline.
 */
public final class SequenceSvg {
    /** How far a filled arrowhead reaches past its line's end. */
    private static final double ARROW = 10;
    private static final double SELF_CORNER = 6;

    private final SequenceDescription words;

    public SequenceSvg(UiStrings ui) {
        this.words = new SequenceDescription(ui);
    }

    /** @param id a prefix for the SVG's element ids, unique in its page */
    public String write(SequenceGeometry g, String id) {
        SequenceDiagram d = g.diagram();
        StringBuilder svg = Svg.open("sequence", g.width(), g.height(), id, words.title(d), words.describe(d));
        markers(svg, id);
        svg.append("<g transform=\"translate(").append(num(g.shiftX())).append(",0)\">");
        for (Group group : g.groups()) group(svg, group);
        for (Frame f : g.frames()) if (f.operator() == Operator.RECT) background(svg, f);
        svg.append("<g class=\"sq-lifelines\">");
        for (Lifeline l : g.lifelines()) {
            svg.append("<path class=\"sq-lifeline\" d=\"M").append(num(l.x())).append(',').append(num(l.top())).append('V').append(num(l.bottom())).append("\"/>");
        }
        svg.append("</g>");
        for (Frame f : g.frames()) if (f.operator() != Operator.RECT) frame(svg, f);
        for (Bar b : g.bars()) {
            svg.append("<rect class=\"sq-activation\" x=\"").append(num(b.x())).append("\" y=\"").append(num(b.top())).append("\" width=\"")
                    .append(num(b.width())).append("\" height=\"").append(num(b.bottom() - b.top())).append("\"/>");
        }
        for (PlacedMessage m : g.messages()) message(svg, m, id);
        for (PlacedNote n : g.notes()) {
            svg.append("<g class=\"sq-note\">");
            rect(svg, "", n.x(), n.y(), n.width(), n.height());
            centred(svg, "sq-note-text", n.text());
            svg.append("</g>");
        }
        for (Frame f : g.frames()) if (f.operator() != Operator.RECT) frameLabels(svg, f);
        for (Actor a : g.actors()) actor(svg, a);
        if (g.title() != null) centred(svg, "sq-title", g.title());
        return svg.append("</g></svg>").toString();
    }

    private static void markers(StringBuilder svg, String id) {
        svg.append("<defs>")
                .append(marker(id, "arrow", 0, "<path d=\"M0,0L10,5L0,10z\"/>"))
                .append(marker(id, "open", 10, "<path class=\"sq-open\" d=\"M1,1L10,5L1,9\"/>"))
                .append(marker(id, "cross", 5, "<path class=\"sq-cross\" d=\"M1,1L9,9M1,9L9,1\"/>"))
                .append("</defs>");
    }

    private static String marker(String id, String kind, int refX, String body) {
        return "<marker id=\"" + id + "-" + kind + "\" class=\"sq-marker\" viewBox=\"0 0 10 10\" refX=\"" + refX
                + "\" refY=\"5\" markerUnits=\"userSpaceOnUse\" markerWidth=\"10\" markerHeight=\"10\" orient=\"auto-start-reverse\">"
                + body + "</marker>";
    }

    private static void group(StringBuilder svg, Group group) {
        String colour = group.box().colour();
        svg.append("<g class=\"sq-box\"><rect x=\"").append(num(group.x())).append("\" y=\"").append(num(group.y())).append("\" width=\"")
                .append(num(group.width())).append("\" height=\"").append(num(group.height())).append("\" rx=\"4\"")
                .append(colour.isEmpty() ? "" : Svg.style(Map.of("fill", colour))).append("/>");
        if (group.label() != null) centred(svg, "sq-box-title", group.label());
        svg.append("</g>");
    }

    private static void background(StringBuilder svg, Frame f) {
        svg.append("<rect class=\"sq-rect\" x=\"").append(num(f.x())).append("\" y=\"").append(num(f.y())).append("\" width=\"")
                .append(num(f.width())).append("\" height=\"").append(num(f.height())).append('"')
                .append(f.colour().isEmpty() ? "" : Svg.style(Map.of("fill", f.colour()))).append("/>");
    }

    /** The frame and a dashed line per section, under the lifelines' bars and the messages. */
    private static void frame(StringBuilder svg, Frame f) {
        svg.append("<g class=\"sq-block\">");
        rect(svg, " class=\"sq-frame\"", f.x(), f.y(), f.width(), f.height());
        for (Divider div : f.dividers()) {
            svg.append("<path class=\"sq-divider\" d=\"M").append(num(f.x())).append(',').append(num(div.y())).append('H')
                    .append(num(f.x() + f.width())).append("\"/>");
        }
        svg.append("</g>");
    }

    /** The operator's tab in the frame's corner, the condition beside it and each section's: above bars that cross them. */
    private static void frameLabels(StringBuilder svg, Frame f) {
        svg.append("<g class=\"sq-block-label\">");
        double right = f.x() + f.tabWidth();
        double bottom = f.tab().bottom() + 2;
        svg.append("<path class=\"sq-tab\" d=\"M").append(num(f.x())).append(',').append(num(f.y())).append('H').append(num(right))
                .append('V').append(num(bottom - Frame.TAB_CUT)).append('L').append(num(right - Frame.TAB_CUT)).append(',').append(num(bottom))
                .append('H').append(num(f.x())).append("z\"/>");
        centred(svg, "sq-tab-text", f.tab());
        if (f.condition() != null) centred(svg, "sq-condition", f.condition());
        for (Divider div : f.dividers()) if (div.label() != null) centred(svg, "sq-condition", div.label());
        svg.append("</g>");
    }

    private static void message(StringBuilder svg, PlacedMessage p, String id) {
        SequenceDiagram.Message m = p.message();
        svg.append("<g class=\"sq-message\">");
        if (!p.label().lines().isEmpty()) centred(svg, "sq-message-text", p.label());
        double startReach = p.message().start() == Head.ARROW ? ARROW : 0;
        double endReach = m.end() == Head.ARROW ? ARROW : 0;
        svg.append("<path class=\"sq-line sq-").append(m.line() == SequenceDiagram.Line.DOTTED ? "dotted" : "solid").append("\" d=\"");
        if (m.toSelf()) {
            double out = p.x1() + SequenceGeometry.SELF_WIDTH;
            double r = SELF_CORNER;
            svg.append('M').append(num(p.x1() + startReach)).append(',').append(num(p.y())).append('H').append(num(out - r))
                    .append('Q').append(num(out)).append(',').append(num(p.y())).append(' ').append(num(out)).append(',').append(num(p.y() + r))
                    .append('V').append(num(p.returnY() - r))
                    .append('Q').append(num(out)).append(',').append(num(p.returnY())).append(' ').append(num(out - r)).append(',').append(num(p.returnY()))
                    .append('H').append(num(p.x2() + endReach));
        } else {
            double sign = Math.signum(p.x2() - p.x1());
            svg.append('M').append(num(p.x1() + sign * startReach)).append(',').append(num(p.y()))
                    .append('H').append(num(p.x2() - sign * endReach));
        }
        svg.append('"');
        if (m.start() != Head.NONE) svg.append(" marker-start=\"url(#").append(id).append('-').append(markerName(m.start())).append(")\"");
        if (m.end() != Head.NONE) svg.append(" marker-end=\"url(#").append(id).append('-').append(markerName(m.end())).append(")\"");
        svg.append("/>");
        if (p.number() != null) {
            Text n = p.number();
            svg.append("<circle class=\"sq-number\" cx=\"").append(num(n.x() + n.width() / 2)).append("\" cy=\"").append(num(n.y() + n.height() / 2))
                    .append("\" r=\"").append(num(n.width() / 2)).append("\"/>");
            centred(svg, "sq-number-text", n);
        }
        svg.append("</g>");
    }

    private static String markerName(Head head) {
        return switch (head) {
            case ARROW -> "arrow";
            case OPEN -> "open";
            case CROSS -> "cross";
            case NONE -> throw new IllegalArgumentException();
        };
    }

    private static void actor(StringBuilder svg, Actor a) {
        svg.append("<g class=\"sq-actor\">");
        if (a.participant().kind() == Kind.ACTOR) {
            double cx = a.centerX();
            double top = a.y();
            svg.append("<g class=\"sq-figure\"><circle cx=\"").append(num(cx)).append("\" cy=\"").append(num(top + 8)).append("\" r=\"7\"/>")
                    .append("<path d=\"M").append(num(cx)).append(',').append(num(top + 15)).append("V").append(num(top + 26))
                    .append("M").append(num(cx - 11)).append(',').append(num(top + 19)).append("H").append(num(cx + 11))
                    .append("M").append(num(cx - 9)).append(',').append(num(top + 35)).append("L").append(num(cx)).append(',').append(num(top + 26))
                    .append("L").append(num(cx + 9)).append(',').append(num(top + 35)).append("\"/></g>");
        } else {
            rect(svg, " rx=\"3\"", a.x(), a.y(), a.width(), a.height());
        }
        centred(svg, "sq-actor-text", a.label());
        svg.append("</g>");
    }

    private static void rect(StringBuilder svg, String attributes, double x, double y, double w, double h) {
        svg.append("<rect").append(attributes).append(" x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"")
                .append(num(w)).append("\" height=\"").append(num(h)).append("\"/>");
    }

    private static void centred(StringBuilder svg, String cls, Text t) {
        label(svg, cls, t.lines(), t.x() + t.width() / 2, t.y() + t.height() / 2, Map.of());
    }
}
