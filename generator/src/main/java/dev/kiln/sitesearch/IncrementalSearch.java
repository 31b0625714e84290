package dev.kiln.sitesearch;

import dev.kiln.js.JsLiteral;
import dev.kiln.search.index.IndexBuilder;
import dev.kiln.search.index.IndexUpdate;
import dev.kiln.search.index.Meta;
import dev.kiln.site.Page;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The last build's search files brought up to date when only some pages' text changed: the
 * edited pages' old and new sections go to {@link IndexUpdate}, and every shard and chunk it
 * keeps is the previous file's bytes (renumbered if it moved). After a one-page edit of a
 * 10,000-page site this reads a few shards instead of every page's tokens.
 */
final class IncrementalSearch {
    private IncrementalSearch() {}

    /**
     * The files, or null when the index must be built afresh: other settings, pages added,
     * removed or reordered, a page whose number of sections changed, many changes, or an earlier
     * page's sections no longer filed.
     */
    static Map<String, SearchFile> update(List<Page> indexed, List<String> keys, SectionCache cache, String base, SearchFiles.Built previous) {
        SearchState was = previous.state();
        if (was == null || !was.base().equals(base) || was.keys().size() != keys.size() || keys.contains(null)) return null;
        List<IndexUpdate.Change> changes = new ArrayList<>();
        int limit = Math.max(16, keys.size() / 8); // beyond an eighth of the pages, building afresh is as quick
        for (int i = 0, first = 0; i < keys.size(); first += was.counts().get(i), i++) {
            if (keys.get(i).equals(was.keys().get(i))) continue;
            List<IndexBuilder.Tokenized> before = cache.filed(was.keys().get(i));
            if (changes.size() >= limit || before == null || before.size() != was.counts().get(i)) return null;
            List<IndexBuilder.Tokenized> after = SearchFiles.sections(indexed.get(i), cache);
            if (after.size() != before.size()) return null;
            changes.add(new IndexUpdate.Change(first, before, after));
        }
        if (changes.isEmpty()) return previous.files();
        Map<String, SearchFile> old = previous.files();
        try {
            Meta meta = Meta.parse(text(old, SearchFiles.DIR + "meta.js"));
            IndexUpdate.Updated updated = IndexUpdate.apply(new IndexUpdate.Old(meta, j -> text(old, SearchFiles.shardPath(j)),
                    j -> text(old, SearchFiles.chunkPath(j))), changes, SearchFiles.SHARD_CHARS, SearchFiles.CHUNK_CHARS);
            int shards = updated.shards().size();
            SearchFile[] parts = new SearchFile[shards + updated.chunks().size()];
            for (int i = 0; i < shards; i++) {
                IndexUpdate.Part p = updated.shards().get(i);
                parts[i] = p.old() < 0 ? SearchFiles.shard(i, p.text()) : renumber(old.get(SearchFiles.shardPath(p.old())), p.old(), i);
            }
            for (int i = 0; i < updated.chunks().size(); i++) {
                IndexUpdate.Part p = updated.chunks().get(i);
                parts[shards + i] = p.old() < 0 ? SearchFiles.chunk(i, p.text()) : renumber(old.get(SearchFiles.chunkPath(p.old())), p.old(), i);
            }
            return SearchFiles.files(SearchFiles.meta(updated.meta()), parts, shards);
        } catch (IllegalArgumentException | NullPointerException | java.io.UncheckedIOException e) {
            return null; // previous files gone, or not as this version writes them: build afresh
        }
    }

    /** The text a search file hands over: its string literal's content. */
    private static String text(Map<String, SearchFile> files, String path) {
        String js = new String(files.get(path).bytes(), StandardCharsets.UTF_8);
        return JsLiteral.unquote(js, js.indexOf('"'));
    }

    /**
     * A kept file under its new number: {@code KilnSearchData.shard(12,"…")} becomes {@code
     * shard(13,"…")}. One that keeps its number is not read (it may be a file in the cache).
     */
    private static SearchFile renumber(SearchFile kept, int was, int n) {
        if (was == n) return kept;
        byte[] file = kept.bytes();
        int open = indexOf(file, (byte) '('), comma = indexOf(file, (byte) ',');
        byte[] number = Integer.toString(n).getBytes(StandardCharsets.US_ASCII);
        byte[] out = Arrays.copyOf(file, open + 1 + number.length + file.length - comma);
        System.arraycopy(number, 0, out, open + 1, number.length);
        System.arraycopy(file, comma, out, open + 1 + number.length, file.length - comma);
        return SearchFile.of(out);
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) if (bytes[i] == b) return i;
        throw new IllegalArgumentException("not a search file");
    }
}
