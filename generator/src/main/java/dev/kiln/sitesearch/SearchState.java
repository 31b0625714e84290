package dev.kiln.sitesearch;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What a search index was made from: the settings it depends on ({@code base}) and, in index
 * order, each page's compiled key and number of sections. Kept with the index's files, so the
 * next build can tell which pages changed and where their sections are numbered.
 */
public record SearchState(String base, List<String> keys, List<Integer> counts) {
    private static final String FORMAT = "kiln search state 1";

    public byte[] encode() {
        StringBuilder out = new StringBuilder(FORMAT).append('\n').append(base).append('\n');
        for (int i = 0; i < keys.size(); i++) out.append(keys.get(i)).append(' ').append(counts.get(i)).append('\n');
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The state back, or null for anything this version did not write whole. */
    public static SearchState decode(byte[] bytes) {
        String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\n", -1);
        if (lines.length < 3 || !lines[0].equals(FORMAT) || !lines[lines.length - 1].isEmpty()) return null;
        List<String> keys = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        for (int i = 2; i < lines.length - 1; i++) {
            int space = lines[i].indexOf(' ');
            try {
                counts.add(Integer.parseInt(lines[i].substring(space + 1)));
            } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
                return null;
            }
            keys.add(lines[i].substring(0, space));
        }
        return new SearchState(lines[1], keys, counts);
    }
}
