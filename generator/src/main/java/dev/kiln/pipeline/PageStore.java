package dev.kiln.pipeline;

import dev.kiln.cache.AtomicFile;
import dev.kiln.cache.PackStore;
import dev.kiln.cache.Prune;
import dev.kiln.problem.BuildFailedException;
import dev.kiln.problem.Problem;
import dev.kiln.search.index.IndexBuilder;
import dev.kiln.site.Page;
import dev.kiln.site.PageBody;
import dev.kiln.site.PageInfo;
import dev.kiln.site.SiteIndex;
import dev.kiln.sitesearch.SearchFiles;
import dev.kiln.sitesearch.SectionCache;
import dev.kiln.sitesearch.TokenizedCodec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Compiled pages and laid-out pages on disk, under the cache folder's {@code pages/}, keyed by a
 * hash of everything that made them. This is what lets {@code kiln build} skip parsing and laying
 * out a page that nothing it depends on has touched since any earlier build, in this process or
 * another. Compiled pages, their bodies and their search sections are entries in {@code packs/}
 * (a page's body is read only if a step needs it: a page laid out from cache does not); laid-out
 * pages are files, which the output links to. Without a cache folder it holds nothing.
 */
final class PageStore {
    private final Path dir;
    /** Entries by kind and key: {@code c} a compiled page, {@code b} its body, {@code t} its search sections. */
    private final PackStore packs;
    private final LayoutFiles layouts;
    private final SearchStore search;
    /** Entries this store wrote since the last {@link #finishBuild}. */
    private final AtomicInteger written = new AtomicInteger();
    /** Set when a stored body could not be read back: pages that point at stored bodies are then not to be reused. */
    private volatile boolean lost;

    PageStore(Path cacheDir) {
        this.dir = cacheDir == null ? null : cacheDir.resolve("pages");
        this.packs = dir == null ? null : new PackStore(dir.resolve("packs"));
        this.layouts = dir == null ? null : new LayoutFiles(dir.resolve("html"));
        this.search = new SearchStore(dir);
    }

    /** Whether it keeps anything: a store without a cache folder holds nothing. */
    boolean persistent() {
        return dir != null;
    }

    /** Whether a stored body went missing since the last call; clears the flag. */
    boolean lostBodies() {
        boolean was = lost;
        lost = false;
        return was;
    }

    /** As a build starts, under the cache's lock: takes in what other builds kept since the last one. */
    void startBuild() {
        if (packs != null && packs.refresh()) lost = true;
    }

    /** As a build ends, failed or not, still under the lock: keeps what it compiled for later builds. */
    void endBuild() {
        if (packs != null) packs.seal();
    }

    /** Closes the files it holds open; a later build opens them again. */
    void close() {
        if (packs != null) packs.close();
    }

    BuildMemo.Compiled compiled(String key, PageInfo info, SiteIndex index) {
        if (packs == null || !packs.contains("b" + key)) return null;
        byte[] entry = packs.read("c" + key);
        return entry == null ? null : CompiledCodec.decode(key, entry, info, index, new Stored(key, info));
    }

    /** Keeps a page that compiled without errors (a failed build is run again anyway, and must report them again). */
    void putCompiled(String key, BuildMemo.Compiled page) {
        if (packs == null || !page.problems().isEmpty()) return;
        // the body first: a compiled page is only used once its body is there
        if (packs.write("b" + key, CompiledCodec.body(page.page().page().body()))) packs.write("c" + key, CompiledCodec.encode(page));
        written.incrementAndGet();
    }

    /**
     * Files a page's search sections as it is compiled, while its body is in memory: reading a
     * body back and decoding it was a fifth of the search step of a first build.
     */
    void putSections(String key, Page page) {
        if (packs == null) return;
        List<IndexBuilder.Tokenized> sections = SearchFiles.tokenized(page);
        if (sections != null && packs.write("t" + key, TokenizedCodec.encode(sections))) written.incrementAndGet();
    }

    /** A laid-out page's file in the cache, or null. */
    Path layout(String key) {
        return layouts == null ? null : layouts.find(key);
    }

    /** Keeps a page just laid out, sharing {@code written} (its file in the output, or null) where it can; its cache file, or null. */
    Path putLayout(String key, byte[] html, Path written) {
        Path kept = layouts == null ? null : layouts.put(key, html, written);
        if (kept != null) this.written.incrementAndGet();
        return kept;
    }

    /** Whether a check that depends only on {@code key} (the templates' syntax) passed in an earlier build. */
    boolean passed(String key) {
        return dir != null && Files.isRegularFile(dir.resolve("passed").resolve(key));
    }

    /** Records that the check {@code key} names passed, so later builds may skip it. */
    void pass(String key) {
        if (dir == null) return;
        try {
            Files.createDirectories(dir.resolve("passed"));
            Files.write(dir.resolve("passed").resolve(key), new byte[0]);
        } catch (IOException e) {
            // the next build checks again
        }
    }

    /** At the end of the render step: which laid-out pages the next build may trust. */
    void layoutsDone() {
        if (layouts != null) layouts.save();
    }

    /**
     * The search's files, taken from the cache while {@code key} says nothing they come from
     * changed, else made by {@code make} from the last build's (null if none is kept) and kept.
     */
    SearchFiles.Built search(String key, Function<SearchFiles.Built, SearchFiles.Built> make) {
        return search.search(key, make);
    }

    /** Fragments (formulas, code, diagrams, demo runs) unused for this long are pruned: an unchanged page does not ask for its own. */
    private static final Duration FRAGMENT_AGE = Duration.ofDays(30);

    /**
     * After a build that succeeded, whose pages were compiled under {@code compiledKeys}: once the
     * cache has taken in about a whole build's worth of new entries since it was last pruned,
     * deletes every page entry this build did not use (compiled pages, their bodies and search
     * sections, laid-out pages, search files) and each fragment in {@code fragments} unused for
     * 30 days. The cache so holds at most about two builds' worth of pages, where every edit of
     * a title (which the navigation shows on every page) used to add a whole site's HTML.
     * It stops at {@code deadline} ({@link System#nanoTime()}), and the next build goes on.
     * Returns how many files it deleted.
     */
    int finishBuild(Collection<String> compiledKeys, Collection<Path> fragments, long deadline) {
        if (dir == null) return 0;
        try {
            Set<String> live = new HashSet<>(compiledKeys);
            Predicate<String> used = key -> live.contains(key.substring(1));
            Prune prune = new Prune(deadline);
            packs.merge(used, prune); // on every build: a server's many small packs are merged before they pile up
            Path counter = dir.resolve("written");
            long since = Math.min(written.getAndSet(0) + readCount(counter), Long.MAX_VALUE / 4);
            if (since < 3L * compiledKeys.size() + 64) {
                if (since > 0) AtomicFile.write(counter, Long.toString(since).getBytes(StandardCharsets.US_ASCII));
                return prune.deleted();
            }
            // the layouts first: a title or template edit makes a whole site's worth of them dead at once
            layouts.prune(prune);
            search.prune(prune);
            packs.compact(used, prune);
            // where Kiln 0.1 kept these as files of their own
            for (String kind : List.of("compiled", "body", "tokens")) prune.entries(dir.resolve(kind), (key, file) -> true);
            FileTime old = FileTime.from(Instant.now().minus(FRAGMENT_AGE));
            for (Path folder : fragments) prune.entries(folder, (key, file) -> Prune.olderThan(file, old));
            // cut short by the deadline: still due, and the next build goes on with it
            AtomicFile.write(counter, (prune.finished() ? "0" : Long.toString(since)).getBytes(StandardCharsets.US_ASCII));
            return prune.deleted();
        } catch (IOException e) {
            return 0; // an unpruned cache costs disk space only
        } finally {
            if (layouts != null) layouts.nextBuild();
        }
    }

    /** The count in {@code file}; a cache without one (new, or from a Kiln that did not prune) is due. */
    private static long readCount(Path file) {
        try {
            return Long.parseLong(Files.readString(file).strip());
        } catch (IOException | NumberFormatException e) {
            return Long.MAX_VALUE / 2;
        }
    }

    /** Each page's tokenized search sections, filed under its compiled page's key (they come from nothing else). */
    SectionCache sections(Function<Page, String> keyOf) {
        if (packs == null) return SectionCache.NONE;
        return new SectionCache() {
            @Override
            public List<IndexBuilder.Tokenized> get(Page page, Supplier<List<IndexBuilder.Tokenized>> make) {
                String key = keyOf.apply(page);
                List<IndexBuilder.Tokenized> hit = filed(key);
                if (hit != null) return hit;
                List<IndexBuilder.Tokenized> made = make.get();
                byte[] bytes = key == null ? null : TokenizedCodec.encode(made);
                if (bytes != null && packs.write("t" + key, bytes)) written.incrementAndGet();
                return made;
            }

            @Override
            public List<IndexBuilder.Tokenized> filed(String key) {
                byte[] entry = key == null ? null : packs.read("t" + key);
                return entry == null ? null : TokenizedCodec.decode(entry);
            }
        };
    }

    /** A cached page's body, read each time a step asks (layout on a miss, search, the full report), and not held. */
    private final class Stored implements PageBody {
        private final String key;
        private final PageInfo info;

        Stored(String key, PageInfo info) {
            this.key = key;
            this.info = info;
        }

        @Override
        public String html() {
            return read(false);
        }

        @Override
        public String reportHtml() {
            return read(true);
        }

        private String read(boolean report) {
            byte[] entry = packs.read("b" + key);
            String html = entry == null ? null : CompiledCodec.bodyHtml(entry, report);
            if (html != null) return html;
            // Removed or damaged since this build found it: drop the page so the next build compiles it again.
            lost = true;
            packs.forget("c" + key);
            packs.forget("b" + key);
            throw new BuildFailedException(Problem.inFile(dir, "the cached body of " + info.source().displayPath()
                    + " changed while the build ran", "build again: that page will be compiled afresh"));
        }
    }
}
