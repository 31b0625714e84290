package dev.kiln.diagram.sequence;

import java.util.List;

/**
 * A parsed Mermaid sequence diagram: its participants in column order, and what happens
 * between them as one list of events, top to bottom, exactly as written.
 *
 * @param boxes     {@code box} groups of adjacent participants
 * @param title     the {@code title} drawn above the diagram, or empty
 * @param accTitle  the accessible title ({@code accTitle:}), or empty
 * @param summary   the accessible description ({@code accDescr:}), or empty
 */
public record SequenceDiagram(List<Participant> participants, List<Event> events, List<Box> boxes, String title,
        String accTitle, String summary) {

    public enum Kind { PARTICIPANT, ACTOR }

    /** @param label the name shown: the alias after {@code as}, or the id */
    public record Participant(String id, String label, Kind kind) {}

    /**
     * @param colour a CSS colour the author gave, or empty for none
     * @param first  the index of its first participant; members are {@code first} to {@code last}
     */
    public record Box(String label, String colour, int first, int last) {}

    public enum Line { SOLID, DOTTED }

    /** An arrow's end: none ({@code ->}), filled ({@code ->>}), a cross ({@code -x}) or open, for async ({@code -)}). */
    public enum Head { NONE, ARROW, CROSS, OPEN }

    public enum Placement { LEFT_OF, RIGHT_OF, OVER }

    /** The UML interaction operators, and {@code rect} for a coloured background. */
    public enum Operator { LOOP, ALT, OPT, PAR, CRITICAL, BREAK, RECT }

    /** One step down the diagram. */
    public sealed interface Event {}

    /**
     * @param start  the head at the sender's end ({@code <<->>} has one)
     * @param number the {@code autonumber} shown at the start, or 0 for none
     */
    public record Message(String from, String to, String text, Line line, Head start, Head end, int number)
            implements Event {
        public boolean toSelf() {
            return from.equals(to);
        }
    }

    /** @param over one participant, or for {@code over A,B} the two it spans */
    public record Note(Placement placement, List<String> over, String text) implements Event {}

    /** The participant's activation bar starts here (the last message's row) or, if already active, nests. */
    public record Activate(String id) implements Event {}

    public record Deactivate(String id) implements Event {}

    /** @param label the condition, or for {@code rect} the author's colour */
    public record BlockStart(Operator operator, String label) implements Event {}

    /** {@code else}, {@code and} or {@code option}: a dashed divider and its own condition. */
    public record BlockSection(String label) implements Event {}

    public record BlockEnd() implements Event {}

    public Participant participant(String id) {
        for (Participant p : participants) if (p.id().equals(id)) return p;
        return null;
    }

    public int column(String id) {
        for (int i = 0; i < participants.size(); i++) if (participants.get(i).id().equals(id)) return i;
        return -1;
    }

    public long messages() {
        return events.stream().filter(e -> e instanceof Message).count();
    }
}
