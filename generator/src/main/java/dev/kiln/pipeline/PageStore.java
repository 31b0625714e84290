package dev.kiln.pipeline;

import dev.kiln.cache.BlobStore;
import dev.kiln.problem.BuildFailedException;
import dev.kiln.problem.Problem;
import dev.kiln.search.index.IndexBuilder;
import dev.kiln.site.Page;
import dev.kiln.site.PageBody;
import dev.kiln.site.PageInfo;
import dev.kiln.site.SiteIndex;
import dev.kiln.sitesearch.SearchFile;
import dev.kiln.sitesearch.SearchFiles;
import dev.kiln.sitesearch.SearchState;
import dev.kiln.sitesearch.SectionCache;
import dev.kiln.sitesearch.TokenizedCodec;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Compiled pages and laid-out pages on disk, under the cache folder's {@code pages/}, keyed by a
 * hash of everything that made them. This is what lets {@code kiln build} skip parsing and laying
 * out a page that nothing it depends on has touched since any earlier build, in this process or
 * another. A compiled page's body is a file of its own, read only if a step needs it (a page
 * laid out from cache does not). Without a cache folder it holds nothing.
 */
final class PageStore {
    private final Path dir;
    private final BlobStore compiled;
    private final BlobStore bodies;
    private final LayoutFiles layouts;
    private final BlobStore fileSets;
    private final BlobStore tokens;
    private final dev.kiln.cache.ContentFiles searchFiles;
    /** Set when a stored body could not be read back: pages that point at stored bodies are then not to be reused. */
    private volatile boolean lost;

