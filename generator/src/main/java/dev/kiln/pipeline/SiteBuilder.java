package dev.kiln.pipeline;

import dev.kiln.cache.CacheLock;
import dev.kiln.cache.CodeVersion;
import dev.kiln.cache.DiskCache;
import dev.kiln.config.RawHtml;
import dev.kiln.config.SiteConfig;
import dev.kiln.config.SiteConfigLoader;
import dev.kiln.content.ContentLoader;
import dev.kiln.content.ContentSet;
import dev.kiln.demoblock.DemoRenderer;
import dev.kiln.diagram.DiagramRenderer;
import dev.kiln.highlight.CodeHighlighter;
import dev.kiln.markdown.MarkdownEngine;
import dev.kiln.math.KatexRenderer;
import dev.kiln.problem.BuildFailedException;
import dev.kiln.problem.Problem;
import dev.kiln.problem.Problems;
import dev.kiln.render.AnchorCheck;
import dev.kiln.render.BodyCompiler;
import dev.kiln.render.CompiledPage;
import dev.kiln.xref.Numbering;
import dev.kiln.cite.Bibliography;
import dev.kiln.render.TemplateEngine;
import dev.kiln.render.ViewModel;
import dev.kiln.site.Page;
import dev.kiln.site.PageInfo;
import dev.kiln.site.ReservedPaths;
import dev.kiln.site.SiteIndex;
import dev.kiln.site.SiteModel;
import dev.kiln.theme.Theme;
import dev.kiln.write.DemoAssets;
import dev.kiln.write.KatexAssets;
import dev.kiln.write.MermaidAssets;
import dev.kiln.write.OutputDir;
import dev.kiln.write.SiteOutput;
import dev.kiln.write.ScriptParts;
import dev.kiln.write.SiteFiles;
import dev.kiln.sitesearch.SearchFile;
import dev.kiln.sitesearch.SearchFiles;
import java.io.IOException;
import java.io.Writer;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One build, as a flat sequence of steps: config, load, templates, index, parse, links, render,
 * files, commit. Every step reports problems instead of stopping at the first, and nothing
 * reaches the output folder unless all steps succeed.
 */
public final class SiteBuilder {
    public static final String GENERATOR = "Kiln";

    /** One engine per raw-HTML policy and UI language, built when a site first asks for it (serve keeps them across rebuilds). */
    private final Map<String, MarkdownEngine> engines = new java.util.HashMap<>();

    private synchronized MarkdownEngine markdown(RawHtml policy, dev.kiln.i18n.UiStrings ui) {
        return engines.computeIfAbsent(policy + "\0" + ui, k -> new MarkdownEngine(policy, ui));
    }

    /**
     * Builds the site into its output folder.
     *
     * @throws BuildFailedException with every problem found; the output folder is then untouched
     */
    public BuildResult build(BuildOptions options) {
        BuildMemo memo = BuildMemo.once();
        long preparing = System.nanoTime();
        try (OutputDir out = OutputDir.prepare(options.out(), kept(options))) {
            long prepared = System.nanoTime() - preparing;
            BuildResult result = build(options, memo, out);
            result.timings().add("output check", prepared);
            result.timings().time("swap", out::commit);
            if (out.warnings().isEmpty()) return result;
            List<Problem> warnings = new ArrayList<>(result.warnings());
            out.warnings().forEach(w -> warnings.add(Problem.inFile(options.out(), w, "")));
            return new BuildResult(result.out(), result.pages(), result.files(), result.formulasRendered(), result.parsed(), result.laidOut(), warnings, result.timings(), result.notes(),
                    result.report());
        } finally {
            memo.close();
        }
    }

    /**
     * Builds the site into {@code out}, reusing what {@code memo} and the page store kept from
     * earlier builds. The caller publishes {@code out} only when this returns.
     *
     * @throws BuildFailedException with every problem found
     */
    public BuildResult build(BuildOptions options, BuildMemo memo, SiteOutput out) {
        try (CacheLock lock = CacheLock.hold(options.cache(), () -> System.err.println("waiting for another Kiln build that is using the cache folder "
                + options.cache() + " to finish"))) {
            PageStore store = memo.store(options.cache());
            store.startBuild();
            try {
                return steps(options, memo, out);
            } finally {
                store.endBuild(); // what it compiled is kept even if the build fails: the next one needs it too
            }
        }
    }

