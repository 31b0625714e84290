package dev.kiln.search.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.IntFunction;

/**
 * Brings a built index up to date after some pages changed, reading and rewriting only the
 * shards and chunks the change touches. The result equals, file for file, the index
 * {@link IndexBuilder} would build from scratch: {@link Cuts} places part boundaries by content,
 * so past the edit the new parts fall in step with the old ones and are kept as they are.
 * Section numbers must not move: each changed page keeps its place and its number of sections
 * (the caller builds from scratch otherwise).
 */
public final class IndexUpdate {
    /** A changed page: its sections are numbered from {@code first}, as many after as before. */
    public record Change(int first, List<IndexBuilder.Tokenized> before, List<IndexBuilder.Tokenized> after) {
        public Change {
            if (before.size() != after.size()) throw new IllegalArgumentException("a page that gains or loses sections moves the others");
        }
    }

    /** The index as it was: its meta, and each shard's and chunk's text, read when asked for. */
    public record Old(Meta meta, IntFunction<String> shard, IntFunction<String> chunk) {}

    /** A part of the new index: the old part {@code old} as it was (text null), or new text ({@code old} is -1). */
    public record Part(int old, String text) {}

    /** The new index: its meta file's text, and its shards and chunks in order. */
    public record Updated(String meta, List<Part> shards, List<Part> chunks) {}

    private record Item(String key, String text) {}

    private final Old old;
    /** Each changed token's new entries, by section, within the ranges it is rewritten over. */
    private final Map<String, TreeMap<Integer, Integer>> entries = new HashMap<>();
    /** Each changed token's rewritten ranges of sections, as {first, count}. */
    private final Map<String, List<int[]>> ranges = new HashMap<>();
    /** The changed tokens, by the old shard that holds (or would hold) each. */
    private final Map<Integer, List<String>> byShard = new HashMap<>();
    /** The changed sections' new records, by section number. */
    private final Map<Integer, String> records = new HashMap<>();

    private IndexUpdate(Old old) {
        this.old = old;
    }

    public static Updated apply(Old old, List<Change> changes, int shardChars, int chunkChars) {
        IndexUpdate update = new IndexUpdate(old);
        changes.forEach(update::collect);
        return update.build(shardChars, chunkChars);
    }

    /** Finds which tokens and records a changed page rewrites. */
    private void collect(Change change) {
        int n = change.after().size();
        List<Map<String, Integer>> before = new ArrayList<>(), after = new ArrayList<>();
        TreeSet<String> tokens = new TreeSet<>();
        for (int i = 0; i < n; i++) {
            before.add(weights(change.before().get(i)));
            after.add(weights(change.after().get(i)));
            tokens.addAll(before.get(i).keySet());
            tokens.addAll(after.get(i).keySet());
            String record = IndexBuilder.record(change.after().get(i).section());
            if (!record.equals(IndexBuilder.record(change.before().get(i).section()))) records.put(change.first() + i, record);
        }
        for (String token : tokens) {
            boolean changed = false;
            for (int i = 0; i < n && !changed; i++) changed = !Objects.equals(before.get(i).get(token), after.get(i).get(token));
            if (!changed) continue;
            ranges.computeIfAbsent(token, t -> new ArrayList<>()).add(new int[] {change.first(), n});
            TreeMap<Integer, Integer> mine = entries.computeIfAbsent(token, t -> new TreeMap<>());
            for (int i = 0; i < n; i++) {
                Integer w = after.get(i).get(token);
                if (w != null) mine.put(change.first() + i, w);
            }
        }
    }

    private static Map<String, Integer> weights(IndexBuilder.Tokenized t) {
        Map<String, Integer> w = new HashMap<>();
        for (int i = 0; i < t.tokens().length; i++) w.put(t.tokens()[i], t.weights()[i]);
        return w;
    }

    private Updated build(int shardChars, int chunkChars) {
        Meta meta = old.meta();
        for (String token : ranges.keySet()) byShard.computeIfAbsent(meta.shardOf(token), j -> new ArrayList<>()).add(token);
        TreeSet<Integer> shardsTouched = new TreeSet<>(byShard.keySet());
        TreeSet<Integer> chunksTouched = new TreeSet<>();
        for (int id : records.keySet()) chunksTouched.add(meta.chunkOf(id));

        Cuts shardCuts = IndexBuilder.shardCuts(shardChars);
        Region shards = recut(meta.shards(), shardsTouched, j -> shardItems(j, shardsTouched.contains(j)), shardCuts);
        List<String> firstTokens = new ArrayList<>();
        for (Part p : shards.parts) firstTokens.add(p.old() >= 0 ? meta.firstToken(p.old()) : shardCuts.firstKeys().get(firstTokens.size() - shards.from));

        Cuts chunkCuts = IndexBuilder.chunkCuts(chunkChars);
        Region chunks = recut(meta.chunks(), chunksTouched, j -> chunkItems(j, chunksTouched.contains(j)), chunkCuts);
        int regionStart = chunks.from < meta.chunks() ? meta.chunkStart(chunks.from) : 0;
        List<Integer> chunkStarts = new ArrayList<>();
        for (Part p : chunks.parts) {
            chunkStarts.add(p.old() >= 0 ? meta.chunkStart(p.old()) : regionStart + chunkCuts.firstItems().get(chunkStarts.size() - chunks.from));
        }
        SearchIndex index = IndexBuilder.assemble(meta.sections, texts(shards.parts), firstTokens, texts(chunks.parts), chunkStarts);
        // an index emptied altogether is one empty shard or chunk, not a kept one
        return new Updated(index.meta(), shards.parts.isEmpty() ? List.of(new Part(-1, "")) : shards.parts,
                chunks.parts.isEmpty() ? List.of(new Part(-1, "")) : chunks.parts);
    }

