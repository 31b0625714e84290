package dev.kiln.cache;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32C;

/**
 * One file of a {@link PackStore}: the entries one build wrote, one after another, then, once the
 * build is over, their index and a trailer pointing at it. A file without a whole trailer (the
 * build was killed) is no pack. Each entry's length and CRC-32C are in the index, so an entry
 * damaged on disk reads as missing, never as other bytes.
 */
final class Pack {
    private static final int MAGIC = 0x4b4c5032; // "KLP2"
    /** Index offset (8), index length (4), index CRC-32C (4), magic (4). */
    private static final int TRAILER = 20;
    /** Where an entry is; a length of -1 marks a key as gone (its entry in an older pack was damaged). */
    record Entry(Pack pack, long offset, int length, int crc) {
        boolean gone() {
            return length < 0;
        }
    }

    final Path file;
    final String name;
    private final FileChannel channel;
    private final Map<String, Entry> entries;
    private long end;
    private boolean sealed;

    private Pack(Path file, FileChannel channel, Map<String, Entry> entries, long end, boolean sealed) {
        this.file = file;
        this.name = file.getFileName().toString();
        this.channel = channel;
        this.entries = entries;
        this.end = end;
        this.sealed = sealed;
    }

    /** A new, empty pack to write, or an IOException if the folder cannot take one. */
    static Pack create(Path file) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ, StandardOpenOption.WRITE);
        return new Pack(file, channel, new LinkedHashMap<>(), 0, false);
    }

    /** A sealed pack, or null if {@code file} is not a whole one. */
    static Pack open(Path file) {
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.READ);
            long size = channel.size();
            if (size < TRAILER) throw new IOException("too short");
            ByteBuffer trailer = ByteBuffer.wrap(readAt(channel, size - TRAILER, TRAILER));
            long at = trailer.getLong();
            int length = trailer.getInt(), crc = trailer.getInt();
            if (trailer.getInt() != MAGIC || at < 0 || length < 4 || at + length != size - TRAILER) throw new IOException("no trailer");
            byte[] index = readAt(channel, at, length);
            if (crc(index) != crc) throw new IOException("damaged index");
            Pack pack = new Pack(file, channel, new LinkedHashMap<>(), at, true);
            // read by hand, not with DataInputStream: a 10,000-page site's pack lists 30,000 entries, read on every build
            ByteBuffer in = ByteBuffer.wrap(index);
            for (int n = in.getInt(); n > 0; n--) {
                int keyLength = in.getShort() & 0xffff;
                String key = new String(index, in.position(), keyLength, StandardCharsets.ISO_8859_1);
                in.position(in.position() + keyLength);
                long offset = in.getLong();
                int len = in.getInt();
                pack.entries.put(key, new Entry(pack, offset, len, in.getInt()));
            }
            if (in.hasRemaining()) throw new IOException("index longer than its entries");
            return pack;
        } catch (IOException | RuntimeException e) {
            closeQuietly(channel);
            return null;
        }
    }

    /** Appends an entry (any thread); its place, or an IOException if it could not be written. Keys are Latin-1, at most 65,535 long. */
    Entry append(String key, byte[] bytes) throws IOException {
        if (key.length() > 0xffff || !key.chars().allMatch(c -> c < 256)) throw new IllegalArgumentException("not a pack key: " + key);
        long at;
        synchronized (this) {
            if (sealed) throw new IllegalStateException("pack " + name + " is sealed");
            at = end;
            end += bytes.length;
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) channel.write(buffer, at + buffer.position());
        Entry entry = new Entry(this, at, bytes.length, crc(bytes));
        synchronized (this) {
            entries.put(key, entry);
        }
        return entry;
    }

    /** Records that {@code key} is gone, so that older packs' entry for it is not used again. */
    synchronized Entry markGone(String key) {
        Entry gone = new Entry(this, 0, -1, 0);
        entries.put(key, gone);
        return gone;
    }

    /** Writes the index and trailer: from now on the pack is whole, and takes no more entries. */
    synchronized void seal() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(entries.size() * 48 + 4);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(entries.size());
            for (Map.Entry<String, Entry> e : entries.entrySet()) {
                byte[] key = e.getKey().getBytes(StandardCharsets.ISO_8859_1);
                out.writeShort(key.length);
                out.write(key);
                out.writeLong(e.getValue().offset());
                out.writeInt(e.getValue().length());
                out.writeInt(e.getValue().crc());
            }
        }
        byte[] index = bytes.toByteArray();
        ByteBuffer tail = ByteBuffer.allocate(index.length + TRAILER).put(index)
                .putLong(end).putInt(index.length).putInt(crc(index)).putInt(MAGIC).flip();
        long at = end;
        while (tail.hasRemaining()) channel.write(tail, at + tail.position());
        sealed = true;
    }

    /** The entry's bytes, or null if they cannot be read or are not what was written. */
    byte[] read(Entry entry) {
        if (entry.gone()) return null;
        try {
            byte[] bytes = readAt(channel, entry.offset(), entry.length());
            return crc(bytes) == entry.crc() ? bytes : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** Each entry, in the order written, without copying the index. */
    synchronized void forEachEntry(java.util.function.BiConsumer<String, Entry> each) {
        entries.forEach(each);
    }

    synchronized boolean holds(String key) {
        return entries.containsKey(key);
    }

    synchronized boolean isEmpty() {
        return entries.isEmpty();
    }

    /** Bytes of entries this pack holds. */
    synchronized long dataBytes() {
        return end;
    }

    void close() {
        closeQuietly(channel);
    }

    private static byte[] readAt(FileChannel channel, long at, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, at + buffer.position()) < 0) throw new IOException("cut short");
        }
        return buffer.array();
    }

    private static int crc(byte[] bytes) {
        CRC32C crc = new CRC32C();
        crc.update(bytes);
        return (int) crc.getValue();
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            if (channel != null) channel.close();
        } catch (IOException e) {
            // nothing was being written
        }
    }
}
