package dev.kiln.cli;

import java.awt.Desktop;
import java.io.PrintWriter;
import java.net.URI;

/** Opens an address in the reader's browser, for {@code --open}. */
final class Browsers {
    private Browsers() {}

    /** Asks the desktop to open the address; says so plainly when this machine has no browser to ask. */
    static void open(URI uri, PrintWriter out) {
        try {
            if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
                out.println("Opening " + uri);
                out.flush();
                Desktop.getDesktop().browse(uri);
                return;
            }
            String os = System.getProperty("os.name").toLowerCase();
            String opener = os.contains("mac") ? "open" : os.contains("win") ? "explorer" : "xdg-open";
            if (!os.contains("mac") && !os.contains("win") && !onPath(opener)) {
                out.println("No browser found on this machine (no desktop, no xdg-open): open " + uri + " yourself.");
                out.flush();
                return;
            }
            out.println("Opening " + uri);
            out.flush();
            new ProcessBuilder(opener, uri.toString()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (Exception e) {
            out.println("No browser could be started here (" + e.getMessage() + "): open " + uri + " yourself.");
            out.flush();
        }
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) return false;
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (java.nio.file.Files.isExecutable(java.nio.file.Path.of(dir, program))) return true;
        }
        return false;
    }
}