    private static List<String> texts(List<Part> parts) {
        return parts.stream().map(p -> p.text() == null ? "" : p.text()).toList();
    }

    /** The new parts, and where the recut ones begin among them. */
    private record Region(List<Part> parts, int from) {}

    /**
     * Cuts anew from the part before the first one touched (its own start cannot have moved),
     * and keeps the old parts again from the first one, past the last touched, where the new
     * cuts fall in step with the old.
     */
    private static Region recut(int count, TreeSet<Integer> touched, IntFunction<List<Item>> items, Cuts cuts) {
        List<Part> parts = new ArrayList<>();
        if (touched.isEmpty()) {
            for (int j = 0; j < count; j++) parts.add(new Part(j, null));
            return new Region(parts, count);
        }
        int from = Math.max(0, touched.first() - 1);
        for (int j = 0; j < from; j++) parts.add(new Part(j, null));
        for (int j = from; j < count; j++) {
            List<Item> list = items.apply(j);
            if (j > touched.last() && !list.isEmpty() && cuts.startsPart(list.get(0).key())) {
                cuts.end();
                cuts.parts().forEach(t -> parts.add(new Part(-1, t)));
                for (int k = j; k < count; k++) parts.add(new Part(k, null));
                return new Region(parts, from);
            }
            for (Item item : list) cuts.add(item.key(), item.text());
        }
        cuts.end();
        cuts.parts().forEach(t -> parts.add(new Part(-1, t)));
        return new Region(parts, from);
    }

    /** Shard {@code j}'s token lines, with the changed tokens' postings rewritten where {@code touched}. */
    private List<Item> shardItems(int j, boolean touched) {
        TreeMap<String, String> lines = new TreeMap<>();
        for (String line : Split.at(old.shard().apply(j), '\n')) {
            if (!line.isEmpty()) lines.put(line.substring(0, line.indexOf('\t')), line);
        }
        if (touched) {
            for (String token : byShard.get(j)) {
                String line = postings(token, lines.get(token), ranges.get(token), entries.get(token));
                if (line == null) lines.remove(token);
                else lines.put(token, line);
            }
        }
        List<Item> items = new ArrayList<>(lines.size());
        lines.forEach((token, line) -> items.add(new Item(token, line + '\n')));
        return items;
    }

    /** A token's line with the entries inside {@code ranges} replaced by {@code fresh}; null when none are left. */
    private static String postings(String token, String line, List<int[]> ranges, TreeMap<Integer, Integer> fresh) {
        TreeMap<Integer, Integer> all = new TreeMap<>();
        if (line != null) {
            Codec.Reader r = new Codec.Reader(line, line.indexOf('\t') + 1);
            for (int id = 0; r.more(); ) {
                id += r.next();
                int weight = r.next();
                if (!inside(id, ranges)) all.put(id, weight);
            }
        }
        all.putAll(fresh);
        if (all.isEmpty()) return null;
        StringBuilder out = new StringBuilder(token).append('\t');
        int last = 0;
        for (Map.Entry<Integer, Integer> e : all.entrySet()) {
            Codec.write(out, e.getKey() - last);
            Codec.write(out, e.getValue());
            last = e.getKey();
        }
        return out.toString();
    }

    private static boolean inside(int id, List<int[]> ranges) {
        for (int[] r : ranges) if (id >= r[0] && id < r[0] + r[1]) return true;
        return false;
    }

    /** Chunk {@code j}'s section records, the changed ones new where {@code touched}. */
    private List<Item> chunkItems(int j, boolean touched) {
        String[] lines = Split.at(old.chunk().apply(j), '\n');
        int first = old.meta().chunkStart(j);
        List<Item> items = new ArrayList<>();
        for (int at = 0; at + 3 < lines.length; at += 4) {
            String record = touched ? records.get(first + at / 4) : null;
            if (record == null) {
                record = lines[at] + '\n' + lines[at + 1] + '\n' + lines[at + 2] + '\n' + lines[at + 3] + '\n';
                items.add(new Item(IndexBuilder.chunkKey(lines[at], lines[at + 2]), record));
            } else {
                String[] fresh = Split.at(record, '\n');
                items.add(new Item(IndexBuilder.chunkKey(fresh[0], fresh[2]), record));
            }
        }
        return items;
    }
}
