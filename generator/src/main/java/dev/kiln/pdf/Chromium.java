package dev.kiln.pdf;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds a Chromium or Chrome to print with: the one given, else the usual install places and
 * program names on the PATH. Kiln never downloads one; without it, everything but {@code kiln pdf}
 * works as before.
 */
public final class Chromium {
    private static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome");
    private static final List<String> PLACES = List.of(
            "/Applications/Chromium.app/Contents/MacOS/Chromium",
            "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
            "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe",
            "C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe",
            "/snap/bin/chromium");

    private Chromium() {}

    /** What to say when no Chromium is found: how to install one on this kind of machine. */
    public static String installHint() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("mac")) return "install Chromium (`brew install --cask chromium`) or Google Chrome, or pass --chromium PATH";
        if (os.contains("win")) return "install Google Chrome (winget install Google.Chrome), or pass --chromium PATH to chrome.exe";
        return "install Chromium (Debian/Ubuntu: `sudo apt-get install chromium`; Fedora: `sudo dnf install chromium`), or pass --chromium PATH";
    }

    /**
     * @param given the path from {@code --chromium}, or null to search
     * @return the program, or null when there is none
     */
    public static Path find(Path given) {
        if (given != null) return Files.isRegularFile(given) && Files.isExecutable(given) ? given : null;
        for (Path candidate : candidates(System.getenv("PATH"))) {
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) return candidate;
        }
        return null;
    }

    static List<Path> candidates(String path) {
        List<Path> out = new ArrayList<>();
        if (path != null) {
            for (String dir : path.split(File.pathSeparator)) {
                if (dir.isEmpty()) continue;
                for (String name : NAMES) out.add(Path.of(dir, File.separatorChar == '\\' ? name + ".exe" : name));
            }
        }
        for (String place : PLACES) out.add(Path.of(place));
        return out;
    }
}