    PageStore(Path cacheDir) {
        this.dir = cacheDir == null ? null : cacheDir.resolve("pages");
        this.compiled = dir == null ? null : new BlobStore(dir.resolve("compiled"));
        this.bodies = dir == null ? null : new BlobStore(dir.resolve("body"));
        this.layouts = dir == null ? null : new LayoutFiles(dir.resolve("html"));
        this.fileSets = dir == null ? null : new BlobStore(dir.resolve("files"));
        this.tokens = dir == null ? null : new BlobStore(dir.resolve("tokens"));
        this.searchFiles = dir == null ? null : new dev.kiln.cache.ContentFiles(dir.resolve("search"));
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

    BuildMemo.Compiled compiled(String key, PageInfo info, SiteIndex index) {
        if (compiled == null || !Files.isRegularFile(bodies.file(key))) return null;
        byte[] entry = compiled.read(key);
        return entry == null ? null : CompiledCodec.decode(key, entry, info, index, new Stored(key, info));
    }

    /** Keeps a page that compiled without errors (a failed build is run again anyway, and must report them again). */
    void putCompiled(String key, BuildMemo.Compiled page) {
        if (compiled == null || !page.problems().isEmpty()) return;
        bodies.write(key, CompiledCodec.body(page.page().page().body()));
        compiled.write(key, CompiledCodec.encode(page)); // last: an entry is only found once its body is there
    }

    /** A laid-out page's file in the cache, or null. */
    Path layout(String key) {
        return layouts == null ? null : layouts.find(key);
    }

    /** Keeps a page just laid out, sharing {@code written} (its file in the output, or null) where it can; its cache file, or null. */
    Path putLayout(String key, byte[] html, Path written) {
        return layouts == null ? null : layouts.put(key, html, written);
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
        SearchFiles.Built found = key.equals(lastSearchKey) ? lastSearch : read(key);
        if (found == null) {
            found = make.apply(lastSearch != null ? lastSearch : read(lastSearchKey()));
            if (fileSets != null) found = keep(key, found);
        }
        // a server's next build starts from it in memory; a one-shot build is done with it soon
        lastSearch = found;
        lastSearchKey = key;
        return found;
    }

    /**
     * Files a search's new files as files of their own, listed under {@code key}, and returns the
     * search as those files; unchanged ones are already there. On a cache it cannot write, the
     * search as it is (the next build makes it again).
     */
    private SearchFiles.Built keep(String key, SearchFiles.Built search) {
        try {
            Map<String, SearchFile> kept = new LinkedHashMap<>();
            for (Map.Entry<String, SearchFile> f : search.files().entrySet()) {
                SearchFile file = f.getValue();
                kept.put(f.getKey(), file.file() != null && searchFiles.holds(file.file()) ? file : SearchFile.at(searchFiles.put(file.bytes())));
            }
            SearchFiles.Built filed = new SearchFiles.Built(kept, search.state());
            fileSets.write(key, pack(filed));
            replaceLast(key, filed);
            return filed;
        } catch (IOException | UncheckedIOException e) {
            return search;
        }
    }

    private SearchFiles.Built lastSearch;
    private String lastSearchKey;

    private SearchFiles.Built read(String key) {
        byte[] entry = fileSets == null || key == null ? null : fileSets.read(key);
        return entry == null ? null : unpack(entry);
    }

    /** The key of the file set the previous build made, or null. */
    private String lastSearchKey() {
        if (dir == null) return null;
        try {
            String key = Files.readString(dir.resolve("files.last")).strip();
            return key.matches("[0-9a-f]{32}") ? key : null;
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Deletes the file set the previous build made, and its files this one does not share: at
     * 10,000 pages a set is 50 MB, and only the latest can match the next build unless an edit
     * is undone.
     */
    private void replaceLast(String key, SearchFiles.Built now) {
        String previous = lastSearchKey();
        try {
            if (previous != null && !previous.equals(key)) {
                SearchFiles.Built old = read(previous);
                if (old != null) {
                    java.util.Set<Path> keep = new java.util.HashSet<>();
                    now.files().values().forEach(f -> keep.add(f.file()));
                    for (SearchFile f : old.files().values()) if (!keep.contains(f.file())) Files.deleteIfExists(f.file());
                }
                Files.deleteIfExists(fileSets.file(previous));
            }
            dev.kiln.cache.AtomicFile.write(dir.resolve("files.last"), key.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        } catch (IOException e) {
            // a cache that keeps an old set only takes disk space
        }
    }

    /** Each page's tokenized search sections, filed under its compiled page's key (they come from nothing else). */
    SectionCache sections(Function<Page, String> keyOf) {
        if (tokens == null) return SectionCache.NONE;
        return new SectionCache() {
            @Override
            public List<IndexBuilder.Tokenized> get(Page page, Supplier<List<IndexBuilder.Tokenized>> make) {
                String key = keyOf.apply(page);
                List<IndexBuilder.Tokenized> hit = filed(key);
                if (hit != null) return hit;
                List<IndexBuilder.Tokenized> made = make.get();
                byte[] bytes = key == null ? null : TokenizedCodec.encode(made);
                if (bytes != null) tokens.write(key, bytes);
                return made;
            }

            @Override
            public List<IndexBuilder.Tokenized> filed(String key) {
                byte[] entry = key == null ? null : tokens.read(key);
                return entry == null ? null : TokenizedCodec.decode(entry);
            }
        };
    }

    /** Marks a file set as this version writes it: the state, then the files. */
    private static final int SET_FORMAT = 0x4b530002;

    /** A set as its state and a list of its files: path, and the cache file with its size and modification time. */
    private static byte[] pack(SearchFiles.Built set) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(SET_FORMAT);
            byte[] state = set.state().encode();
            out.writeInt(state.length);
            out.write(state);
            out.writeInt(set.files().size());
            for (Map.Entry<String, SearchFile> f : set.files().entrySet()) {
                java.nio.file.attribute.BasicFileAttributes a = Files.readAttributes(f.getValue().file(), java.nio.file.attribute.BasicFileAttributes.class);
                out.writeUTF(f.getKey());
                out.writeUTF(f.getValue().file().toString());
                out.writeLong(a.size());
                out.writeLong(a.lastModifiedTime().toMillis());
            }
        }
        return bytes.toByteArray();
    }

    /**
     * The file set back, or null if the entry is not this version's or any of its files is not
     * as the set recorded it (gone, or edited in place through an output's link to it).
     */
    private static SearchFiles.Built unpack(byte[] entry) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(entry))) {
            if (in.readInt() != SET_FORMAT) return null;
            int stateLength = in.readInt();
            if (stateLength < 0 || stateLength > in.available()) return null;
            SearchState state = SearchState.decode(in.readNBytes(stateLength));
            Map<String, SearchFile> files = new LinkedHashMap<>();
            for (int n = in.readInt(); n > 0; n--) {
                String path = in.readUTF();
                Path file = Path.of(in.readUTF());
                long size = in.readLong(), modified = in.readLong();
                java.nio.file.attribute.BasicFileAttributes a = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class);
                if (a.size() != size || a.lastModifiedTime().toMillis() != modified) return null;
                files.put(path, SearchFile.at(file));
            }
            return state != null && in.available() == 0 ? new SearchFiles.Built(files, state) : null;
        } catch (IOException e) {
            return null;
        }
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
            return read().html();
        }

        @Override
        public String reportHtml() {
            return read().reportHtml();
        }

        private PageBody read() {
            byte[] entry = bodies.read(key);
            PageBody body = entry == null ? null : CompiledCodec.body(entry);
            if (body != null) return body;
            // Removed or damaged since this build found it: drop the page so the next build compiles it again.
            lost = true;
            try {
                Files.deleteIfExists(compiled.file(key));
            } catch (IOException e) {
                // the checksum still keeps the damaged body out of any page
            }
            throw new BuildFailedException(Problem.inFile(dir, "the cached body of " + info.source().displayPath()
                    + " changed while the build ran", "build again: that page will be compiled afresh"));
        }
    }
}
