package dev.kiln.pipeline;

import dev.kiln.cache.AtomicFile;
import dev.kiln.cache.BlobStore;
import dev.kiln.cache.ContentFiles;
import dev.kiln.cache.Prune;
import dev.kiln.sitesearch.SearchFile;
import dev.kiln.sitesearch.SearchFiles;
import dev.kiln.sitesearch.SearchState;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The search's files in the page cache: each a content-named file of its own in {@code
 * pages/search/}, which a build hard-links into its output, and listed as a set in {@code
 * pages/files/} under the key of everything the index is made from. Only the latest set is kept
 * (at 10,000 pages one is 50 MB): the next build either matches it or updates it. Without a cache
 * folder, the last set stays in memory only.
 */
final class SearchStore {
    private final Path dir;
    private final BlobStore fileSets;
    private final ContentFiles searchFiles;

    /** @param dir the page cache's folder, or null */
    SearchStore(Path dir) {
        this.dir = dir;
        this.fileSets = dir == null ? null : new BlobStore(dir.resolve("files"));
        this.searchFiles = dir == null ? null : new ContentFiles(dir.resolve("search"));
    }

    /**
     * The search's files, taken from the cache while {@code key} says nothing they come from
     * changed, else made by {@code make} from the last build's (null if none is kept) and kept.
     */
    SearchFiles.Built search(String key, Function<SearchFiles.Built, SearchFiles.Built> make) {
        // on disk, the set is read back each time: its files are checked, as another build may have replaced them
        SearchFiles.Built found = fileSets == null ? (key.equals(lastSearchKey) ? lastSearch : null) : read(key);
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
                    Set<Path> keep = new HashSet<>();
                    now.files().values().forEach(f -> keep.add(f.file()));
                    for (SearchFile f : old.files().values()) if (!keep.contains(f.file())) Files.deleteIfExists(f.file());
                }
                Files.deleteIfExists(fileSets.file(previous));
            }
            AtomicFile.write(dir.resolve("files.last"), key.getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            // a cache that keeps an old set only takes disk space
        }
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
                BasicFileAttributes a = Files.readAttributes(f.getValue().file(), BasicFileAttributes.class);
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
                BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
                if (a.size() != size || a.lastModifiedTime().toMillis() != modified) return null;
                files.put(path, SearchFile.at(file));
            }
            return state != null && in.available() == 0 ? new SearchFiles.Built(files, state) : null;
        } catch (IOException e) {
            return null;
        }
    }


    /** Deletes the search files no set lists (left by a build killed between writing them and listing them). */
    void prune(Prune prune) {
        if (dir == null || lastSearch == null) return;
        Set<String> live = new HashSet<>();
        for (SearchFile f : lastSearch.files().values()) if (f.file() != null) live.add(f.file().getParent().getFileName() + "" + f.file().getFileName());
        String set = lastSearchKey;
        prune.entries(dir.resolve("search"), (key, file) -> !live.contains(key))
                .entries(dir.resolve("files"), (key, file) -> !key.equals(set));
    }
}
