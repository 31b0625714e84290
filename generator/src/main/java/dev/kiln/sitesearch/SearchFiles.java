package dev.kiln.sitesearch;

import dev.kiln.search.index.IndexBuilder;
import dev.kiln.search.index.SearchIndex;
import dev.kiln.search.text.JvmFolding;
import dev.kiln.search.text.Tokenizer;
import dev.kiln.js.JsLiteral;
import dev.kiln.site.Page;
import dev.kiln.site.SiteModel;
import dev.kiln.write.ClasspathFiles;
import dev.kiln.write.SiteOutput;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Writes a site's search: the query engine (the search module's TeaVM build) and the index, all
 * under {@code assets/search/} as scripts that hand their text to {@code KilnSearchData}, because
 * a page opened from disk may load scripts but not fetch files.
 */
public final class SearchFiles {
    public static final String DIR = "assets/search/";
    /**
     * About 32,000 characters of postings a shard (10–20 KB gzip), so the first query on a
     * 10,000-page site loads a few shards, not the index; the article's index is two or three.
     */
    static final int SHARD_CHARS = 32_000;
    /** About 6,000 characters of result text a chunk: ten results touch up to ten chunks, so small ones keep a query light (bench/search). */
    static final int CHUNK_CHARS = 6_000;
    /** Pages read and tokenized together: enough to keep every core busy, few enough to hold. */
    private static final int BATCH = 64;
    private static final Tokenizer TOKENIZER = new Tokenizer(JvmFolding.INSTANCE);
    private static final String EXPORTS = "{open:open,missingShards:missingShards,addShard:addShard,search:search,"
            + "missingChunks:missingChunks,addChunk:addChunk,result:result,warm:warm,words:words}";

    private SearchFiles() {}

    /** A search's files, by path under the site root in a stable order, and what they were made from. */
    public record Built(Map<String, SearchFile> files, SearchState state) {}

    /** Indexes every page but the full report (its text is the pages' own) and writes the files; how many. */
    public static int write(SiteModel site, SiteOutput out) {
        Map<String, SearchFile> files = build(site, SectionCache.NONE, p -> null, "", null).files();
        files.forEach((path, file) -> out.write(path, file.bytes()));
        return files.size();
    }

    /**
     * The search's files: {@code previous} brought up to date where only some pages' text changed
     * ({@link IncrementalSearch}), else built from every page.
     *
     * @param keyOf each page's compiled key, which its tokenized sections are filed under
     * @param base  everything else the index depends on (settings, Kiln's version)
     */
    public static Built build(SiteModel site, SectionCache cache, Function<Page, String> keyOf, String base, Built previous) {
        List<Page> indexed = indexed(site);
        List<String> keys = indexed.stream().map(keyOf).toList();
        Map<String, SearchFile> updated = previous == null ? null : IncrementalSearch.update(indexed, keys, cache, base, previous);
        if (updated != null) return new Built(updated, new SearchState(base, keys, previous.state().counts()));
        List<Integer> counts = new ArrayList<>();
        SearchIndex index = index(indexed, cache, counts);
        int shards = index.shards().size();
        SearchFile[] parts = new SearchFile[shards + index.chunks().size()];
        // a large site has thousands of chunks: they are quoted on every core
        java.util.stream.IntStream.range(0, parts.length).parallel().forEach(i -> parts[i] = i < shards
                ? shard(i, index.shards().get(i)) : chunk(i - shards, index.chunks().get(i - shards)));
        return new Built(files(meta(index.meta()), parts, shards), new SearchState(base, keys, counts));
    }

    /** The files in their order: the engine, the meta file, the shards, the chunks. */
    static Map<String, SearchFile> files(SearchFile meta, SearchFile[] parts, int shards) {
        Map<String, SearchFile> files = new LinkedHashMap<>();
        files.put(DIR + "engine.js", SearchFile.of(Engine.JS));
        files.put(DIR + "meta.js", meta);
        for (int i = 0; i < parts.length; i++) files.put(i < shards ? shardPath(i) : chunkPath(i - shards), parts[i]);
        return files;
    }

