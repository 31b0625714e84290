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

    /** Indexes every page but the full report (its text is the pages' own) and writes the files; how many. */
    public static int write(SiteModel site, SiteOutput out) {
        Map<String, byte[]> files = files(site, SectionCache.NONE);
        files.forEach(out::write);
        return files.size();
    }

    /** The search's files, by path under the site root, in a stable order. */
    public static Map<String, byte[]> files(SiteModel site, SectionCache cache) {
        SearchIndex index = index(site, cache);
        int shards = index.shards().size();
        byte[][] parts = new byte[shards + index.chunks().size()][];
        // a large site has thousands of chunks: they are quoted on every core
        java.util.stream.IntStream.range(0, parts.length).parallel().forEach(i -> parts[i] = (i < shards
                ? call("shard", i, index.shards().get(i)) : call("chunk", i - shards, index.chunks().get(i - shards))).getBytes(StandardCharsets.UTF_8));
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(DIR + "engine.js", Engine.JS);
        files.put(DIR + "meta.js", call("meta", -1, index.meta()).getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < parts.length; i++) files.put(DIR + (i < shards ? "s" + i : "c" + (i - shards)) + ".js", parts[i]);
        return files;
    }

    static SearchIndex index(SiteModel site) {
        return index(site, SectionCache.NONE);
    }

    static SearchIndex index(SiteModel site, SectionCache cache) {
        // reading order first, then pages outside it; identity, since hashing a page hashes its whole body
        Set<Page> pages = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        List<Page> ordered = new ArrayList<>();
        for (Page p : site.readingOrder()) if (pages.add(p)) ordered.add(p);
        for (Page p : site.pages()) if (pages.add(p)) ordered.add(p);
        List<Page> indexed = ordered.stream().filter(page -> !page.info().layout().equals("report")).toList();
        IndexBuilder builder = new IndexBuilder(TOKENIZER);
        // reading and tokenizing run on every core, a batch of pages at a time, so a large site's
        // tokens are never all held at once; the index takes the sections in reading order
        for (int from = 0; from < indexed.size(); from += BATCH) {
            builder.addAll(indexed.subList(from, Math.min(indexed.size(), from + BATCH)).parallelStream()
                    .flatMap(page -> cache.get(page, () -> PageSections.of(page).stream().map(builder::tokenize).toList()).stream()).toList());
        }
        return builder.build(SHARD_CHARS, CHUNK_CHARS);
    }

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
