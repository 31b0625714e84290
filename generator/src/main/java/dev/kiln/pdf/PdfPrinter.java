package dev.kiln.pdf;

import dev.kiln.problem.Limits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.nio.file.StandardCopyOption;

/**
 * Prints one page of a built site to PDF with headless Chromium: the paper size and page numbers
 * come from the theme's print style ({@code @page}), bookmarks from the headings
 * ({@code --generate-pdf-document-outline}), and Chromium tags the PDF. Formulas, diagrams and
 * demo charts are HTML and SVG, so they print as vectors.
 */
public final class PdfPrinter {
    /** Chromium refused, failed or ran out of time; the message says which, with its last words. */
    public static final class PrintFailedException extends Exception {
        public PrintFailedException(String message) {
            super(message);
        }
    }

    private final Path chromium;

    public PdfPrinter(Path chromium) {
        this.chromium = chromium;
    }

    /** Prints {@code page} (an HTML file) to {@code pdf}, replacing it only when the print succeeds. */
    public void print(Path page, Path pdf) throws PrintFailedException, IOException {
        Path parent = pdf.toAbsolutePath().getParent();
        if (parent == null) throw new IOException(pdf + " is not a file name");
        Files.createDirectories(parent);
        // a name beside the PDF, made by Chromium itself, so the file gets the usual permissions
        Path partial = parent.resolve("." + pdf.getFileName() + "." + ProcessHandle.current().pid() + ".part");
        Path profile = Files.createTempDirectory("kiln-chromium");
        Path log = Files.createTempFile("kiln-chromium", ".log");
        Process process = null;
        try {
            process = new ProcessBuilder(command(page, partial, profile)).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!process.waitFor(Limits.PDF_TIME.toSeconds(), TimeUnit.SECONDS)) {
                throw new PrintFailedException("Chromium took more than " + Limits.describe(Limits.PDF_TIME) + " to print " + page.getFileName());
            }
            if (process.exitValue() != 0 || !Files.isRegularFile(partial) || Files.size(partial) == 0) {
                throw new PrintFailedException("Chromium (" + chromium + ") could not print " + page.getFileName() + ", exit " + process.exitValue()
                        + lastLines(log));
            }
            Files.move(partial, pdf, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PrintFailedException("interrupted while Chromium printed " + page.getFileName());
        } finally {
            stop(process);
            // leftovers are harmless, and a failure to remove one must not hide why the print failed
            Scratch.deleteQuietly(partial);
            Scratch.deleteQuietly(log);
            Scratch.deleteQuietly(profile);
        }
    }

    /** Chromium starts helper processes (renderer, GPU, zygote); none may outlive a print that failed or timed out. */
    private static void stop(Process process) {
        if (process == null || !process.isAlive() && process.descendants().findAny().isEmpty()) return;
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    List<String> command(Path page, Path pdf, Path profile) {
        List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--disable-gpu", "--no-first-run",
                "--user-data-dir=" + profile, "--no-pdf-header-footer", "--generate-pdf-document-outline",
                // lets the page's scripts finish (mermaid.js draws fallback diagrams) before the print
                "--virtual-time-budget=15000", "--print-to-pdf=" + pdf.toAbsolutePath()));
        // Chromium will not start its sandbox as root (in a container, say) and says only that it cannot
        if (Scratch.runningAsRoot()) command.add("--no-sandbox");
        command.add(page.toAbsolutePath().toUri().toString());
        return command;
    }

    /** Chromium's last few lines, without the D-Bus noise it prints on machines without a desktop. */
    private static String lastLines(Path log) {
        List<String> lines;
        try {
            lines = Files.readAllLines(log);
        } catch (IOException | java.io.UncheckedIOException e) {
            return "";
        }
        lines = lines.stream().filter(l -> !l.contains("dbus") && !l.isBlank()).toList();
        if (lines.isEmpty()) return "";
        return ":\n  " + String.join("\n  ", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
    }
}
