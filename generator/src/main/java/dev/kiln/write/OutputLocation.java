package dev.kiln.write;

import dev.kiln.problem.BuildFailedException;
import dev.kiln.problem.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;

/**
 * Decides where a build may write before it writes anything. The output folder is replaced
 * whole, so it must never be, hold, or lie inside what the author keeps: the content, templates,
 * settings or cache, or a project folder (one with {@code site.yaml} or {@code content/}).
 */
public final class OutputLocation {
    private OutputLocation() {}

    /**
     * The real folder to replace for {@code --out}: a link to a folder is followed, so the link
     * stays and its target is replaced.
     *
     * @param kept what the author keeps, by the name the error should use ("content folder" → path)
     * @throws BuildFailedException naming {@code out} and why it cannot be the output
     */
    public static Path resolve(Path out, Map<String, Path> kept) {
        if (out.toString().isBlank()) {
            throw refuse(out, "the output folder is empty", "pass a folder, for example `--out site`");
        }
        Path target = real(out);
        if (Files.isSymbolicLink(out.toAbsolutePath()) && !Files.isDirectory(target)) {
            throw refuse(out, "the output folder is a link to " + target + ", which is not a folder",
                    "point the link at a folder, or pass that folder as --out");
        }
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw refuse(out, "the output folder is a file", "pass a folder, for example `--out site`");
        }
        for (Map.Entry<String, Path> k : kept.entrySet()) {
            if (k.getValue() == null) continue;
            Path keep = real(k.getValue());
            String what = k.getKey() + " " + k.getValue();
            if (keep.equals(target)) throw refuse(out, "the output folder is the " + what, HINT);
            if (keep.startsWith(target)) throw refuse(out, "the output folder holds the " + what, HINT);
            if (target.startsWith(keep) && Files.isDirectory(keep)) throw refuse(out, "the output folder lies inside the " + what, HINT);
        }
        // A Kiln output may hold a page folder named content/; its manifest says so.
        for (String marker : new String[] {"site.yaml", "content"}) {
            // the manifest only when needed: at 10,000 pages reading it is 15,000 lines on the build's critical path
            if (Files.exists(target.resolve(marker), LinkOption.NOFOLLOW_LINKS) && Manifest.read(target) == null) {
                throw refuse(out, "the output folder looks like a project folder: it holds " + marker, HINT);
            }
        }
        return target;
    }

    private static final String HINT = "the output folder is replaced on every build; choose a folder of its own, such as `--out site`";

    private static BuildFailedException refuse(Path out, String why, String hint) {
        return new BuildFailedException(Problem.inFile(out, "refusing to build here: " + why, hint));
    }

    /**
     * The path with every link resolved, for the part that exists; the rest is appended as given.
     * Comparing real paths is what stops {@code --out ./content/..//content} or a linked folder
     * from slipping past the checks.
     */
    static Path real(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path existing = abs;
        while (existing != null && !Files.exists(existing)) existing = existing.getParent();
        if (existing == null) return abs;
        try {
            return existing.toRealPath().resolve(existing.relativize(abs)).normalize();
        } catch (IOException e) {
            return abs;
        }
    }
}
