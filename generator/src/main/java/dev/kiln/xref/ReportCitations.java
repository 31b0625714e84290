package dev.kiln.xref;

import dev.kiln.cache.DiskCache;
import dev.kiln.cite.Bibliography;
import dev.kiln.cite.CiteProc;
import dev.kiln.cite.Citation;
import dev.kiln.render.Lazy;
import dev.kiln.site.Page;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Citations formatted twice: each page as a document of its own (its own numbers and references
 * list), and the full report as one document, whose numeric styles count across every page in
 * reading order and whose references list comes once, at its end. Both are made on first use:
 * a warm build lays out nothing, so it formats nothing.
 */
final class ReportCitations {
    private final Bibliography bibliography;
    private final List<Citation> all = new ArrayList<>();
    private final Set<String> nocite = new LinkedHashSet<>();
    private final Map<Page, Integer> offsets = new IdentityHashMap<>();
    /** The first page in reading order that marks where its references go: the report's list goes there too. */
    private Page marked;
    private final String key;
    private final Lazy<CiteProc.Rendered> rendered;

    ReportCitations(Bibliography bibliography, List<Page> readingOrder, Map<Page, PageRefs> refs) {
        this.bibliography = bibliography;
        StringBuilder key = new StringBuilder(bibliography.digest());
        for (Page page : readingOrder) {
            PageRefs r = refs.get(page);
            if (r != null && r.refsMarker() && marked == null) marked = page;
            if (r == null || !r.cites()) continue;
            offsets.put(page, all.size());
            all.addAll(r.citations());
            nocite.addAll(r.nocite());
            key.append('\0').append(r.citations()).append('\0').append(r.nocite());
        }
        this.key = DiskCache.key(key.toString());
        this.rendered = Lazy.of(() -> linked(bibliography.render(all, List.copyOf(nocite)), all));
    }

    /** A page's citations: formatted on their own for its page, and as part of the whole for the report. */
    FilledBody.Cites cites(Page page, PageRefs refs) {
        if (!refs.cites() && !refs.refsMarker()) return FilledBody.Cites.NONE;
        Supplier<CiteProc.Rendered> own = Lazy.of(() -> linked(bibliography.render(refs.citations(), refs.nocite()), refs.citations()));
        Integer from = offsets.get(page);
        Supplier<List<String>> inReport = from == null ? List::of : () -> report().texts().subList(from, from + refs.citations().size());
        Supplier<String> reportList = page == marked ? this::list : () -> "";
        return new FilledBody.Cites(own, inReport, reportList, refs.cites(), key);
    }

    /** The report's references list for its end, unless a page marked its place. */
    String bibliography() {
        return marked != null ? "" : list();
    }

    private String list() {
        return all.isEmpty() && nocite.isEmpty() ? "" : report().bibliography();
    }

    private CiteProc.Rendered report() {
        return rendered.get();
    }

    /** Each citation's text as a link to its first work's entry in the references list. */
    private static CiteProc.Rendered linked(CiteProc.Rendered r, List<Citation> citations) {
        List<String> texts = new ArrayList<>(r.texts().size());
        for (int i = 0; i < r.texts().size(); i++) {
            String key = citations.get(i).items().get(0).key();
            texts.add("<a class=\"citation\" href=\"#" + CiteProc.anchor(key) + "\">" + r.texts().get(i) + "</a>");
        }
        return new CiteProc.Rendered(List.copyOf(texts), r.bibliography());
    }
}
