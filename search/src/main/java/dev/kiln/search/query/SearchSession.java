package dev.kiln.search.query;

import dev.kiln.search.index.Meta;
import dev.kiln.search.index.Shard;
import dev.kiln.search.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Search as the page runs it, one step at a time so the page can load files in between: which
 * shards a query needs, the ranked sections once they are here, which chunks those sections'
 * text is in, and each result's text and marks. The JVM tests drive this very class.
 */
public final class SearchSession {
    /** A one-letter prefix could name thousands of tokens; a query looks at the first this many. */
    static final int MAX_EXPANSIONS = 64;

    private final Tokenizer tokenizer;
    private final Meta meta;
    private final Shard[] shards;
    private final Chunk[] chunks;
    private final Ranking ranking;

    public SearchSession(Tokenizer tokenizer, String metaText) {
        this.tokenizer = tokenizer;
        this.meta = Meta.parse(metaText);
        this.shards = new Shard[meta.shards()];
        this.chunks = new Chunk[meta.chunkOf(Integer.MAX_VALUE) + 1];
        this.ranking = new Ranking(meta.sections);
    }

    public Query parse(String query) {
        return Query.parse(tokenizer, query);
    }

    /** The shards {@code query} needs that are not loaded yet, ascending. */
    public int[] missingShards(Query query) {
        boolean[] need = new boolean[shards.length];
        for (Term t : query.terms) {
            for (String e : t.exact) need[meta.shardOf(e)] = true;
            if (t.prefix != null) {
                for (int s = meta.shardOf(t.prefix), last = meta.lastShardOf(t.prefix); s <= last; s++) need[s] = true;
            }
        }
        return missing(need, shards);
    }

    public void addShard(int n, String text) {
        shards[n] = new Shard(text);
    }

    /** The best {@code max} sections for {@code query}, best first; its shards must be loaded. */
    public int[] search(Query query, int max) {
        int number = 0;
        for (Term t : query.terms) {
            number++;
            List<String> lists = new ArrayList<>();
            for (String e : t.exact) {
                String p = loaded(meta.shardOf(e)).exact(e);
                if (p != null) lists.add(p);
            }
            if (t.prefix != null) {
                for (int s = meta.shardOf(t.prefix), last = meta.lastShardOf(t.prefix); s <= last; s++) {
                    loaded(s).prefixed(t.prefix, MAX_EXPANSIONS, lists);
                }
            }
            for (String p : lists) ranking.add(number, p);
        }
        return ranking.top(max);
    }

    private Shard loaded(int n) {
        if (shards[n] == null) throw new IllegalStateException("search shard " + n + " is not loaded");
        return shards[n];
    }

    /** The chunks holding the text of {@code sections} that are not loaded yet, ascending. */
    public int[] missingChunks(int[] sections) {
        boolean[] need = new boolean[chunks.length];
        for (int id : sections) need[meta.chunkOf(id)] = true;
        return missing(need, chunks);
    }

    public void addChunk(int n, String text) {
        chunks[n] = new Chunk(meta.chunkStart(n), text);
    }

    /** Section {@code id} as a result for {@code query}, as JSON; its chunk must be loaded. */
    public String result(int id, Query query) {
        Chunk chunk = chunks[meta.chunkOf(id)];
        if (chunk == null) throw new IllegalStateException("search chunk for section " + id + " is not loaded");
        String[] s = chunk.section(id);
        Snippet snippet = Snippet.of(s[3], Marks.find(tokenizer, query, s[3], Snippet.LENGTH - Snippet.LEAD));
        StringBuilder out = new StringBuilder("{\"url\":");
        JsonText.string(out, s[0]);
        out.append(",\"page\":");
        JsonText.string(out, s[1]);
        out.append(",\"pageMarks\":");
        JsonText.numbers(out, Marks.find(tokenizer, query, s[1]));
        out.append(",\"heading\":");
        JsonText.string(out, s[2]);
        out.append(",\"headingMarks\":");
        JsonText.numbers(out, Marks.find(tokenizer, query, s[2]));
        out.append(",\"snippet\":");
        JsonText.string(out, snippet.text);
        out.append(",\"snippetMarks\":");
        JsonText.numbers(out, snippet.marks);
        return out.append('}').toString();
    }

    /**
     * Runs a query's code over {@code sample} (the page's own text) and forgets the result, so a
     * browser compiles that code before the reader's first keystroke rather than during it.
     */
    public void warm(String sample) {
        Query query = parse(sample.substring(0, Math.min(sample.length(), 12)));
        Snippet.of(sample, Marks.find(tokenizer, query, sample));
        parse(sample);
        // and ranking, over a made-up shard of 100 tokens in 2,000 sections
        StringBuilder shard = new StringBuilder();
        for (int t = 0; t < 100; t++) {
            shard.append("warm").append(t).append('\t');
            for (int k = 0; k < 20; k++) {
                dev.kiln.search.index.Codec.write(shard, 1 + t % 7);
                dev.kiln.search.index.Codec.write(shard, k % 40);
            }
            shard.append('\n');
        }
        List<String> lists = new ArrayList<>();
        new Shard(shard.toString()).prefixed("warm", MAX_EXPANSIONS, lists);
        Ranking warmRanking = new Ranking(2000);
        for (int i = 0; i < lists.size(); i++) warmRanking.add(1 + i % 3, lists.get(i));
        warmRanking.top(10);
    }

    /** The numbers of the needed files not loaded yet, ascending. */
    private static int[] missing(boolean[] need, Object[] loaded) {
        int n = 0;
        int[] out = new int[need.length];
        for (int i = 0; i < need.length; i++) if (need[i] && loaded[i] == null) out[n++] = i;
        return java.util.Arrays.copyOf(out, n);
    }
}
