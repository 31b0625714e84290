package dev.kiln.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each store here stands for one process: what one build sealed, the next build of any process finds. */
class PackStoreTest {
    @TempDir
    Path dir;

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** One build of a new store (a new process) writing {@code keys} as their own values. */
    private PackStore build(String... keys) {
        PackStore store = opened();
        for (String key : keys) assertTrue(store.write(key, bytes("value of " + key)));
        store.seal();
        return store;
    }

    /** A store as a new process opens it. */
    private PackStore opened() {
        PackStore store = new PackStore(dir);
        store.refresh();
        return store;
    }

    private List<Path> packs() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }

    @Test
    void whatOneBuildSealedTheNextFinds() {
        build("a", "b").close();
        PackStore next = opened();
        assertArrayEquals(bytes("value of a"), next.read("a"));
        assertArrayEquals(bytes("value of b"), next.read("b"));
        assertNull(next.read("c"));
    }

    @Test
    void entriesWrittenOnManyThreadsAreAllThere() {
        PackStore store = opened();
        IntStream.range(0, 2000).parallel().forEach(i -> store.write("k" + i, bytes("v".repeat(i % 97) + i)));
        store.close();
        PackStore next = opened();
        for (int i = 0; i < 2000; i++) assertArrayEquals(bytes("v".repeat(i % 97) + i), next.read("k" + i), "entry " + i);
    }

    @Test
    void aPackAKilledBuildLeftUnsealedIsDeletedAndNotRead() throws IOException {
        PackStore killed = opened();
        killed.write("a", bytes("half a build"));
        // not sealed: the process died here
        PackStore next = opened();
        assertNull(next.read("a"));
        assertTrue(packs().isEmpty(), "the leftover is deleted: " + packs());
    }

    @Test
    void aDamagedEntryIsAMissAndStaysForgotten() throws IOException {
        build("a", "b").close();
        Path pack = packs().get(0);
        try (FileChannel f = FileChannel.open(pack, StandardOpenOption.WRITE)) {
            f.write(java.nio.ByteBuffer.wrap(bytes("X")), 0); // a bad disk under the first entry
        }
        PackStore next = opened();
        assertNull(next.read("a"), "a damaged entry is never returned as other bytes");
        assertArrayEquals(bytes("value of b"), next.read("b"));
        next.forget("a");
        next.seal();
        PackStore later = opened();
        assertFalse(later.contains("a"), "forgotten in later builds too");
        assertTrue(later.contains("b"));
    }

    @Test
    void aTruncatedPackIsNoPack() throws IOException {
        build("a").close();
        Path pack = packs().get(0);
        byte[] whole = Files.readAllBytes(pack);
        Files.write(pack, java.util.Arrays.copyOf(whole, whole.length / 2));
        PackStore next = opened();
        assertNull(next.read("a"));
    }

    @Test
    void aNewerEntryWinsOverAnOlderOne() {
        build("a").close();
        PackStore second = opened();
        second.write("a", bytes("newer"));
        second.seal();
        PackStore next = opened();
        assertArrayEquals(bytes("newer"), next.read("a"));
    }

    @Test
    void aStoreSeesPacksAnotherProcessSealedOrDeleted() throws IOException {
        PackStore server = build("a");
        build("b").close(); // a build in another terminal
        assertFalse(server.refresh(), "nothing the server could read is gone");
        assertArrayEquals(bytes("value of b"), server.read("b"));
        for (Path p : packs()) Files.delete(p); // another build compacted them away
        assertTrue(server.refresh(), "the server learns that entries it could read are gone");
        assertNull(server.read("a"));
    }

    @Test
    void compactionMovesLiveEntriesOutOfMostlyDeadPacksAndDeletesThem() throws IOException {
        build("live", "dead1", "dead2", "dead3").close();
        PackStore store = opened();
        store.write("new", bytes("value of new"));
        Prune prune = new Prune(System.nanoTime() + 60_000_000_000L);
        store.compact(key -> key.equals("live") || key.equals("new"), prune);
        store.seal();
        assertEquals(1, packs().size(), "the old pack is gone: " + packs());
        assertEquals(1, prune.deleted());
        PackStore next = opened();
        assertArrayEquals(bytes("value of live"), next.read("live"));
        assertArrayEquals(bytes("value of new"), next.read("new"));
        assertNull(next.read("dead1"));
    }

    @Test
    void mostlyLivePacksStayAndManySmallOnesAreMerged() throws IOException {
        for (int i = 0; i < 12; i++) build("page" + i).close();
        PackStore store = opened();
        store.merge(key -> true, new Prune(System.nanoTime() + 60_000_000_000L));
        store.close();
        assertEquals(4, packs().size(), "the three largest packs stay, the rest merged into one: " + packs());
        PackStore next = opened();
        for (int i = 0; i < 12; i++) assertArrayEquals(bytes("value of page" + i), next.read("page" + i));
    }

    @Test
    void aMergeDeletesADeadGenerationRatherThanCopyingIt() throws IOException {
        for (int p = 0; p < 3; p++) {
            String pack = "-" + p + "x".repeat(40);
            build(IntStream.range(0, 30).mapToObj(i -> "live" + i + pack).toArray(String[]::new)).close();
        }
        build(IntStream.range(0, 20).mapToObj(i -> "dead" + i).toArray(String[]::new)).close(); // an earlier Kiln's, say
        for (int p = 0; p < 5; p++) build("small" + p).close();
        PackStore store = opened();
        store.merge(key -> !key.startsWith("dead"), new Prune(System.nanoTime() + 60_000_000_000L));
        store.close();
        assertEquals(4, packs().size(), "the three largest stay, and one pack of the five small entries: " + packs());
        PackStore next = opened();
        for (int p = 0; p < 5; p++) assertArrayEquals(bytes("value of small" + p), next.read("small" + p));
        assertNull(next.read("dead0"), "not copied");
    }

    @Test
    void compactionPastItsDeadlineDeletesNothing() throws IOException {
        build("live", "dead1", "dead2").close();
        PackStore store = opened();
        Prune late = new Prune(System.nanoTime() - 1);
        store.compact(key -> key.equals("live"), late);
        store.seal();
        assertFalse(late.finished(), "still due");
        assertEquals(1, packs().size());
        assertArrayEquals(bytes("value of live"), store.read("live"));
    }

    @Test
    void aCacheThatCannotBeWrittenOnlyKeepsNothing() throws IOException {
        Path file = dir.resolve("not-a-folder");
        Files.writeString(file, "");
        PackStore store = new PackStore(file.resolve("packs"));
        store.refresh();
        assertFalse(store.write("a", bytes("x")));
        assertNull(store.read("a"));
        store.seal();
    }
}
