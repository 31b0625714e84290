package dev.kiln.search.index;

import dev.kiln.search.text.IndexTokens;
import dev.kiln.search.text.Tokenizer;
import dev.kiln.search.text.Word;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a site's search index, on the JVM, from its sections in reading order. The index is
 * sharded so a page loads only what a query needs: token shards are ranges of the sorted tokens
 * (so a prefix lives in one or two shards), and the text shown in results travels in chunks of
 * consecutive sections, loaded only for the results on screen.
 */
public final class IndexBuilder {
    /** Text kept per section for snippets; the whole text is indexed. */
    public static final int MAX_SNIPPET_SOURCE = 3000;

    private final Tokenizer tokenizer;
    private final Map<String, Postings> postings = new HashMap<>();
    private final List<Section> sections = new ArrayList<>();

    public IndexBuilder(Tokenizer tokenizer) {
        this.tokenizer = tokenizer;
    }

    /**
     * A section with its distinct tokens and how often each occurs, found apart from {@link #add}
     * so many threads can tokenize while one adds.
     */
    public record Tokenized(Section section, String[] heading, String[] tokens, int[] counts) {}

    /** Tokenizes a section; safe to call from many threads at once. */
    public Tokenized tokenize(Section section) {
        Map<String, int[]> counts = new HashMap<>();
        for (Word w : tokenizer.words(section.text())) {
            IndexTokens.each(w, (token, from, to) -> counts.computeIfAbsent(token, k -> new int[1])[0]++);
        }
        List<String> heading = new ArrayList<>();
        for (Word w : tokenizer.words(section.heading())) IndexTokens.each(w, (token, from, to) -> heading.add(token));
        String[] tokens = counts.keySet().toArray(new String[0]);
        int[] n = new int[tokens.length];
        for (int i = 0; i < tokens.length; i++) n[i] = counts.get(tokens[i])[0];
        return new Tokenized(section, heading.toArray(new String[0]), tokens, n);
    }

    public void add(Section section) {
        add(tokenize(section));
    }

    /** Adds the next section in reading order. */
    public void add(Tokenized t) {
        int id = sections.size();
        sections.add(t.section());
        int field = t.section().top() ? Fields.TITLE | Fields.HEADING : Fields.HEADING;
        for (String token : t.heading()) postings.computeIfAbsent(token, k -> new Postings()).add(id, field, 0);
        for (int i = 0; i < t.tokens().length; i++) postings.computeIfAbsent(t.tokens()[i], k -> new Postings()).add(id, 0, t.counts()[i]);
    }

    /** The finished index: its files' contents, shards of about {@code shardChars} and chunks of about {@code chunkChars}. */
    public SearchIndex build(int shardChars, int chunkChars) {
        String[] tokens = postings.keySet().toArray(new String[0]);
        Arrays.sort(tokens);
        List<String> shards = new ArrayList<>();
        List<String> firstTokens = new ArrayList<>();
        StringBuilder shard = new StringBuilder();
        for (String token : tokens) {
            if (shard.length() >= shardChars) {
                shards.add(shard.toString());
                shard.setLength(0);
            }
            if (shard.length() == 0) firstTokens.add(token);
            shard.append(token).append('\t');
            postings.get(token).encode(shard);
            shard.append('\n');
        }
        if (shard.length() > 0 || shards.isEmpty()) shards.add(shard.toString());
        if (firstTokens.isEmpty()) firstTokens.add("");

        List<String> chunks = new ArrayList<>();
        List<Integer> chunkStarts = new ArrayList<>();
        StringBuilder chunk = new StringBuilder();
        for (int i = 0; i < sections.size(); i++) {
            if (chunk.length() >= chunkChars) {
                chunks.add(chunk.toString());
                chunk.setLength(0);
            }
            if (chunk.length() == 0) chunkStarts.add(i);
            Section s = sections.get(i);
            String text = s.text().length() > MAX_SNIPPET_SOURCE ? s.text().substring(0, MAX_SNIPPET_SOURCE) : s.text();
            chunk.append(oneLine(s.url())).append('\n').append(oneLine(s.pageTitle())).append('\n')
                    .append(oneLine(s.heading())).append('\n').append(oneLine(text)).append('\n');
        }
        if (chunk.length() > 0 || chunks.isEmpty()) chunks.add(chunk.toString());
        if (chunkStarts.isEmpty()) chunkStarts.add(0);
        return new SearchIndex(Meta.write(sections.size(), firstTokens, chunkStarts), shards, chunks);
    }

    private static String oneLine(String s) {
        return s.replace('\n', ' ').replace('\r', ' ');
    }

    /** One token's sections, ascending, with a weight for each. */
    private static final class Postings {
        int[] ids = new int[2];
        int[] weights = new int[2];
        int size;

        /** Section {@code id} has the token in {@code field} (0: the text, {@code count} times). */
        void add(int id, int field, int count) {
            if (size == 0 || ids[size - 1] != id) {
                if (size == ids.length) {
                    ids = Arrays.copyOf(ids, size * 2);
                    weights = Arrays.copyOf(weights, size * 2);
                }
                ids[size] = id;
                weights[size] = 0;
                size++;
            }
            int w = weights[size - 1] | field;
            weights[size - 1] = (w & ~Fields.MAX_COUNT) | Math.min(Fields.MAX_COUNT, Fields.count(w) + count);
        }

        void encode(StringBuilder out) {
            int last = 0;
            for (int i = 0; i < size; i++) {
                Codec.write(out, ids[i] - last);
                Codec.write(out, weights[i]);
                last = ids[i];
            }
        }
    }
}
