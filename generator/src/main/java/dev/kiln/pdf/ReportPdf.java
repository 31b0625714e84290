package dev.kiln.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The full report as a PDF: printed once to learn where each heading landed, then again with the contents' page numbers. */
public final class ReportPdf {
    private ReportPdf() {}

    /**
     * @param report the report's HTML file in a built site; it is read, never written (built files
     *               may be hard links into the build cache), and the prints use a copy beside it
     * @param pdf    the PDF to write
     */
    public static void print(PdfPrinter printer, Path report, Path pdf) throws IOException, PdfPrinter.PrintFailedException {
        ContentsPages.Slotted slotted = ContentsPages.withSlots(Files.readString(report));
        if (slotted.entries().isEmpty()) { // a theme's report without Kiln's contents list prints once
            printer.print(report, pdf);
            return;
        }
        // beside the report, so that its relative links to styles and images still resolve
        Path copy = report.resolveSibling(".kiln-print-" + report.getFileName());
        Path first = report.resolveSibling(".kiln-first-print.pdf");
        try {
            Files.deleteIfExists(copy);
            Files.writeString(copy, slotted.html());
            printer.print(copy, first);
            String numbered = ContentsPages.withPages(slotted.html(), ContentsPages.pages(first, slotted));
            Files.writeString(copy, numbered);
            printer.print(copy, pdf);
        } finally {
            Files.deleteIfExists(first);
            Files.deleteIfExists(copy);
        }
    }
}
