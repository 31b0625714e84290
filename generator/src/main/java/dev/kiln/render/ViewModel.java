package dev.kiln.render;

import dev.kiln.config.SiteConfig;
import dev.kiln.render.Views.CardView;
import dev.kiln.render.Views.LinkView;
import dev.kiln.render.Views.NoteView;
import dev.kiln.render.Views.PageView;
import dev.kiln.render.Views.ReportSection;
import dev.kiln.render.Views.SiteView;
import dev.kiln.site.NavItem;
import dev.kiln.site.Page;
import dev.kiln.xref.Listings;
import dev.kiln.site.SiteModel;
import dev.kiln.site.TocEntry;
import freemarker.template.TemplateSequenceModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the data model each layout receives: {@code site}, {@code page}, {@code nav},
 * {@code pages} (cards for the home page), {@code report} (sections of the full report),
 * {@code root} (the relative path back to the site root, for assets and links), {@code ui} (the
 * reader-facing words in the site's language) and {@code uiScript} (those the scripts need, as JSON).
 */
public final class ViewModel {
    private final SiteConfig config;
    private final SiteModel site;
    private final Listings listings;
    private final SiteView siteView;
    private final List<CardView> cards;
    private final List<NoteView> notes;
    private final TemplateSequenceModel nav;
    /** The UI strings the theme's scripts show, as JSON: the demo widget's only on pages with a demo. */
    private final String scriptStrings;
    private final String scriptStringsWithDemo;

    /** @param listings the full report's lists of figures and tables */
    public ViewModel(SiteConfig config, SiteModel site, Listings listings, String generator) {
        this.config = config;
        this.site = site;
        this.listings = listings;
        String reportUrl = site.report().map(Page::url).orElse("");
        this.siteView = new SiteView(config.title(), config.description(), config.language(), config.author(),
                config.baseUrl(), config.params(), reportUrl, generator, config.paper(), config.citations().date());
        this.nav = Lazy.sequence(() -> NavModels.of(site.nav()));
        this.scriptStrings = config.ui().json(SCRIPT_KEYS);
        this.scriptStringsWithDemo = config.ui().json(concat(SCRIPT_KEYS, "demo"));
        this.notes = Lazy.list(() -> site.readingOrder().stream()
                .flatMap(p -> p.notes().stream().map(n -> new NoteView(n.title().isEmpty() ? config.ui().get("admonitionEditor") : n.title(),
                        p.url() + "#" + n.id(), p.title())))
                .toList());
        this.cards = Lazy.list(() -> site.readingOrder().stream().filter(p -> !p.info().isHome())
                .map(p -> new CardView(p.title(), p.description(), p.url(), TocEntry.of(p.headings(), 1))).toList());
    }

    private static final String[] SCRIPT_KEYS = {"copy", "copied", "darkMode", "lightMode", "openNav", "closeNav", "search", "previewGoTo"};

    private static String[] concat(String[] a, String b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + 1);
        out[a.length] = b;
        return out;
    }

    public Map<String, Object> forPage(Page page) {
        List<LinkView> crumbs = new ArrayList<>();
        site.home().filter(home -> home != page).ifPresent(home -> crumbs.add(new LinkView(home.title(), home.url())));
        for (NavItem folder : site.ancestors(page)) crumbs.add(new LinkView(folder.title(), folder.url()));
        PageView view = new PageView(page.title(), page.description(), page.url(), page.info().layout(), page.bodyHtml(),
                TocEntry.of(page.headings(), 2), page.info().source().frontMatter().keywords(),
                page.info().source().frontMatter().yaml().values(), List.copyOf(crumbs),
                site.previous(page).map(ViewModel::link).orElse(null), site.next(page).map(ViewModel::link).orElse(null),
                canonical(page.url()), page.info().isHome(), page.info().source().relativePath(),
                page.math() || report(page) && site.readingOrder().stream().anyMatch(Page::math),
                page.mermaid() || report(page) && site.readingOrder().stream().anyMatch(Page::mermaid),
                page.demo() || report(page) && site.readingOrder().stream().anyMatch(Page::demo));
        Map<String, Object> model = base(view, page.info().root());
        if (page.info().layout().equals("report")) {
            model.put("report", reportSections());
            model.put("figures", listings.figures());
            model.put("tables", listings.tables());
            model.put("references", listings.references().get());
        }
        return model;
    }

    /** The full report shows every page in reading order, so it needs what any of them needs. */
    private static boolean report(Page page) {
        return page.info().layout().equals("report");
    }

    /**
     * The 404 page, served by hosts at any depth: its links are absolute when base-url is set.
     * Without it they are relative, which is right from disk and at the root; deeper, an inline
     * script finds the root and sets {@code <base>} before anything loads.
     */
    public Map<String, Object> forNotFound() {
        PageView view = new PageView(config.ui().get("notFoundTitle"), "", "404.html", "404", "", List.of(), List.of(), Map.of(), List.of(),
                null, null, "", false, "", false, false, false);
        if (config.hasBaseUrl()) return base(view, config.baseUrl());
        Map<String, Object> model = base(view, "");
        model.put("inlineScript", Map.of("source", InlineScript.FIND_ROOT.source(), "hash", InlineScript.FIND_ROOT.hash()));
        return model;
    }

    private Map<String, Object> base(PageView view, String root) {
        Map<String, Object> model = new HashMap<>();
        model.put("site", siteView);
        model.put("page", view);
        model.put("nav", nav);
        model.put("pages", cards);
        model.put("notes", notes);
        model.put("root", root);
        model.put("report", List.of());
        model.put("figures", List.of());
        model.put("tables", List.of());
        model.put("references", "");
        model.put("ui", config.ui().asMap());
        model.put("uiScript", view.demo() ? scriptStringsWithDemo : scriptStrings);
        return model;
    }

    private List<ReportSection> reportSections() {
        return site.readingOrder().stream()
                .map(p -> new ReportSection(p.title(), Page.reportAnchor(p.info()), p.reportHtml(),
                        TocEntry.of(p.headings(), 1).stream()
                                .map(e -> new TocEntry(e.text(), Page.reportHeadingId(p.info(), e.id()), e.level(), List.of()))
                                .toList(), p.info().isHome()))
                .toList();
    }

    private String canonical(String url) {
        if (!config.hasBaseUrl()) return "";
        return config.baseUrl() + (url.equals("index.html") ? "" : url);
    }

    private static LinkView link(Page page) {
        return new LinkView(page.title(), page.url());
    }
}
