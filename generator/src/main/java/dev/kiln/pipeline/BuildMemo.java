package dev.kiln.pipeline;

import dev.kiln.cache.DiskCache;
import dev.kiln.content.LoadedFiles;
import dev.kiln.problem.Problem;
import dev.kiln.render.CompiledPage;
import dev.kiln.site.Page;
import dev.kiln.site.PageInfo;
import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a build may take from earlier builds. Every build has one: {@code kiln build} a fresh one
 * for its single build, {@code kiln serve} one it keeps, so that a served rebuild runs the very
 * same steps as {@code kiln build} (which is why a served site equals a clean build, byte for
 * byte). What it reuses:
 * <ul>
 *   <li>a page whose source is unchanged is not parsed again, as long as the set of pages and
 *       their URLs (everything its links resolve against), the settings and Kiln itself are the
 *       same: found in memory when the server built it, else on disk ({@link PageStore});</li>
 *   <li>a page whose compiled body is unchanged is not laid out again, as long as nothing the
 *       layouts show of other pages (titles, URLs, descriptions, section headings), the settings
 *       and the templates are the same;</li>
 *   <li>while the server runs, files whose modification time and size are unchanged are not read
 *       again, and the renderers (formulas, diagrams, highlighting, demo runs) stay warm.</li>
 * </ul>
 * Every reused result brings back the warnings it was found with, and in memory its problems.
 */
public final class BuildMemo {
    /**
     * A page compiled by an earlier build, with what compiling it reported.
     *
     * @param key the hash of everything that made it, which the page store files it under
     */
    record Compiled(String key, CompiledPage page, List<Problem> problems, List<Problem> warnings) {}

    /** True for the server's memo, which outlives each build and keeps pages in memory between them. */
    final boolean kept;
    final LoadedFiles files = new LoadedFiles();
    final Map<String, DiskCache> caches = new ConcurrentHashMap<>();
    String compileKey = "";
    Map<PageInfo, Compiled> compiled = new ConcurrentHashMap<>();
    String layoutKey = "";
    Map<Page, byte[]> laidOut = Collections.synchronizedMap(new IdentityHashMap<>());
    /** What the last build actually did, for the server's one-line report. */
    int lastCompiled;
    int lastLaidOut;

    private PageStore store;
    private Path storeDir;
    private Renderers renderers;
    private String renderersKey = "";

    /** A memo for a server: it keeps what each build made for the next. */
    public BuildMemo() {
        this(true);
    }

    private BuildMemo(boolean kept) {
        this.kept = kept;
    }

    /** A memo for one build, which finds earlier builds' pages on disk only. */
    static BuildMemo once() {
        return new BuildMemo(false);
    }

    /** The files of the previous build in this process, or null for a single build (it reads everything once). */
    LoadedFiles loaded() {
        return kept ? files : null;
    }

    /** The on-disk pages under {@code cacheDir} (null: none). */
    synchronized PageStore store(Path cacheDir) {
        if (store == null || !java.util.Objects.equals(cacheDir, storeDir)) {
            if (store != null) store.close();
            store = new PageStore(cacheDir);
            storeDir = cacheDir;
        }
        return store;
    }

    /** Set by a newer change while a build runs: that build stops at its next page, and the newer one starts. */
    private volatile boolean superseded;

    /** A newer change arrived: the build under way is no longer worth finishing. */
    public void supersede() {
        superseded = true;
    }

    /** Called as a build starts: only changes from now on supersede it. */
    public void startBuild() {
        superseded = false;
    }

    /**
     * Stops the build under way if a newer change superseded it. The memo is left as the last
     * finished build made it: the keys and results move on together only when a step completes.
     */
    void checkSuperseded() {
        if (superseded) throw new CancellationException("superseded by a newer change");
    }

    /** The renderers of the previous build while the settings they depend on are unchanged, so GraalJS stays warm. */
    synchronized Renderers renderers(dev.kiln.config.SiteConfig config, Path cacheDir) {
        String key = Renderers.settingsOf(config);
        if (renderers == null || !key.equals(renderersKey)) {
            if (renderers != null) renderers.close();
            renderers = Renderers.open(config, kind -> cache(cacheDir, kind));
            renderersKey = key;
        }
        return renderers;
    }

    /** After the parse step: a single build has no more use for its JavaScript engine, and frees it before laying pages out. */
    void parsed() {
        if (!kept) closeRenderers();
    }

    private synchronized void closeRenderers() {
        if (renderers != null) renderers.close();
        renderers = null;
    }

    /** Releases the JavaScript engine the renderers may hold and the page store's open files. */
    public synchronized void close() {
        closeRenderers();
        if (store != null) store.close();
    }

    private dev.kiln.render.TemplateEngine templates;
    /** The {@code .ftlh} fingerprint the kept templates were parsed from; part of the layout key too. */
    String templatesKey = "";

    /** The parsed templates of the previous build while no {@code .ftlh} file changed: parsing them is a third of a small rebuild. */
    synchronized dev.kiln.render.TemplateEngine templates(dev.kiln.theme.Theme theme) {
        String key = dev.kiln.render.TemplateEngine.fingerprint(theme);
        if (templates == null || !key.equals(templatesKey)) {
            templates = new dev.kiln.render.TemplateEngine(theme);
            templatesKey = key;
        }
        return templates;
    }

    DiskCache cache(Path dir, String kind) {
        return caches.computeIfAbsent(kind, k -> new DiskCache(dir == null ? null : dir.resolve(k)));
    }

    /** The folders of the fragment caches this memo opened under {@code cacheDir} (null: none), and of the source indexes. */
    java.util.List<Path> fragmentDirs(Path cacheDir) {
        if (cacheDir == null) return List.of();
        return java.util.stream.Stream.concat(caches.keySet().stream(), java.util.stream.Stream.of("sources")).map(cacheDir::resolve).toList();
    }

    /** What the file watcher saw change since the last build (null: unknown, check everything). */
    public void changed(java.util.Set<Path> paths) {
        files.hint(paths);
    }

    /** Pages parsed and pages laid out by the last build (the rest came from the memo). */
    public int[] lastWork() {
        return new int[] {lastCompiled, lastLaidOut};
    }
}
