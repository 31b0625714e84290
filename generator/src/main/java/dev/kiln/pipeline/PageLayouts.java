package dev.kiln.pipeline;

import dev.kiln.cache.DiskCache;
import dev.kiln.problem.BuildFailedException;
import dev.kiln.problem.Problems;
import dev.kiln.render.TemplateEngine;
import dev.kiln.site.Page;
import dev.kiln.write.SiteOutput;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The render step for one build: each page laid out by its template, or its bytes taken from the
 * server's memo (when the compiled page is the very same object as last time) or from the page
 * store (linked into the output, not copied), as long as nothing else the layout shows ({@code siteKey}) changed. The full report
 * shows every page's body, so it is always laid out.
 */
final class PageLayouts {
    private final TemplateEngine templates;
    private final BuildMemo memo;
    private final PageStore store;
    private final String siteKey;
    private final Function<Page, String> pageKey;
    private final Map<Page, byte[]> previous;
    private final Map<Page, byte[]> next = Collections.synchronizedMap(new IdentityHashMap<>());
    private final AtomicInteger laidOut = new AtomicInteger();

    /** @param pageKey the key each page's compiled body was filed under */
    PageLayouts(TemplateEngine templates, BuildMemo memo, PageStore store, String siteKey, Function<Page, String> pageKey) {
        this.templates = templates;
        this.memo = memo;
        this.store = store;
        this.siteKey = siteKey;
        this.pageKey = pageKey;
        this.previous = siteKey.equals(memo.layoutKey) ? memo.laidOut : Map.of();
    }

    void render(Page page, Supplier<Map<String, Object>> model, SiteOutput out, Problems problems) {
        memo.checkSuperseded();
        String layout = page.info().layout();
        if (layout.equals("report")) {
            laidOut.incrementAndGet();
            SiteBuilder.render(templates, layout, model.get(), page.info().source().displayPath(), out, page.url(), problems);
            return;
        }
        byte[] html = previous.get(page);
        if (html == null) {
            String key = DiskCache.key(siteKey, page.url(), pageKey.apply(page));
            if (fromCache(store.layout(key), page, out)) return;
            html = layOut(page, layout, model, problems);
            if (html == null) return;
            laidOut.incrementAndGet();
            out.write(page.url(), html);
            store.putLayout(key, html, out.fileOf(page.url()));
        } else {
            out.write(page.url(), html);
        }
        if (memo.kept) next.put(page, html);
    }

    /** Puts a cached layout in the output, linked where it can be; false if there is none (or it vanished meanwhile). */
    private boolean fromCache(Path cached, Page page, SiteOutput out) {
        if (cached == null) return false;
        try {
            if (!memo.kept) {
                out.link(cached, page.url());
                return true;
            }
            byte[] html = Files.readAllBytes(cached); // the server's memory site holds bytes, and so does its memo
            out.write(page.url(), html);
            next.put(page, html);
            return true;
        } catch (IOException | java.io.UncheckedIOException e) {
            return false;
        }
    }

    private byte[] layOut(Page page, String layout, Supplier<Map<String, Object>> model, Problems problems) {
        StringWriter html = new StringWriter(32 * 1024);
        try {
            templates.render(layout, model.get(), html, page.info().source().displayPath());
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
