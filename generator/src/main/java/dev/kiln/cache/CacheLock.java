package dev.kiln.cache;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One build at a time per cache folder, as Cargo does with its build directory: a build reuses,
 * links and prunes the cache's files, and a second build at the same moment (a terminal's
 * {@code kiln build} beside {@code kiln serve}'s rebuild) could find a file the first is about to
 * delete. The second waits, saying so, for the first to finish. Held through an OS file lock on
 * {@code lock}, which the OS drops when a build is killed, and through an in-process lock first
 * (the JVM refuses two overlapping file locks of its own). A cache folder that cannot hold the
 * lock file is one no build can write either: the build goes on without it.
 */
public final class CacheLock implements AutoCloseable {
    private static final Map<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private final ReentrantLock local;
    private final FileChannel channel;
    private final FileLock file;

    private CacheLock(ReentrantLock local, FileChannel channel, FileLock file) {
        this.local = local;
        this.channel = channel;
        this.file = file;
    }

    /**
     * Takes the lock of {@code cacheDir} (null: no cache, nothing to lock), waiting for another
     * build that holds it; {@code waiting} is told once before a wait.
     */
    public static CacheLock hold(Path cacheDir, Runnable waiting) {
        if (cacheDir == null) return new CacheLock(null, null, null);
        ReentrantLock local = IN_PROCESS.computeIfAbsent(cacheDir.toAbsolutePath().normalize(), k -> new ReentrantLock());
        boolean told = false;
        if (!local.tryLock()) {
            waiting.run();
            told = true;
            local.lock();
        }
        FileChannel channel = null;
        try {
            Files.createDirectories(cacheDir);
            channel = FileChannel.open(cacheDir.resolve("lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                if (!told) waiting.run();
                lock = channel.lock();
            }
            return new CacheLock(local, channel, lock);
        } catch (IOException | RuntimeException e) {
            close(channel);
            return new CacheLock(local, null, null); // read-only: this process's builds still take turns
        }
    }

    @Override
    public void close() {
        try {
            if (file != null) file.release();
        } catch (IOException e) {
            // closing the channel releases it too
        }
        close(channel);
        if (local != null) local.unlock();
    }

    private static void close(FileChannel channel) {
        try {
            if (channel != null) channel.close();
        } catch (IOException e) {
            // nothing held is left behind: the OS drops a closed file's locks
        }
    }
}