    static String shardPath(int i) {
        return DIR + "s" + i + ".js";
    }

    static String chunkPath(int i) {
        return DIR + "c" + i + ".js";
    }

    static SearchFile meta(String text) {
        return SearchFile.of(call("meta", -1, text).getBytes(StandardCharsets.UTF_8));
    }

    static SearchFile shard(int i, String text) {
        return SearchFile.of(call("shard", i, text).getBytes(StandardCharsets.UTF_8));
    }

    static SearchFile chunk(int i, String text) {
        return SearchFile.of(call("chunk", i, text).getBytes(StandardCharsets.UTF_8));
    }

    /** Reading order first, then pages outside it; not the full report, whose text is the pages' own. */
    static List<Page> indexed(SiteModel site) {
        // identity, since hashing a page hashes its whole body
        Set<Page> pages = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        List<Page> ordered = new ArrayList<>();
        for (Page p : site.readingOrder()) if (pages.add(p)) ordered.add(p);
        for (Page p : site.pages()) if (pages.add(p)) ordered.add(p);
        return ordered.stream().filter(SearchFiles::indexes).toList();
    }

    static SearchIndex index(SiteModel site) {
        return index(indexed(site), SectionCache.NONE, new ArrayList<>());
    }

    /** The index of {@code indexed}; each page's number of sections is added to {@code counts}. */
    private static SearchIndex index(List<Page> indexed, SectionCache cache, List<Integer> counts) {
        IndexBuilder builder = new IndexBuilder(TOKENIZER);
        // reading and tokenizing run on every core, a batch of pages at a time, so a large site's
        // tokens are never all held at once; the index takes the sections in reading order
        for (int from = 0; from < indexed.size(); from += BATCH) {
            List<List<IndexBuilder.Tokenized>> batch = indexed.subList(from, Math.min(indexed.size(), from + BATCH)).parallelStream()
                    .map(page -> sections(page, cache)).toList();
            batch.forEach(page -> counts.add(page.size()));
            builder.addAll(batch.stream().flatMap(List::stream).toList());
        }
        return builder.build(SHARD_CHARS, CHUNK_CHARS);
    }

    /** A page's tokenized sections, from the cache where it has them. */
    static List<IndexBuilder.Tokenized> sections(Page page, SectionCache cache) {
        return cache.get(page, () -> tokenized(page));
    }

    /** A page's sections, tokenized; null for a page the search does not index (the full report). */
    public static List<IndexBuilder.Tokenized> tokenized(Page page) {
        if (!indexes(page)) return null;
        return PageSections.of(page).stream().map(TOKENIZING::tokenize).toList();
    }

    /** Whether the search indexes {@code page}: every page but the full report, whose text is the pages' own. */
    private static boolean indexes(Page page) {
        return !page.info().layout().equals("report");
    }

    /** Tokenizes for any index: tokenizing reads only the tokenizer. */
    private static final IndexBuilder TOKENIZING = new IndexBuilder(TOKENIZER);

    private static String call(String function, int n, String text) {
        StringBuilder out = new StringBuilder("KilnSearchData.").append(function).append('(');
        if (n >= 0) out.append(n).append(',');
        return JsLiteral.quote(out, text).append(");\n").toString();
    }

    /** The engine, wrapped once per run: TeaVM's plain-script output declares globals, which the wrapper keeps private. */
    private static final class Engine {
        static final byte[] JS = ("self.KilnSearchEngine=(function(){"
                + new String(ClasspathFiles.read("kiln/search/kiln-search-engine.js"), StandardCharsets.UTF_8)
                + "\n;return " + EXPORTS + ";})();\n").getBytes(StandardCharsets.UTF_8);
    }
}
