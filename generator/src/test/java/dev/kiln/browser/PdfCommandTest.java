package dev.kiln.browser;

import static dev.kiln.TestSites.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.TestSites;
import dev.kiln.cli.Kiln;
import dev.kiln.diagram.DiagramSamples;
import dev.kiln.pdf.Chromium;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code kiln pdf} on an English site with only a content folder, read back with PDFBox: bookmarks
 * from the headings, a page number on every page, the section titles and a formula as text, and
 * formulas and diagrams as vectors rather than pictures.
 */
class PdfCommandTest {
    @TempDir
    static Path tmp;
    static Path site;
    static Path pdf;
    static int exit;
    /** What {@code kiln pdf} said when it printed {@link #pdf}; {@link #said} is the latest command's. */
    static String printed;
    static String said;
    static Path built;
    static String builtReport;

    @BeforeAll
    static void print() {
        Browser.requireOrSkip();
        site = TestSites.create(tmp.resolve("src"));
        write(site, "content/index.md", "---\ntitle: Gradient notes\n---\n\nA short report on gradients.\n");
        write(site, "content/report.md", "---\ntitle: Full report\nlayout: report\n---\n");
        write(site, "content/a-descent.md", "---\ntitle: Gradient descent\n---\n\n## The update rule\n\nEach step moves against the gradient:\n\n"
                + "$$\n\\text{gradient} = \\frac{\\partial L}{\\partial w}\n$$\n\n## Why it converges\n\n" + "Slowly. ".repeat(400) + "\n\n"
                + "```mermaid\nflowchart LR\n  Start --> Step --> Done\n```\n");
        write(site, "content/b-protocol.md", "---\ntitle: Training protocol\n---\n\n## Messages\n\n```mermaid\n" + DiagramSamples.SEQUENCE_ZH
                + "```\n\n## Logging\n\nEvery run is logged.\n");
        // a site built with the same cache first: its files are hard links into the cache, which the print must not write through
        built = tmp.resolve("built");
        assertEquals(0, kiln("build", "--content", site.resolve("content").toString(), "--cache", tmp.resolve("cache").toString(),
                "--out", built.toString()), said);
        builtReport = read(built.resolve("report.html"));
        pdf = tmp.resolve("out/report.pdf");
        exit = kiln("pdf", "--content", site.resolve("content").toString(), "--cache", tmp.resolve("cache").toString(),
                "--out", pdf.toString(), "--chromium", Browser.CHROMIUM.toString());
        printed = said;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int kiln(String... args) {
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new Kiln());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(out, true));
        int code = cli.execute(args);
        said = out.toString();
        return code;
    }

    @Test
    void printsThePdfWithABookmarkPerHeading() throws Exception {
        assertEquals(0, exit, printed);
        assertTrue(printed.startsWith("Wrote " + pdf), printed);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<PDOutlineItem> items = new ArrayList<>();
            flatten(doc.getDocumentCatalog().getDocumentOutline(), items);
            List<String> bookmarks = items.stream().map(PDOutlineItem::getTitle).toList();
            Path html = tmp.resolve("check");
            TestSites.build(copyWithOut(html));
            Document report = Jsoup.parse(html.resolve("out/report.html").toFile(), "UTF-8");
            List<String> headings = report.select("main h1, main h2, main h3, main h4, main h5, main h6").eachText().stream()
                    .map(PdfCommandTest::clean).toList();
            assertEquals(headings, bookmarks.stream().map(PdfCommandTest::clean).toList(), "one bookmark per heading, in order");
            assertTrue(doc.getDocumentCatalog().getStructureTreeRoot() != null, "a tagged PDF");
        }
    }

    @Test
    void everyPageHasItsNumberAndTheTextIsText() throws Exception {
        assertEquals(0, exit, printed);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            int pages = doc.getNumberOfPages();
            assertTrue(pages >= 3, pages + " pages");
            PDFTextStripper text = new PDFTextStripper();
            for (int i = 1; i <= pages; i++) {
                text.setStartPage(i);
                text.setEndPage(i);
                String page = text.getText(doc);
                String number = i + " / " + pages;
                assertTrue(page.lines().anyMatch(l -> l.strip().equals(number)), "page " + i + " has its number in the margin:\n" + page);
            }
            text.setStartPage(1);
            text.setEndPage(pages);
            String all = text.getText(doc);
            for (String title : List.of("Gradient descent", "The update rule", "Why it converges", "Training protocol", "Messages", "Logging")) {
                assertTrue(all.contains(title), title + " is in the PDF's text");
            }
            assertTrue(all.contains("gradient"), "the formula's \\text{gradient} is text");
            assertTrue(all.contains("逐步解释梯度的计算"), "the sequence diagram's Chinese message is text");
        }
    }

    /** The contents list gives each section's page, as the bookmarks have it (a second print, since Chromium has no target-counter). */
    @Test
    void theContentsListGivesEachSectionsPage() throws Exception {
        assertEquals(0, exit, printed);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            Map<String, Integer> bookmarked = new LinkedHashMap<>();
            List<PDOutlineItem> items = new ArrayList<>();
            flatten(doc.getDocumentCatalog().getDocumentOutline(), items);
            for (PDOutlineItem item : items) bookmarked.putIfAbsent(clean(item.getTitle()), doc.getPages().indexOf(item.findDestinationPage(doc)) + 1);
            PDFTextStripper text = new PDFTextStripper();
            text.setSortByPosition(true); // each number beside its title, as the reader sees the line
            text.setStartPage(1);
            text.setEndPage(1);
            String contents = text.getText(doc);
            for (String title : List.of("Gradient descent", "The update rule", "Why it converges", "Training protocol", "Messages", "Logging")) {
                int page = bookmarked.get(title);
                assertTrue(contents.lines().anyMatch(l -> l.strip().equals(title + " " + page)), title + " on page " + page + " in:\n" + contents);
            }
            assertTrue(bookmarked.get("Training protocol") > bookmarked.get("Gradient descent"), "sections start on pages of their own: " + bookmarked);
        }
    }

    /** KaTeX's HTML and the diagrams' SVG print as text and paths: no page holds a picture. */
    @Test
    void formulasAndDiagramsAreVectors() throws Exception {
        assertEquals(0, exit, printed);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    assertFalse(page.getResources().isImageXObject(name), "an image on a page: " + name);
                }
            }
            PDFRenderer renderer = new PDFRenderer(doc);
            Files.createDirectories(Path.of("target", "screenshots"));
            for (int i = 0; i < Math.min(3, doc.getNumberOfPages()); i++) {
                BufferedImage image = renderer.renderImageWithDPI(i, 80);
                ImageIO.write(image, "png", Path.of("target", "screenshots", "pdf-page-" + (i + 1) + ".png").toFile());
            }
        }
    }

    @Test
    void withoutChromiumOrAReportItSaysWhatToDo() {
        assertEquals(1, kiln("pdf", "--content", site.resolve("content").toString(), "--out", tmp.resolve("none.pdf").toString(),
                "--chromium", tmp.resolve("no-such-chromium").toString()));
        assertTrue(said.contains("is not there or cannot run") && said.contains(Chromium.installHint()), said);
        Path plain = TestSites.create(tmp.resolve("plain"));
        write(plain, "content/index.md", "---\ntitle: Home\n---\n\nNo report here.\n");
        assertEquals(1, kiln("pdf", "--content", plain.resolve("content").toString(), "--cache", tmp.resolve("cache").toString(),
                "--out", tmp.resolve("none.pdf").toString(), "--chromium", Browser.CHROMIUM.toString()));
        assertTrue(said.contains("this site has no full report to print") && said.contains("layout: report"), said);
        assertFalse(Files.exists(tmp.resolve("none.pdf")));
    }

    /** The print reads the built report and writes its own copy: the site built before, sharing the cache, is as it was. */
    @Test
    void printingChangesNoBuiltFile() throws Exception {
        assertEquals(0, exit, printed);
        assertEquals(builtReport, read(built.resolve("report.html")));
        assertFalse(builtReport.contains("toc-page"), "the built report has no page-number slots");
        try (var files = Files.list(built)) {
            assertEquals(List.of(), files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".kiln-print") || n.startsWith(".kiln-first")).toList(), "no print leftovers");
        }
    }

    @Test
    void anOutThatCannotBeAPdfIsSaidBeforeTheBuild() {
        assertEquals(1, kiln("pdf", "--content", site.resolve("content").toString(), "--out", tmp.toString(),
                "--chromium", Browser.CHROMIUM.toString()));
        assertTrue(said.contains("is a folder, not a PDF file name") && !said.contains("Exception"), said);
        assertEquals(1, kiln("pdf", "--content", site.resolve("content").toString(), "--out", "/",
                "--chromium", Browser.CHROMIUM.toString()));
        assertTrue(said.contains("is a folder, not a PDF file name") && !said.contains("Exception"), said);
    }

    private static void flatten(PDOutlineNode node, List<PDOutlineItem> items) {
        if (node == null) return;
        for (PDOutlineItem item : node.children()) {
            items.add(item);
            flatten(item, items);
        }
    }

    /** A copy of the test site to build with {@code kiln build}, for the report's HTML. */
    private static Path copyWithOut(Path dir) throws Exception {
        TestSites.copyTree(site, dir);
        return dir;
    }

    private static String clean(String heading) {
        return heading.replace("#", "").replaceAll("\\s+", " ").strip();
    }
}
