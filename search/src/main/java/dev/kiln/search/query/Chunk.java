package dev.kiln.search.query;

/** One loaded chunk of result text: four lines a section (URL, page title, heading, text), from section {@code first} on. */
final class Chunk {
    private final int first;
    private final String[] lines;

    Chunk(int first, String text) {
        this.first = first;
        this.lines = dev.kiln.search.index.Split.at(text, '\n');
    }

    String[] section(int id) {
        int at = (id - first) * 4;
        if (id < first || at + 3 >= lines.length) throw new IllegalArgumentException("section " + id + " is not in this chunk");
        return new String[] {lines[at], lines[at + 1], lines[at + 2], lines[at + 3]};
    }
}