    private BuildResult steps(BuildOptions options, BuildMemo memo, SiteOutput out) {
        long started = System.nanoTime();
        Timings timings = new Timings();
        Problems problems = new Problems();

        SiteConfig config = timings.time("config", () -> loadConfig(options));
        Bibliography bibliography = timings.time("bibliography", () -> Bibliography.load(options.content(), config.citations().bibliography(),
                config.citations().style(), config.language(), problems));
        problems.throwIfAny(); // a .bib file that cannot be read, rather than every citation of it
        Theme theme = Theme.of(options.templates());
        TemplateEngine templates = memo.templates(theme);
        PageStore store = memo.store(options.cache());
        ContentSet content = timings.time("load", () -> ContentLoader.load(options.content(), problems, memo.loaded(), options.cache()));
        timings.time("templates", () -> checkTemplates(templates, DiskCache.key("syntax", CodeVersion.fingerprint(), memo.templatesKey), store, problems));
        SiteIndex index = timings.time("index", () -> SiteIndex.build(content, options.drafts(), templates::hasLayout, problems));
        Set<String> themeAssets = theme.files("assets"); // one walk of both layers serves the check and the copy
        ReservedPaths.check(index, options.content(), ScriptParts.published(themeAssets), problems);

        out.checked(); // before the costly steps: a folder that cannot be replaced fails the build now
        PageInfo reportPage = index.pages().stream().filter(p -> p.layout().equals("report")).findFirst().orElse(null);
        Renderers renderers = memo.renderers(config, options.cache());
        List<CompiledPage> compiled;
        int formulas;
        int parsed;
        PageCompiler compiling;
        try {
            BodyCompiler compiler = new BodyCompiler(() -> markdown(config.rawHtml(), config.ui()), index, reportPage, renderers.katex(), renderers.highlighter(),
                    renderers.diagrams(), renderers.demos(), options.lenientMath(), config.lineNumbers(),
                    config.numbering().allFormulas(), bibliography.present() ? bibliography::keys : null);
            compiling = new PageCompiler(compiler, memo, store, index, timings.time("keys", () -> compileKey(config, options, index, bibliography)));
            int before = renderers.katex().renderedCount();
            compiled = timings.time("parse", () -> index.pages().parallelStream().map(p -> compiling.compile(p, problems)).toList());
            formulas = renderers.katex().renderedCount() - before;
            parsed = compiling.finish();
        } finally {
            memo.parsed();
        }
        timings.time("links", () -> AnchorCheck.check(compiled, problems));
        // numbered even when pages have problems, so an unknown label is reported with the rest
        Numbering.Result numbered = timings.time("numbers", () -> Numbering.apply(compiled,
                () -> new SiteModel(compiled.stream().map(CompiledPage::page).toList()).readingOrder(), config.numbering().perSection(), config.ui(),
                bibliography, problems, compiling::numbered));
        problems.throwIfAny();

        SiteModel site = timings.time("model", () -> new SiteModel(numbered.pages().stream().map(CompiledPage::page).toList()));
        ViewModel views = timings.time("model", () -> new ViewModel(config, site, numbered.listings(), GENERATOR));
        AtomicInteger files = new AtomicInteger();
        PageLayouts layouts = new PageLayouts(templates, memo, store, timings.time("keys", () -> layoutKey(config, memo.templatesKey, site)),
                compiling::keyOf, DiskCache.key(site.pages().stream().map(compiling::keyOf).toArray(String[]::new)));
        timings.time("render", () -> {
            site.pages().parallelStream().forEach(page -> layouts.render(page, () -> views.forPage(page), out, problems));
            if (templates.hasLayout("404")) layouts.render("404", "404.html", views::forNotFound, theme.displayPath("404.ftlh"), out, problems);
        });
        int laidOut = layouts.finish();
        timings.time("files", () -> {
            // the sitemap protocol wants absolute URLs: without base-url there is no valid sitemap to write
            if (config.hasBaseUrl()) out.write("sitemap.xml", SiteFiles.sitemap(config, site.readingOrder()));
            out.write("robots.txt", SiteFiles.robots(config));
            for (String asset : themeAssets) if (ScriptParts.scriptOf(asset) == null) out.copy(theme.find(asset), asset);
            ScriptParts.groups(themeAssets).forEach((script, parts) -> out.write(script, ScriptParts.join(script, parts, theme::find)));
            files.addAndGet(ScriptParts.published(themeAssets).size());
            for (String asset : content.assets()) out.copy(options.content().resolve(asset), asset);
            if (site.pages().stream().anyMatch(Page::math)) files.addAndGet(KatexAssets.write(out));
            if (site.pages().stream().anyMatch(Page::mermaid)) files.addAndGet(MermaidAssets.write(out));
            if (site.pages().stream().anyMatch(Page::demo)) files.addAndGet(DemoAssets.write(out));
        });
        timings.time("search", () -> {
            Map<String, SearchFile> search = store.search(searchKey(config, site, compiling), previous -> SearchFiles.build(site,
                    store.sections(compiling::keyOf), compiling::keyOf, searchBase(config), previous)).files();
            search.forEach((path, file) -> {
                if (file.file() != null) out.link(file.file(), path); // a cache file, never changed once made
                else out.write(path, file.bytes());
            });
            files.addAndGet(search.size());
        });
        problems.throwIfAny();
        // pruning the cache may take a quarter as long as the build took so far (at least 0.1 s); the next build goes on with it
        long pruneUntil = System.nanoTime() + Math.max(100_000_000L, (System.nanoTime() - started) / 4);
        timings.time("prune", () -> store.finishBuild(compiling.liveKeys(site.pages()), memo.fragmentDirs(options.cache()), pruneUntil));
        memo.lastCompiled = parsed;
        memo.lastLaidOut = laidOut;
        List<String> notes = config.hasBaseUrl() ? List.of()
                : List.of("sitemap.xml and canonical links are left out until base-url is set (in site.yaml, or --base-url): they need absolute URLs");
        int pages = site.pages().size();
        files.addAndGet(pages + content.assets().size() + (config.hasBaseUrl() ? 3 : 2));
        return new BuildResult(options.out(), pages, files.get(), formulas, parsed, laidOut, problems.warnings(), timings, notes,
                reportPage == null ? null : reportPage.url());
    }

