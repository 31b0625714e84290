package dev.kiln.search.index;

import java.util.List;

/**
 * The index's table of contents, three lines: the format and the number of sections; the first
 * token of each shard after the first; the first section of each chunk after the first.
 */
public final class Meta {
    static final String FORMAT = "kiln-search 1";

    public final int sections;
    /** firstTokens[i] is the smallest token of shard i (shard 0's is empty). */
    private final String[] firstTokens;
    private final int[] chunkStarts;

    private Meta(int sections, String[] firstTokens, int[] chunkStarts) {
        this.sections = sections;
        this.firstTokens = firstTokens;
        this.chunkStarts = chunkStarts;
    }

    static String write(int sections, List<String> firstTokens, List<Integer> chunkStarts) {
        StringBuilder out = new StringBuilder(FORMAT).append(' ').append(sections).append('\n');
        for (int i = 1; i < firstTokens.size(); i++) out.append(i > 1 ? " " : "").append(firstTokens.get(i));
        out.append('\n');
        for (int i = 1; i < chunkStarts.size(); i++) out.append(i > 1 ? " " : "").append(chunkStarts.get(i));
        return out.append('\n').toString();
    }

    public static Meta parse(String text) {
        String[] lines = Split.at(text, '\n');
        if (lines.length < 3 || !lines[0].startsWith(FORMAT + " ")) throw new IllegalArgumentException("not a Kiln search index (format 1)");
        int sections = Integer.parseInt(lines[0].substring(FORMAT.length() + 1));
        String[] bounds = Split.at(lines[1], ' ');
        String[] first = new String[bounds.length + 1];
        first[0] = "";
        System.arraycopy(bounds, 0, first, 1, bounds.length);
        String[] starts = Split.at(lines[2], ' ');
        int[] chunkStarts = new int[starts.length + 1];
        for (int i = 0; i < starts.length; i++) chunkStarts[i + 1] = Integer.parseInt(starts[i]);
        return new Meta(sections, first, chunkStarts);
    }

    public int shards() {
        return firstTokens.length;
    }

    /** The shard that holds {@code token}, if any shard does. */
    public int shardOf(String token) {
        int lo = 0, hi = firstTokens.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (firstTokens[mid].compareTo(token) <= 0) lo = mid;
            else hi = mid - 1;
        }
        return lo;
    }

    /** The last shard that may hold a token starting with {@code prefix}. */
    public int lastShardOf(String prefix) {
        int s = shardOf(prefix);
        while (s + 1 < firstTokens.length && firstTokens[s + 1].startsWith(prefix)) s++;
        return s;
    }

    /** The chunk that holds section {@code id}'s text. */
    public int chunkOf(int id) {
        int lo = 0, hi = chunkStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (chunkStarts[mid] <= id) lo = mid;
            else hi = mid - 1;
        }
        return lo;
    }

    /** The smallest token of shard {@code i}, as the meta file has it (shard 0's is empty). */
    public String firstToken(int i) {
        return firstTokens[i];
    }

    public int chunks() {
        return chunkStarts.length;
    }

    public int chunkStart(int chunk) {
        return chunkStarts[chunk];
    }
}
