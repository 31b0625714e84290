package dev.kiln.cli;

import java.awt.Desktop;
import java.io.PrintWriter;
import java.net.URI;

/** Opens an address in the reader's browser, for {@code --open}. */
final class Browsers {
    private Browsers() {}

    /** Prints the address, then asks the desktop to open it; on a machine without one, the address is what counts. */
    static void open(URI uri, PrintWriter out) {
        out.println("Opening " + uri);
        out.flush();
        try {
            if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
                Desktop.getDesktop().browse(uri);
                return;
            }
            String os = System.getProperty("os.name").toLowerCase();
            String opener = os.contains("mac") ? "open" : os.contains("win") ? "explorer" : "xdg-open";
            new ProcessBuilder(opener, uri.toString()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (Exception e) {
            out.println("No browser could be started here; open the address above.");
        }
    }
}