    /** Parses every template, unless these very templates (their fingerprint, {@code key}) parsed cleanly before. */
    private static void checkTemplates(TemplateEngine templates, String key, PageStore store, Problems problems) {
        if (store.passed(key)) return;
        Problems found = new Problems();
        templates.checkSyntax(found);
        found.sorted().forEach(problems::add);
        if (found.isEmpty()) store.pass(key);
    }

    /** What the author keeps, which the output folder may not be, hold or lie inside. */
    static Map<String, Path> kept(BuildOptions options) {
        Map<String, Path> kept = new LinkedHashMap<>();
        kept.put("content folder", options.content());
        kept.put("templates folder", options.templates());
        kept.put("settings file", options.config());
        kept.put("cache folder", options.cache());
        return kept;
    }

    /** Everything a page's body depends on besides its own source: settings and the set of pages and their URLs. */
    private static String compileKey(SiteConfig config, BuildOptions options, SiteIndex index, Bibliography bibliography) {
        StringBuilder key = new StringBuilder(CodeVersion.fingerprint()).append('\0').append(config).append('\0').append(options.lenientMath())
                .append('\0').append(bibliography.digest());
        for (PageInfo p : index.pages()) key.append('\0').append(p.source().relativePath()).append('>').append(p.url()).append(':').append(p.layout());
        index.assets().stream().sorted().forEach(a -> key.append('\0').append(a));
        return DiskCache.key(key.toString());
    }

    /** What the search index depends on besides the pages: the settings, and Kiln itself. */
    private static String searchBase(SiteConfig config) {
        return DiskCache.key("search", CodeVersion.fingerprint(), config.toString());
    }

    /** Everything the search index is made from: its base, each page's compiled body (its key), URL and place in the reading order. */
    private static String searchKey(SiteConfig config, SiteModel site, PageCompiler compiled) {
        StringBuilder key = new StringBuilder("search\0").append(searchBase(config));
        for (Page p : site.pages()) key.append('\0').append(p.url()).append('|').append(compiled.keyOf(p));
        key.append("\0order");
        for (Page p : site.readingOrder()) key.append('\0').append(p.url());
        return DiskCache.key(key.toString());
    }

    /** Everything a page's layout shows of the rest of the site, and the templates themselves (their fingerprint). */
    private static String layoutKey(SiteConfig config, String templates, SiteModel site) {
        // each page's part hashed on its own, on every core: as one string, 10,000 pages' headings
        // were megabytes built and hashed on one thread, a sixth of a server's rebuild
        List<Page> pages = site.pages();
        String[] parts = new String[pages.size() + 3];
        parts[0] = CodeVersion.fingerprint();
        parts[1] = config.toString();
        parts[2] = templates;
        java.util.stream.IntStream.range(0, pages.size()).parallel().forEach(i -> parts[i + 3] = layoutPart(pages.get(i)));
        return DiskCache.key(parts);
    }

    /** What the layouts of every page show of {@code p}: where it is, its title and description, its headings and notes. */
    private static String layoutPart(Page p) {
        StringBuilder part = new StringBuilder(256).append(p.url()).append('\0').append(p.title()).append('\0').append(p.description())
                .append('\0').append(p.info().inReadingOrder()).append('\0').append(p.features());
        for (dev.kiln.markdown.HeadingRef h : p.headings()) part.append("\0h").append(h.level()).append(' ').append(h.id()).append(' ').append(h.text());
        for (dev.kiln.markdown.NoteRef n : p.notes()) part.append("\0n").append(n.id()).append(' ').append(n.title());
        return DiskCache.key(part.toString());
    }

    private static SiteConfig loadConfig(BuildOptions options) {
        SiteConfig config = SiteConfigLoader.load(options.config());
        if (options.baseUrl() == null) return config;
        SiteConfig withUrl = config.withBaseUrl(options.baseUrl());
        if (!withUrl.baseUrl().isEmpty() && !SiteConfigLoader.isAbsoluteHttpUrl(withUrl.baseUrl())) {
            throw new BuildFailedException(Problem.inFile(Path.of("--base-url"), "base-url must be an absolute http(s) URL, got `"
                    + options.baseUrl() + "`", "for example `--base-url https://example.org/docs/`"));
        }
        return withUrl;
    }

    static void render(TemplateEngine templates, String layout, Map<String, Object> model, Path source,
            SiteOutput out, String url, Problems problems) {
        try (Writer html = out.writer(url)) {
            templates.render(layout, model, html, source);
        } catch (BuildFailedException e) {
            e.problems().forEach(problems::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
