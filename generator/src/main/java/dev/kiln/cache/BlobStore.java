package dev.kiln.cache;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.zip.CRC32C;

/**
 * Files named by a content hash, in a folder of a cache: {@code dir/ab/cdef…}. Each is written to a
 * temporary file and renamed into place, so a reader never sees half an entry, and two builds
 * writing the same key leave one whole file. Each entry carries its length and a CRC-32C of its
 * bytes, so one damaged on disk (or cut short by a copy) is a miss, never published. A folder
 * that cannot be written costs speed only.
 */
public final class BlobStore {
    private final Path dir;

    public BlobStore(Path dir) {
        this.dir = dir;
    }

    private static final int MAGIC = 0x4b4c4e31; // "KLN1"
    private static final int HEADER = 12;

    /** The entry's bytes, or null if there is none (or it cannot be read, or is damaged). */
    public byte[] read(String key) {
        byte[] stored;
        try {
            stored = Files.readAllBytes(file(key));
        } catch (IOException e) {
            return null; // absent, or unreadable: either way the caller renders it again
        }
        if (stored.length < HEADER) return null;
        ByteBuffer head = ByteBuffer.wrap(stored, 0, HEADER);
        if (head.getInt() != MAGIC || head.getInt() != stored.length - HEADER) return null;
        int crc = head.getInt();
        CRC32C check = new CRC32C();
        check.update(stored, HEADER, stored.length - HEADER);
        return (int) check.getValue() == crc ? Arrays.copyOfRange(stored, HEADER, stored.length) : null;
    }

    public void write(String key, byte[] bytes) {
        Path file = file(key);
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), ".tmp-", "");
            try {
                CRC32C crc = new CRC32C();
                crc.update(bytes);
                ByteBuffer head = ByteBuffer.allocate(HEADER).putInt(MAGIC).putInt(bytes.length).putInt((int) crc.getValue());
                try (var out = Files.newOutputStream(tmp)) {
                    out.write(head.array());
                    out.write(bytes);
                }
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            // An unwritable cache slows the next build down; it never changes its output.
        }
    }

    /** Marks the entry as used now (its modification time), for {@link Prune}; a cache it cannot write keeps the old time. */
    public void touch(String key) {
        try {
            Files.setLastModifiedTime(file(key), java.nio.file.attribute.FileTime.from(java.time.Instant.now()));
        } catch (IOException e) {
            // pruned a month early at worst, and rendered again
        }
    }

    /** Where the entry for {@code key} lives (it may not exist). */
    public Path file(String key) {
        return dir.resolve(key.substring(0, 2)).resolve(key.substring(2));
    }
}
