package dev.kiln.search.index;

import dev.kiln.search.text.IndexTokens;
import dev.kiln.search.text.Tokenizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Builds a site's search index, on the JVM, from its sections in reading order. The index is
 * sharded so a page loads only what a query needs: token shards are ranges of the sorted tokens
 * (so a prefix lives in one or two shards), and the text shown in results travels in chunks of
 * consecutive sections, loaded only for the results on screen.
 */
public final class IndexBuilder {
    /** Text kept per section for snippets; the whole text is indexed. */
    public static final int MAX_SNIPPET_SOURCE = 3000;
    /** Tokens fall into this many parts by hash, each added by its own thread. */
    private static final int PARTS = 8;

    private final Tokenizer tokenizer;
    /** Each token's postings, in the part its hash names. */
    private final List<Map<String, Postings>> parts = new ArrayList<>();
    /** The sections added, their text cut to {@link #MAX_SNIPPET_SOURCE}. */
    private final List<Section> sections = new ArrayList<>();

    public IndexBuilder(Tokenizer tokenizer) {
        this.tokenizer = tokenizer;
        for (int p = 0; p < PARTS; p++) parts.add(new HashMap<>());
    }

    /**
     * A section with its distinct tokens and each one's weight there ({@link Fields}), found
     * apart from {@link #addAll} so many threads can tokenize. The tokens are grouped by part:
     * part {@code p} is {@code tokens[partStarts[p], partStarts[p + 1])}.
     */
    public record Tokenized(Section section, String[] tokens, int[] weights, int[] partStarts) {}

    private static int part(String token) {
        return token.hashCode() & (PARTS - 1);
    }

    /** Tokenizes a section; safe to call from many threads at once. */
    public Tokenized tokenize(Section section) {
        Map<String, int[]> weights = new HashMap<>();
        tokenizer.scan(section.text(), (kind, chars, start, end, length) -> {
            IndexTokens.each(kind, chars, length, (token, from, to) -> {
                int[] w = weights.computeIfAbsent(token, k -> new int[1]);
                if (Fields.count(w[0]) < Fields.MAX_COUNT) w[0]++;
            });
            return true;
        });
        int field = section.top() ? Fields.TITLE | Fields.HEADING : Fields.HEADING;
        tokenizer.scan(section.heading(), (kind, chars, start, end, length) -> {
            IndexTokens.each(kind, chars, length, (token, from, to) -> weights.computeIfAbsent(token, k -> new int[1])[0] |= field);
            return true;
        });
        // grouped by part: count each part's tokens, then place them
        int[] starts = new int[PARTS + 1];
        for (String token : weights.keySet()) starts[part(token) + 1]++;
        for (int p = 0; p < PARTS; p++) starts[p + 1] += starts[p];
        int[] next = Arrays.copyOf(starts, PARTS);
        String[] tokens = new String[weights.size()];
        int[] w = new int[tokens.length];
        weights.forEach((token, weight) -> {
            int at = next[part(token)]++;
            tokens[at] = token;
            w[at] = weight[0];
        });
        return new Tokenized(section, tokens, w, starts);
    }

    public void add(Section section) {
        addAll(List.of(tokenize(section)));
    }

    /** Adds the next sections in reading order, each part of the tokens on its own thread. */
    public void addAll(List<Tokenized> batch) {
        int first = sections.size();
        for (Tokenized t : batch) {
            Section s = t.section();
            sections.add(s.text().length() <= MAX_SNIPPET_SOURCE ? s
                    : new Section(s.url(), s.pageTitle(), s.heading(), s.text().substring(0, MAX_SNIPPET_SOURCE), s.top()));
        }
        IntStream.range(0, PARTS).parallel().forEach(p -> {
            Map<String, Postings> postings = parts.get(p);
            for (int k = 0; k < batch.size(); k++) {
                Tokenized t = batch.get(k);
                for (int i = t.partStarts()[p]; i < t.partStarts()[p + 1]; i++) {
                    postings.computeIfAbsent(t.tokens()[i], x -> new Postings()).add(first + k, t.weights()[i]);
                }
            }
        });
    }

    /** The finished index: its files' contents, shards of about {@code shardChars} and chunks of about {@code chunkChars}. */
    public SearchIndex build(int shardChars, int chunkChars) {
        Map<String, Postings> postings = new HashMap<>();
        parts.forEach(postings::putAll);
        String[] tokens = postings.keySet().toArray(new String[0]);
        Arrays.sort(tokens);
        Cuts shards = shardCuts(shardChars);
        StringBuilder line = new StringBuilder();
        for (String token : tokens) {
            line.setLength(0);
            line.append(token).append('\t');
            postings.get(token).appendTo(line);
            shards.add(token, line.append('\n'));
        }
        shards.end();
        Cuts chunks = chunkCuts(chunkChars);
        for (Section s : sections) chunks.add(chunkKey(s), record(s));
        chunks.end();
        return assemble(sections.size(), shards.parts(), shards.firstKeys(), chunks.parts(), chunks.firstItems());
    }

    /** How shards are cut: token lines average a few dozen characters. */
    static Cuts shardCuts(int shardChars) {
        return new Cuts(shardChars, 40);
    }

    /** How chunks are cut: a section's record averages about a thousand characters. */
    static Cuts chunkCuts(int chunkChars) {
        return new Cuts(chunkChars, 1000);
    }

    /** What decides a chunk boundary before a section: its place, not its text, so editing the text leaves cuts alone. */
    static String chunkKey(Section s) {
        return chunkKey(oneLine(s.url()), oneLine(s.heading()));
    }

    /** The same from a record's URL and heading lines. */
    static String chunkKey(String urlLine, String headingLine) {
        return urlLine + '\n' + headingLine;
    }

    /** A section as a chunk holds it: four lines, the text cut to {@link #MAX_SNIPPET_SOURCE}. */
    static String record(Section s) {
        String text = s.text().length() <= MAX_SNIPPET_SOURCE ? s.text() : s.text().substring(0, MAX_SNIPPET_SOURCE);
        return oneLine(s.url()) + '\n' + oneLine(s.pageTitle()) + '\n' + oneLine(s.heading()) + '\n' + oneLine(text) + '\n';
    }

    /** The index from its parts; an empty index still has one (empty) shard and one chunk. */
    static SearchIndex assemble(int sections, List<String> shards, List<String> firstTokens, List<String> chunks, List<Integer> chunkStarts) {
        if (shards.isEmpty()) {
            shards = List.of("");
            firstTokens = List.of("");
        }
        if (chunks.isEmpty()) {
            chunks = List.of("");
            chunkStarts = List.of(0);
        }
        return new SearchIndex(Meta.write(sections, firstTokens, chunkStarts), shards, chunks);
    }

    private static String oneLine(String s) {
        return s.replace('\n', ' ').replace('\r', ' ');
    }

    /**
     * One token's sections, ascending, each with its weight: encoded as they come (section gaps
     * and weights, {@link Codec}'s characters as bytes), since a large site holds tens of millions.
     */
    private static final class Postings {
        byte[] data = new byte[2 * Codec.MAX_DIGITS];
        int size;
        int lastId;

        void add(int id, int weight) {
            if (size + 2 * Codec.MAX_DIGITS > data.length) data = Arrays.copyOf(data, data.length * 2);
            size = Codec.write(data, size, id - lastId);
            size = Codec.write(data, size, weight);
            lastId = id;
        }

        void appendTo(StringBuilder out) {
            for (int i = 0; i < size; i++) out.append((char) data[i]);
        }
    }
}
