package dev.kiln.pipeline;

import dev.kiln.cache.DiskCache;
import dev.kiln.content.SourceFile;
import dev.kiln.problem.Problems;
import dev.kiln.render.BodyCompiler;
import dev.kiln.render.CompiledPage;
import dev.kiln.site.Page;
import dev.kiln.site.PageInfo;
import dev.kiln.site.SiteIndex;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The parse step for one build: each page taken from the memo (the server's previous build), else
 * from the page store on disk, else compiled. Either kind of reuse needs the page's source and
 * everything its links resolve against ({@code siteKey}) to be unchanged.
 */
final class PageCompiler {
    private final BodyCompiler compiler;
    private final BuildMemo memo;
    private final PageStore store;
    private final SiteIndex index;
    private final String siteKey;
    private final Map<PageInfo, BuildMemo.Compiled> previous;
    private final Map<PageInfo, BuildMemo.Compiled> next = new ConcurrentHashMap<>();
    private final Map<Page, String> keys = Collections.synchronizedMap(new IdentityHashMap<>());
    private final Map<Page, String> compiledKeys = Collections.synchronizedMap(new IdentityHashMap<>());
    private final AtomicInteger compiled = new AtomicInteger();

    PageCompiler(BodyCompiler compiler, BuildMemo memo, PageStore store, SiteIndex index, String siteKey) {
        this.compiler = compiler;
        this.memo = memo;
        this.store = store;
        this.index = index;
        this.siteKey = siteKey;
        // a body gone from the cache under a server's memo makes its pages worth nothing
        this.previous = siteKey.equals(memo.compileKey) && !store.lostBodies() ? memo.compiled : Map.of();
    }

    CompiledPage compile(PageInfo info, Problems problems) {
        memo.checkSuperseded();
        BuildMemo.Compiled hit = previous.get(info);
        if (hit == null) {
            String key = key(info);
            hit = store.compiled(key, info, index);
            if (hit == null) {
                Problems own = new Problems();
                CompiledPage page = compiler.compile(info, own);
                hit = new BuildMemo.Compiled(key, page, own.sorted(), own.warnings());
                store.putCompiled(key, hit);
                // a page with numbers is searched as numbered, under a key of its own (numbered())
                if (hit.problems().isEmpty() && page.refs().isEmpty()) store.putSections(key, page.page());
                compiled.incrementAndGet();
                // The page as the cache holds it, its body on disk, is what the build (and a
                // server's memo) keeps: 10,000 bodies held as strings were 1.2 GB of heap.
                BuildMemo.Compiled kept = store.compiled(key, info, index);
                if (kept != null) hit = kept;
            }
        }
        if (memo.kept) next.put(info, hit);
        keys.put(hit.page().page(), hit.key());
        hit.problems().forEach(problems::add);
        hit.warnings().forEach(problems::warn);
        return hit.page();
    }

    /** Everything one page's compiled body depends on: the site's part, and the page's source. */
    private String key(PageInfo info) {
        SourceFile source = info.source();
        return DiskCache.key(siteKey, source.relativePath(), source.displayPath().toString(), String.valueOf(source.bodyFirstLine()),
                source.frontMatter().toString(), source.bodyDigest());
    }

    /** The key a page compiled by this build was filed under: the layout's key builds on it. */
    String keyOf(Page page) {
        return keys.get(page);
    }

    /**
     * A page whose numbers and references were filled in after compiling: its layout and search
     * sections are filed under a key of its own, made from the compiled page's and what was filled in.
     */
    void numbered(Page compiled, Page filled, String fillKey) {
        String key = keys.get(compiled);
        keys.put(filled, DiskCache.key(key, "numbered", fillKey));
        compiledKeys.put(filled, key);
    }

    /** The cache entries this build's pages use: what each was compiled under, and for a numbered page its own key too. */
    java.util.List<String> liveKeys(java.util.List<Page> pages) {
        java.util.List<String> live = new java.util.ArrayList<>(pages.size());
        for (Page p : pages) {
            live.add(keyOf(p));
            String compiledKey = compiledKeys.get(p);
            if (compiledKey != null) live.add(compiledKey);
        }
        return live;
    }

    /** Keeps only this build's pages in the memo (edited and deleted pages drop out), and says how many were parsed. */
    int finish() {
        // key and pages together, so a build stopped half-way leaves the memo as it was
        memo.compileKey = siteKey;
        memo.compiled = next;
        return compiled.get();
    }
}
