package dev.kiln.pipeline;

import dev.kiln.cache.DiskCache;
import dev.kiln.problem.BuildFailedException;
import dev.kiln.problem.Problems;
import dev.kiln.render.TemplateEngine;
import dev.kiln.site.Page;
import dev.kiln.write.SiteOutput;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The render step for one build: each page laid out by its template, or taken from the page store
 * (linked into the output, not copied) as long as neither its body nor anything else the layout
 * shows ({@code siteKey}) changed. A server without a page store keeps its pages' bytes in the memo
 * instead. The full report shows every page's body: its key is all of theirs.
 */
final class PageLayouts {
    private final TemplateEngine templates;
    private final BuildMemo memo;
    private final PageStore store;
    private final String siteKey;
    private final Function<Page, String> pageKey;
    private final String bodiesKey;
    private final Map<Page, byte[]> previous;
    private final Map<Page, byte[]> next = Collections.synchronizedMap(new IdentityHashMap<>());
    private final AtomicInteger laidOut = new AtomicInteger();
    private static final byte[] LINKED = new byte[0];

    /**
     * @param pageKey   the key each page's compiled body was filed under
     * @param bodiesKey all of those keys at once, for the full report
     */
    PageLayouts(TemplateEngine templates, BuildMemo memo, PageStore store, String siteKey, Function<Page, String> pageKey, String bodiesKey) {
        this.templates = templates;
        this.memo = memo;
        this.store = store;
        this.siteKey = siteKey;
        this.pageKey = pageKey;
        this.bodiesKey = bodiesKey;
        this.previous = siteKey.equals(memo.layoutKey) ? memo.laidOut : Map.of();
    }

    void render(Page page, Supplier<Map<String, Object>> model, SiteOutput out, Problems problems) {
        memo.checkSuperseded();
        String layout = page.info().layout();
        Path source = page.info().source().displayPath();
        if (layout.equals("report")) { // it shows every page's body: its key is theirs, and the memo (one page's body) does not fit it
            String key = DiskCache.key(siteKey, page.url(), bodiesKey);
            if (place(key, null, page.url(), model, source, out, problems) == null) stream(key, layout, page.url(), model, source, out, problems);
            return;
        }
        byte[] html = previous.get(page);
        if (html == null) html = place(DiskCache.key(siteKey, page.url(), pageKey.apply(page)), layout, page.url(), model, source, out, problems);
        else out.write(page.url(), html);
        // a server without a page cache keeps its pages' bytes for the next build; with one, the cache holds them
        if (memo.kept && !store.persistent() && html != null) next.put(page, html);
    }

    /** A page that is no content file's (the 404 page): it shows only what the site key covers. */
    void render(String layout, String url, Supplier<Map<String, Object>> model, Path source, SiteOutput out, Problems problems) {
        place(DiskCache.key(siteKey, url, layout), layout, url, model, source, out, problems);
    }

    /**
     * Puts the page filed under {@code key} at {@code url}, from the cache or else laid out now by
     * {@code layout} (null: not now). Returns its bytes when laid out now, an empty array for a page
     * linked from the cache, and null for one not placed.
     */
    private byte[] place(String key, String layout, String url, Supplier<Map<String, Object>> model, Path source,
            SiteOutput out, Problems problems) {
        Path cached = store.layout(key);
        if (cached != null) {
            out.link(cached, url); // a hard link in an output folder, the path alone in a server's memory
            return LINKED;
        }
        if (layout == null) return null;
        byte[] html = layOut(layout, model, source, problems);
        if (html == null) return null;
        laidOut.incrementAndGet();
        if (memo.kept && store.persistent()) {
            // a server's memory site then holds the cache file's path, not 650 MB of first build
            Path kept = store.putLayout(key, html, null);
            if (kept != null) {
                out.link(kept, url);
                return html;
            }
        }
        out.write(url, html);
        store.putLayout(key, html, out.fileOf(url)); // an output folder's file is linked into the cache
        return html;
    }

    /** Lays a page out straight into its output file (the full report can be most of the site's size), and keeps that file. */
    private void stream(String key, String layout, String url, Supplier<Map<String, Object>> model, Path source, SiteOutput out, Problems problems) {
        Problems own = new Problems();
        SiteBuilder.render(templates, layout, model.get(), source, out, url, own);
        laidOut.incrementAndGet();
        own.sorted().forEach(problems::add);
        Path written = out.fileOf(url);
        if (own.isEmpty() && written != null) store.putLayout(key, null, written);
    }

    private byte[] layOut(String layout, Supplier<Map<String, Object>> model, Path source, Problems problems) {
        StringWriter html = new StringWriter(32 * 1024);
        try {
            templates.render(layout, model.get(), html, source);
        } catch (BuildFailedException e) {
            e.problems().forEach(problems::add);
            return null;
        }
        return html.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Keeps only this build's layouts in the memo, and says how many pages were laid out. */
    int finish() {
        store.layoutsDone();
        memo.layoutKey = siteKey;
        memo.laidOut = next;
        return laidOut.get();
    }
}
