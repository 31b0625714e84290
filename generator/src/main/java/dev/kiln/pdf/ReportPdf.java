package dev.kiln.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The full report as a PDF: printed once to learn where each heading landed, then again with the contents' page numbers. */
public final class ReportPdf {
    private ReportPdf() {}

    /**
     * @param report the report's HTML file in a scratch copy of the site: it is rewritten in place
     * @param pdf    the PDF to write
     */
    public static void print(PdfPrinter printer, Path report, Path pdf) throws IOException, PdfPrinter.PrintFailedException {
        List<ContentsPages.Entry> entries = new ArrayList<>();
        String slotted = ContentsPages.withSlots(Files.readString(report), entries);
        if (entries.isEmpty()) { // a theme's report without Kiln's contents list prints once
            printer.print(report, pdf);
            return;
        }
        Files.writeString(report, slotted);
        Path first = report.resolveSibling(".kiln-first-print.pdf");
        try {
            printer.print(report, first);
            Files.writeString(report, ContentsPages.withPages(slotted, ContentsPages.pages(first, entries)));
        } finally {
            Files.deleteIfExists(first);
        }
        printer.print(report, pdf);
    }
}
