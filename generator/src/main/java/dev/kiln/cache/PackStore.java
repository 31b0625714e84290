package dev.kiln.cache;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Keyed entries kept in a few large files, {@link Pack}s, rather than a file each: each build
 * appends what it makes to one new pack and seals it as it ends. Creating a file is what costs: on
 * this machine's ext4, a first build of 10,000 pages spent a third of its CPU time allocating
 * inodes for 30,000 small cache files (scanning past the ones the previous build deleted), and
 * deleting them again took seconds. Where packs hold the same key, the newest wins.
 *
 * <p>Used under the {@link CacheLock} only: a build {@link #refresh}es as it starts and {@link
 * #seal}s as it ends, so whenever no build holds the lock, every pack is sealed, and one that is
 * not was left by a killed build. A folder that cannot be written costs speed only.
 */
public final class PackStore implements AutoCloseable {
    /** Sealed packs beyond this many are merged, the smallest first: each is an open file and a part of every lookup's history. */
    private static final int MAX_PACKS = 8;
    /** How many of the largest packs a merge leaves: a first build's, and a few of what came since. */
    private static final int KEPT_LARGEST = 3;
    private final Path dir;
    private final TreeMap<String, Pack> sealed = new TreeMap<>();
    private final Map<String, Pack.Entry> index = new ConcurrentHashMap<>();
    private Pack current;
    private boolean unwritable;
    private boolean lost;

    public PackStore(Path dir) {
        this.dir = dir;
    }

    /**
     * Takes in the packs other builds sealed since this store last looked, lets go of those they
     * deleted, and deletes unsealed ones (a killed build's). Returns whether entries this store
     * could read before may be gone.
     */
    public synchronized boolean refresh() {
        Map<String, Path> onDisk = new TreeMap<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.pack")) {
            for (Path f : files) onDisk.put(f.getFileName().toString(), f);
        } catch (IOException e) {
            // no folder yet: no packs
        }
        boolean changed = false;
        for (var it = sealed.entrySet().iterator(); it.hasNext(); ) {
            var pack = it.next();
            if (onDisk.containsKey(pack.getKey())) continue;
            pack.getValue().close();
            it.remove();
            changed = lost = true;
        }
        for (Map.Entry<String, Path> f : onDisk.entrySet()) {
            if (sealed.containsKey(f.getKey()) || (current != null && current.name.equals(f.getKey()))) continue;
            Pack pack = Pack.open(f.getValue());
            if (pack != null) sealed.put(f.getKey(), pack);
            else deleteQuietly(f.getValue());
            changed = true;
        }
        if (changed) reindex();
        boolean wasLost = lost;
        lost = false;
        return wasLost;
    }

    /** The index from the sealed packs, oldest first so that newer entries replace older ones, then this build's. */
    private void reindex() {
        index.clear();
        List<Pack> packs = new ArrayList<>(sealed.values());
        if (current != null) packs.add(current);
        for (Pack pack : packs) {
            pack.forEachEntry((key, entry) -> {
                if (entry.gone()) index.remove(key);
                else index.put(key, entry);
            });
        }
    }

    public boolean contains(String key) {
        return index.containsKey(key);
    }

    /** The entry's bytes, or null if there is none or it is damaged. */
    public byte[] read(String key) {
        Pack.Entry entry = index.get(key);
        return entry == null ? null : entry.pack().read(entry);
    }

    /** Keeps {@code bytes} under {@code key} (any thread); false if the cache could not take them. */
    public boolean write(String key, byte[] bytes) {
        Pack pack = writing();
        if (pack == null) return false;
        try {
            index.put(key, pack.append(key, bytes));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Drops {@code key}, in later builds too (its entry is damaged, say). */
    public void forget(String key) {
        index.remove(key);
        Pack pack = writing();
        if (pack != null) pack.markGone(key);
    }

    private synchronized Pack writing() {
        if (current != null || unwritable) return current;
        try {
            Files.createDirectories(dir);
            current = Pack.create(dir.resolve(newName()));
        } catch (IOException e) {
            unwritable = true; // a read-only cache: this build keeps nothing, as it would with files
        }
        return current;
    }

    /** A name after every pack's, so that names sort as packs were made. */
    private String newName() {
        long last = sealed.isEmpty() ? 0 : Long.parseLong(sealed.lastKey().substring(0, 12), 16);
        return String.format("%012x-%08x.pack", Math.max(System.currentTimeMillis(), last + 1), (int) (Math.random() * Integer.MAX_VALUE));
    }

    /** Ends a build (failed or not): seals the pack it wrote, so that later builds find its entries; an empty one is deleted. */
    public synchronized void seal() {
        if (current == null) return;
        Pack pack = current;
        current = null;
        try {
            if (pack.isEmpty()) throw new IOException("nothing in it");
            pack.seal();
            sealed.put(pack.name, pack);
        } catch (IOException e) {
            pack.close();
            deleteQuietly(pack.file);
            reindex();
        }
        unwritable = false; // the next build tries again
    }

    /**
     * Every build: once there are {@link #MAX_PACKS} sealed packs (a server adds one per
     * rebuild), moves the entries {@code keep} holds out of all but the {@link #KEPT_LARGEST}
     * largest into this build's pack and deletes them. It reads only those packs' own lists: a
     * large pack of a dead generation among them is deleted, not copied.
     */
    public synchronized void merge(Predicate<String> keep, Prune prune) {
        if (sealed.size() < MAX_PACKS) return;
        List<Pack> bySize = new ArrayList<>(sealed.values());
        bySize.sort(Comparator.comparingLong(Pack::dataBytes));
        Map<Pack, List<String>> found = new HashMap<>();
        for (Pack pack : bySize.subList(0, bySize.size() - KEPT_LARGEST)) {
            List<String> keys = new ArrayList<>();
            pack.forEachEntry((key, entry) -> {
                if (index.get(key) == entry && keep.test(key)) keys.add(key);
            });
            found.put(pack, keys);
        }
        moveOut(found, prune);
    }

    /**
     * When the cache is pruned: moves the entries {@code keep} holds out of packs that are mostly
     * dead into this build's pack, and deletes them. Reads the whole index.
     */
    public synchronized void compact(Predicate<String> keep, Prune prune) {
        Map<Pack, List<String>> live = new HashMap<>();
        Map<Pack, Long> liveBytes = new HashMap<>();
        index.forEach((key, entry) -> {
            if (entry.pack() == current || !keep.test(key)) return;
            live.computeIfAbsent(entry.pack(), p -> new ArrayList<>()).add(key);
            liveBytes.merge(entry.pack(), (long) entry.length(), Long::sum);
        });
        Map<Pack, List<String>> mostlyDead = new java.util.LinkedHashMap<>();
        sealed.values().stream().sorted(Comparator.comparingLong(p -> liveBytes.getOrDefault(p, 0L)))
                .filter(pack -> 2 * liveBytes.getOrDefault(pack, 0L) < pack.dataBytes())
                .forEach(pack -> mostlyDead.put(pack, live.getOrDefault(pack, List.of())));
        moveOut(mostlyDead, prune);
    }

    /**
     * Copies each pack's {@code keys} into this build's pack, in order, until {@code prune}'s
     * deadline; seals it; then deletes the packs it emptied. What it copied before the deadline
     * stays copied: the next build goes on from there.
     */
    private void moveOut(Map<Pack, List<String>> keys, Prune prune) {
        Set<Pack> emptied = new HashSet<>();
        for (Map.Entry<Pack, List<String>> pack : keys.entrySet()) {
            if (!prune.inTime()) break;
            Boolean copied = copyOut(pack.getKey(), pack.getValue(), prune);
            if (copied == null) return; // nowhere to copy to: delete nothing
            if (!copied) break; // out of time half-way: what was copied stays copied, the pack stays too
            emptied.add(pack.getKey());
        }
        if (emptied.isEmpty()) return;
        seal(); // the copies are on disk before the packs they came from go
        for (Pack pack : emptied) {
            sealed.remove(pack.name);
            pack.close();
            if (deleteQuietly(pack.file)) prune.deleted(1);
        }
        // what they held that was not copied is dead; no full reindex, which copies every pack's entries
        index.values().removeIf(entry -> emptied.contains(entry.pack()));
    }

    /**
     * Copies {@code keys}' entries out of {@code pack} into this build's, and carries its marks of
     * gone keys that older packs still hold: true when done, false when {@code prune}'s deadline
     * came first (half a 650 MB pack is seconds of copying), null if this build's pack could not
     * take them.
     */
    private Boolean copyOut(Pack pack, List<String> keys, Prune prune) {
        for (String key : keys) {
            if (!prune.inTime()) return false;
            byte[] bytes = pack.read(index.get(key));
            if (bytes == null) index.remove(key); // damaged: a miss now rather than after the copy
            else if (!write(key, bytes)) return null;
        }
        List<String> gone = new ArrayList<>();
        pack.forEachEntry((key, entry) -> {
            if (entry.gone()) gone.add(key);
        });
        for (String key : gone) {
            boolean older = sealed.headMap(pack.name).values().stream().anyMatch(p -> p.holds(key));
            if (older && writing() == null) return null;
            if (older) forget(key);
        }
        return true;
    }

    @Override
    public synchronized void close() {
        seal();
        sealed.values().forEach(Pack::close);
        sealed.clear();
        index.clear();
    }

    private static boolean deleteQuietly(Path file) {
        try {
            return Files.deleteIfExists(file);
        } catch (IOException e) {
            return false; // a pack it cannot delete costs disk space only
        }
    }
}
