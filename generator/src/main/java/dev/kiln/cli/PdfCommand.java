package dev.kiln.cli;

import dev.kiln.pdf.Chromium;
import dev.kiln.pdf.PdfPrinter;
import dev.kiln.pdf.ReportPdf;
import dev.kiln.pdf.Scratch;
import dev.kiln.pipeline.BuildResult;
import dev.kiln.pipeline.SiteBuilder;
import dev.kiln.problem.BuildFailedException;
import dev.kiln.problem.Problem;
import dev.kiln.problem.Problems;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kiln pdf}: builds the site in a scratch folder and prints its full report with headless Chromium. */
@Command(name = "pdf", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Prints the full report (the page with `layout: report`) to PDF with a headless Chromium or Chrome found on this machine.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the PDF was written", "1:problems in the content, no report page, or no Chromium (all are said)",
                "2:wrong command-line usage", "3:an internal error (please report it, with --verbose output)"})
public final class PdfCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    SiteOptions site;

    @Option(names = "--out", paramLabel = "FILE", description = "the PDF to write (default: ${DEFAULT-VALUE})")
    Path out = Path.of("report.pdf");

    @Option(names = "--chromium", paramLabel = "PATH", description = "the Chromium or Chrome program (default: the usual install places, then the PATH)")
    Path chromium;

    @Option(names = {"-q", "--quiet"}, description = "print nothing but problems")
    boolean quiet;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        Path scratch = null;
        Path used = chromium;
        try {
            long start = System.nanoTime();
            site.check();
            Path browser = Chromium.find(chromium);
            if (browser == null) {
                return fail(err, chromium != null ? "the program given with --chromium (" + chromium + ") is not there or cannot run"
                        : "no Chromium or Chrome was found to print with", Chromium.installHint());
            }
            String unwritable = unwritable(out);
            if (unwritable != null) return fail(err, unwritable, "give --out a file name in a folder you can write to, such as --out report.pdf");
            scratch = Files.createTempDirectory("kiln-pdf");
            BuildResult built = new SiteBuilder().build(site.toBuildOptions(scratch.resolve("site")));
            // the content's warnings matter in print too; the build's notes are about publishing the site, not the PDF
            if (!quiet) for (Problem w : built.warnings()) err.println(Problems.asWarning(w));
            if (built.report() == null) {
                return fail(err, "this site has no full report to print", "add a page whose front matter says `layout: report`, "
                        + "such as content/report.md with `title: Full report` and `layout: report`; Kiln fills it with every page in reading order");
            }
            used = browser;
            ReportPdf.print(new PdfPrinter(browser), built.out().resolve(built.report()), out);
            if (!quiet) {
                stdout.printf("Wrote %s (%d KB) from %s in %d ms%n", out, (Files.size(out) + 1023) / 1024, built.report(),
                        (System.nanoTime() - start) / 1_000_000);
            }
            return 0;
        } catch (BuildFailedException e) {
            Problems.print(e, err);
            err.printf("Build failed: %d problem%s. No PDF was written.%n", e.total(), e.total() == 1 ? "" : "s");
            return 1;
        } catch (PdfPrinter.PrintFailedException e) {
            return fail(err, e.getMessage(), "check that this browser starts: `" + used + " --headless --version`; or pass another with --chromium PATH");
        } catch (IOException e) {
            return fail(err, "cannot write the PDF: " + why(e), "check that the folder of --out exists or can be made, that you can write there, "
                    + "and that the disk is not full");
        } catch (RuntimeException | StackOverflowError e) {
            return site.internalError(e, err);
        } finally {
            Scratch.deleteQuietly(scratch);
            err.flush();
            stdout.flush();
        }
    }

    /** Why the PDF could not be written at {@code out}, said before the build rather than after it; null when it can. */
    private static String unwritable(Path out) {
        Path file = out.toAbsolutePath();
        if (file.getParent() == null || Files.isDirectory(file)) return "--out " + out + " is a folder, not a PDF file name";
        Path folder = file.getParent();
        while (folder != null && !Files.exists(folder)) folder = folder.getParent(); // the folder is made when missing
        if (folder == null || !Files.isDirectory(folder) || !Files.isWritable(folder)) {
            return "cannot write " + out + ": " + (folder == null ? "no folder" : folder) + " is not a folder you can write to";
        }
        if (Files.exists(file) && !Files.isWritable(file)) return "cannot replace " + out + ": the file is read-only";
        return null;
    }

    /** An I/O failure in words: Java's own messages are often the bare file name. */
    private static String why(IOException e) {
        if (e instanceof AccessDeniedException a) return "permission denied for " + a.getFile();
        if (e instanceof NoSuchFileException n) return "no such file or folder: " + n.getFile();
        if (e instanceof FileSystemException f && f.getReason() != null) return f.getFile() + ": " + f.getReason();
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static int fail(PrintWriter err, String message, String hint) {
        err.println("error: " + message);
        err.println("    hint: " + hint);
        err.println("No PDF was written.");
        return 1;
    }
}
