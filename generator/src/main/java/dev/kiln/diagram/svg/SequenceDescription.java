package dev.kiln.diagram.svg;

import dev.kiln.diagram.sequence.SequenceDiagram;
import dev.kiln.diagram.sequence.SequenceDiagram.BlockEnd;
import dev.kiln.diagram.sequence.SequenceDiagram.BlockSection;
import dev.kiln.diagram.sequence.SequenceDiagram.BlockStart;
import dev.kiln.diagram.sequence.SequenceDiagram.Message;
import dev.kiln.diagram.sequence.SequenceDiagram.Note;
import dev.kiln.diagram.sequence.SequenceDiagram.Operator;
import dev.kiln.i18n.UiStrings;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/**
 * The words a screen reader says for a sequence diagram: its title, then what happens in order
 * ("Alice to Bob: Hello; loop “every minute”: …"), in the site's language (its UI string table).
 */
final class SequenceDescription {
    private final UiStrings ui;

    SequenceDescription(UiStrings ui) {
        this.ui = ui;
    }

    String title(SequenceDiagram d) {
        if (!d.accTitle().isEmpty()) return d.accTitle();
        if (!d.title().isEmpty()) return d.title();
        return ui.get("sequenceDiagram");
    }

    String describe(SequenceDiagram d) {
        if (!d.summary().isEmpty()) return d.summary();
        StringBuilder out = new StringBuilder(ui.format("sequenceSummary", "participants", d.participants().size(), "messages", d.messages()));
        List<String> parts = new ArrayList<>();
        Deque<String> open = new ArrayDeque<>();
        for (SequenceDiagram.Event e : d.events()) {
            if (e instanceof Message m) {
                parts.add(m.text().isEmpty() ? ui.format("sequenceMessageBare", "from", name(d, m.from()), "to", name(d, m.to()))
                        : ui.format("sequenceMessage", "from", name(d, m.from()), "to", name(d, m.to()), "text", flat(m.text())));
            } else if (e instanceof Note n) {
                List<String> names = n.over().stream().map(id -> name(d, id)).toList();
                parts.add(ui.format("sequenceNote", "participants", String.join(ui.get("memberSeparator"), names), "text", flat(n.text())));
            } else if (e instanceof BlockStart b) {
                String operator = b.operator().name().toLowerCase(Locale.ROOT);
                open.push(operator);
                if (b.operator() != Operator.RECT) parts.add(block(operator, b.label()));
            } else if (e instanceof BlockSection s) {
                parts.add(block(open.peek().equals("alt") ? "else" : open.peek().equals("par") ? "and" : "option", s.label()));
            } else if (e instanceof BlockEnd) {
                String operator = open.pop();
                if (!operator.equals("rect")) parts.add(ui.format("sequenceBlockEnd", "operator", operator));
            }
        }
        if (!parts.isEmpty()) out.append(ui.get("sentenceSpace")).append(String.join(ui.get("listSeparator"), parts)).append(ui.get("sentenceEnd"));
        return out.toString().strip();
    }

    /** A block's keyword (loop, alt, else, …), with its condition when it has one. */
    private String block(String keyword, String label) {
        return label.isEmpty() ? keyword : ui.format("sequenceBlock", "operator", keyword, "label", flat(label));
    }

    private static String name(SequenceDiagram d, String id) {
        SequenceDiagram.Participant p = d.participant(id);
        return flat(p == null ? id : p.label());
    }

    private static String flat(String text) {
        return text.replace('\n', ' ');
    }
}
