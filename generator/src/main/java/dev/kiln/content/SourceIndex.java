package dev.kiln.content;

import dev.kiln.cache.BlobStore;
import dev.kiln.cache.CodeVersion;
import dev.kiln.cache.DiskCache;
import dev.kiln.config.YamlCodec;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * What an earlier build loaded from each Markdown file (front matter, where the body starts, the
 * body's digest), kept in the cache under the content folder's path, and trusted while the file's
 * size, modification time and inode are what they were, as git trusts its index. A build of
 * 10,000 unchanged pages then stats them instead of reading, decoding and parsing 10,000 files,
 * and reads a body only for a page it compiles. A file modified within two seconds of being
 * indexed is not kept (the next build reads it), so an edit made in the same clock tick as the
 * build that indexed it is still seen, on file systems with coarse times too.
 */
final class SourceIndex {
    /** Changed files are seen by their stamp; the content is what {@code digest} says. */
    record Entry(long size, long modifiedNanos, String fileKey, FrontMatter frontMatter, int bodyFirstLine, String digest) {}

    private static final int FORMAT = 0x4b534931; // "KSI1"
    private static final long RACY_NANOS = TimeUnit.SECONDS.toNanos(2);
    static final SourceIndex NONE = new SourceIndex(null, null);

    private final BlobStore store;
    private final String key;
    private final Map<String, Entry> known = new ConcurrentHashMap<>();
    private final Map<String, Entry> next = new ConcurrentHashMap<>();
    private final long startedNanos = TimeUnit.MILLISECONDS.toNanos(System.currentTimeMillis());

    private SourceIndex(BlobStore store, String key) {
        this.store = store;
        this.key = key;
    }

    /** The index of {@code contentDir} in the cache folder {@code cacheDir} (null: none, every file is read). */
    static SourceIndex open(Path cacheDir, Path contentDir) {
        if (cacheDir == null) return NONE;
        SourceIndex index = new SourceIndex(new BlobStore(cacheDir.resolve("sources")),
                DiskCache.key("sources", CodeVersion.fingerprint(), contentDir.toAbsolutePath().normalize().toString()));
        byte[] bytes = index.store.read(index.key);
        if (bytes != null) {
            index.store.touch(index.key);
            index.decode(bytes, contentDir);
        }
        return index;
    }

    /** The file as an earlier build loaded it, without its body ({@code reader} reads it, given the digest it must have), if its stamp is unchanged; else null. */
    SourceFile find(String relativePath, Path displayPath, BasicFileAttributes attrs, Function<String, String> reader) {
        Entry entry = known.get(relativePath);
        if (entry == null || entry.size() != attrs.size() || entry.modifiedNanos() != nanos(attrs)
                || !entry.fileKey().equals(String.valueOf(attrs.fileKey()))) return null;
        next.put(relativePath, entry);
        return SourceFile.unread(relativePath, displayPath, entry.frontMatter(), entry.bodyFirstLine(), entry.digest(), () -> reader.apply(entry.digest()));
    }

    /** Indexes a file just read, which loaded without problems or warnings (those are reported again by reading it). */
    void keep(BasicFileAttributes attrs, SourceFile file) {
        if (store == null || startedNanos - nanos(attrs) < RACY_NANOS || !YamlCodec.encodable(file.frontMatter().yaml())) return;
        next.put(file.relativePath(), new Entry(attrs.size(), nanos(attrs), String.valueOf(attrs.fileKey()), file.frontMatter(),
                file.bodyFirstLine(), file.bodyDigest()));
    }

    /** Writes the index of this load's files, unless it is the one read. */
    void save() {
        if (store == null || next.equals(known)) return;
        try {
            store.write(key, encode());
        } catch (IOException e) {
            // the next build reads the files
        }
    }

    private static long nanos(BasicFileAttributes attrs) {
        return attrs.lastModifiedTime().to(TimeUnit.NANOSECONDS);
    }

    private byte[] encode() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(FORMAT);
            out.writeInt(next.size());
            for (Map.Entry<String, Entry> e : next.entrySet()) {
                Entry entry = e.getValue();
                out.writeUTF(e.getKey());
                out.writeLong(entry.size());
                out.writeLong(entry.modifiedNanos());
                out.writeUTF(entry.fileKey());
                out.writeInt(entry.bodyFirstLine());
                out.writeUTF(entry.digest());
                out.writeBoolean(entry.frontMatter() != FrontMatter.NONE);
                if (entry.frontMatter() != FrontMatter.NONE) YamlCodec.write(entry.frontMatter().yaml(), out);
            }
        }
        return bytes.toByteArray();
    }

    /** Reads the index back; a damaged or foreign one is as none (every file is read). */
    private void decode(byte[] bytes, Path contentDir) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (in.readInt() != FORMAT) return;
            Map<String, Entry> read = new ConcurrentHashMap<>();
            for (int n = in.readInt(); n > 0; n--) {
                String relative = in.readUTF();
                long size = in.readLong(), modified = in.readLong();
                String fileKey = in.readUTF();
                int firstLine = in.readInt();
                String digest = in.readUTF();
                FrontMatter frontMatter = in.readBoolean() ? FrontMatter.of(YamlCodec.read(in), contentDir.resolve(relative)) : FrontMatter.NONE;
                read.put(relative, new Entry(size, modified, fileKey, Objects.requireNonNull(frontMatter), firstLine, digest));
            }
            if (in.available() == 0) known.putAll(read);
        } catch (IOException | RuntimeException e) {
            known.clear(); // FrontMatter.of refusing what it once accepted: a Kiln change the key did not catch
        }
    }
}
