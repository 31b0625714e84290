package dev.kiln.pipeline;

import dev.kiln.problem.BuildFailedException;
import dev.kiln.problem.Problems;
import dev.kiln.render.TemplateEngine;
import dev.kiln.site.Page;
import dev.kiln.write.SiteOutput;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The render step for one build: each page laid out by its template, or its bytes taken from the
 * memo when the compiled page is the very same object as last time and nothing else the layout
 * shows ({@code key}) changed. The full report shows every page's body, so it is always laid out.
 */
final class PageLayouts {
    private final TemplateEngine templates;
    private final BuildMemo memo;
    private final String key;
    private final Map<Page, byte[]> previous;
    private final Map<Page, byte[]> next = Collections.synchronizedMap(new IdentityHashMap<>());
    private final AtomicInteger laidOut = new AtomicInteger();

    PageLayouts(TemplateEngine templates, BuildMemo memo, String key) {
        this.templates = templates;
        this.memo = memo;
        this.previous = memo != null && key.equals(memo.layoutKey) ? memo.laidOut : Map.of();
        this.key = key;
    }

    void render(Page page, Supplier<Map<String, Object>> model, SiteOutput out, Problems problems) {
        if (memo != null) memo.checkSuperseded();
        String layout = page.info().layout();
        boolean memoized = memo != null && !layout.equals("report");
        byte[] hit = memoized ? previous.get(page) : null;
        if (hit != null) {
            next.put(page, hit);
            out.write(page.url(), hit);
            return;
        }
        laidOut.incrementAndGet();
        if (!memoized) {
            SiteBuilder.render(templates, layout, model.get(), page.info().source().displayPath(), out, page.url(), problems);
            return;
        }
        StringWriter html = new StringWriter(32 * 1024);
        try {
            templates.render(layout, model.get(), html, page.info().source().displayPath());
        } catch (BuildFailedException e) {
            e.problems().forEach(problems::add);
            return;
        }
        byte[] bytes = html.toString().getBytes(StandardCharsets.UTF_8);
        next.put(page, bytes);
        out.write(page.url(), bytes);
    }

    /** Keeps only this build's layouts in the memo, and says how many pages were laid out. */
    int finish() {
        if (memo != null) {
            memo.layoutKey = key;
            memo.laidOut = next;
        }
        return laidOut.get();
    }
}
