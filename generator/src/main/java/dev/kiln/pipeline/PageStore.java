package dev.kiln.pipeline;

import dev.kiln.cache.BlobStore;
import dev.kiln.problem.BuildFailedException;
import dev.kiln.problem.Problem;
import dev.kiln.search.index.IndexBuilder;
import dev.kiln.site.Page;
import dev.kiln.site.PageBody;
import dev.kiln.site.PageInfo;
import dev.kiln.site.SiteIndex;
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

    PageStore(Path cacheDir) {
        this.dir = cacheDir == null ? null : cacheDir.resolve("pages");
        this.compiled = dir == null ? null : new BlobStore(dir.resolve("compiled"));
        this.bodies = dir == null ? null : new BlobStore(dir.resolve("body"));
        this.layouts = dir == null ? null : new LayoutFiles(dir.resolve("html"));
        this.fileSets = dir == null ? null : new BlobStore(dir.resolve("files"));
        this.tokens = dir == null ? null : new BlobStore(dir.resolve("tokens"));
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

    /** Keeps a page just laid out, sharing {@code written} (its file in the output, or null) where it can. */
    void putLayout(String key, byte[] html, Path written) {
        if (layouts != null) layouts.put(key, html, written);
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
     * Files made from the whole site at once (the search index), taken from the cache while
     * {@code key} says nothing they come from changed, else made by {@code make} and kept.
     */
    Map<String, byte[]> files(String key, Supplier<Map<String, byte[]>> make) {
        byte[] entry = fileSets == null ? null : fileSets.read(key);
        Map<String, byte[]> files = entry == null ? null : unpack(entry);
        if (files != null) return files;
        files = make.get();
        if (fileSets != null) {
            fileSets.write(key, pack(files));
            replaceLast(key);
        }
        return files;
    }

    /**
     * Deletes the file set the previous build made: at 10,000 pages one is 50 MB, and only the
     * latest can match the next build unless an edit is undone.
     */
    private void replaceLast(String key) {
        Path last = dir.resolve("files.last");
        try {
            String previous = Files.exists(last) ? Files.readString(last).strip() : "";
            if (previous.matches("[0-9a-f]{32}") && !previous.equals(key)) Files.deleteIfExists(fileSets.file(previous));
            dev.kiln.cache.AtomicFile.write(last, key.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        } catch (IOException e) {
            // a cache that keeps an old set only takes disk space
        }
    }

    /** Each page's tokenized search sections, filed under its compiled page's key (they come from nothing else). */
    SectionCache sections(Function<Page, String> keyOf) {
        if (tokens == null) return SectionCache.NONE;
        return (page, make) -> {
            String key = keyOf.apply(page);
            byte[] entry = key == null ? null : tokens.read(key);
            List<IndexBuilder.Tokenized> hit = entry == null ? null : TokenizedCodec.decode(entry);
            if (hit != null) return hit;
            List<IndexBuilder.Tokenized> made = make.get();
            byte[] bytes = key == null ? null : TokenizedCodec.encode(made);
            if (bytes != null) tokens.write(key, bytes);
            return made;
        };
    }

    private static byte[] pack(Map<String, byte[]> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(files.size());
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                out.writeUTF(f.getKey());
                out.writeInt(f.getValue().length);
                out.write(f.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array never fails to write
        }
        return bytes.toByteArray();
    }

    /** The files back, or null if the entry is not whole (the blob's checksum makes that a formality). */
    private static Map<String, byte[]> unpack(byte[] entry) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(entry))) {
            Map<String, byte[]> files = new LinkedHashMap<>();
            for (int n = in.readInt(); n > 0; n--) {
                String path = in.readUTF();
                int length = in.readInt();
                if (length < 0 || length > in.available()) return null;
                files.put(path, in.readNBytes(length));
            }
            return in.available() == 0 ? files : null;
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
