package dev.kiln.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches the folders a site is built from and reports changed files in batches: an editor's
 * save (write a temporary file, rename it over the old one, touch it again) arrives as several
 * events within milliseconds, and is reported once, after {@value #QUIET_MS} ms without events.
 */
final class SiteWatcher implements AutoCloseable {
    static final long QUIET_MS = 10;
    /** A long burst (a checkout, a search-and-replace) is still reported within this time. */
    private static final long MAX_WAIT_MS = 400;

    private final WatchService watcher;
    private final Map<WatchKey, Path> dirs = new ConcurrentHashMap<>();
    private final Set<Path> files;
    private final List<Path> roots;
    private final Thread thread;

    /**
     * @param trees folders watched with everything below them
     * @param files single files (the config), watched through their folder
     */
    SiteWatcher(List<Path> trees, Set<Path> files, Consumer<Set<Path>> onChange) throws IOException {
        this.watcher = FileSystems.getDefault().newWatchService();
        this.files = Set.copyOf(files.stream().map(p -> p.toAbsolutePath().normalize()).toList());
        this.roots = trees.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        for (Path tree : roots) registerTree(tree);
        for (Path file : this.files) if (file.getParent() != null && Files.isDirectory(file.getParent())) register(file.getParent());
        this.thread = new Thread(() -> loop(onChange), "kiln-watch");
        thread.setDaemon(true);
        thread.start();
    }

    private void registerTree(Path root) throws IOException {
        if (!Files.isDirectory(root)) return;
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path dir : walk.filter(Files::isDirectory).toList()) register(dir);
        }
    }

    private void register(Path dir) throws IOException {
        if (dirs.containsValue(dir)) return;
        WatchKey key = dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                StandardWatchEventKinds.ENTRY_DELETE);
        dirs.put(key, dir);
    }

    private void loop(Consumer<Set<Path>> onChange) {
        try {
            while (true) {
                Set<Path> changed = new LinkedHashSet<>();
                collect(watcher.take(), changed);
                long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(MAX_WAIT_MS);
                WatchKey more;
                while ((more = watcher.poll(QUIET_MS, TimeUnit.MILLISECONDS)) != null) {
                    collect(more, changed);
                    if (System.nanoTime() > deadline) break;
                }
                if (!changed.isEmpty()) onChange.accept(changed);
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: the server is stopping
        }
    }

    private void collect(WatchKey key, Set<Path> changed) {
        Path dir = dirs.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                // events were lost: name the watched folders, so the next build checks every file
                changed.addAll(roots);
                continue;
            }
            if (dir == null) continue;
            Path path = dir.resolve((Path) event.context());
            if (ignored(path)) continue;
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)) {
                try {
                    registerTree(path);
                    // files copied in with the folder arrived before it was watched: they are changes too
                    if (roots.stream().anyMatch(path::startsWith)) {
                        try (Stream<Path> walk = Files.walk(path)) {
                            walk.filter(Files::isRegularFile).filter(f -> !ignored(f)).forEach(changed::add);
                        }
                    }
                } catch (IOException vanished) {
                    // gone again; the next build sees what is there
                }
            }
            // the config's folder (the project root) holds other files that are not the site's
            boolean inTree = roots.stream().anyMatch(dir::startsWith);
            if (inTree || files.contains(path)) changed.add(path);
        }
        if (!key.reset()) dirs.remove(key);
    }

    /** Editors' temporary files, dot-files and backups are not content. */
    static boolean ignored(Path path) {
        String name = path.getFileName().toString();
        return name.startsWith(".") || name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".swx")
                || name.endsWith(".tmp") || name.equals("4913");
    }

    @Override
    public void close() throws IOException {
        watcher.close();
        thread.interrupt();
    }
}
