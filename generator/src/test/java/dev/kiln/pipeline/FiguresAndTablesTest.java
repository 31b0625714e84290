package dev.kiln.pipeline;

import static dev.kiln.TestSites.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.TestSites;
import dev.kiln.problem.BuildFailedException;
import dev.kiln.problem.Problem;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Numbered figures (images, diagrams, demos) and tables with captions, on an English site with
 * only a content folder: numbered in reading order, each kind on its own count, referred to from
 * any page, listed in the full report, and every mistake an error at its place.
 */
class FiguresAndTablesTest {
    @TempDir
    Path site;

    @BeforeEach
    void create() throws Exception {
        TestSites.create(site);
        Files.createDirectories(site.resolve("content"));
        ImageIO.write(new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB), "png", site.resolve("content/photo.png").toFile());
        write(site, "content/index.md", "---\ntitle: Lab notes\n---\n\nSee @fig:flow and [@tbl:results]; the photo is [-@fig:photo].\n");
        write(site, "content/report.md", "---\ntitle: Full report\nlayout: report\n---\n");
        write(site, "content/a-data.md", "---\ntitle: Data\n---\n\n![A *small* photo](photo.png){#fig:photo}\n\n"
                + "| run | loss |\n|---|---:|\n| 1 | 0.50 |\n| 2 | 0.25 |\n\nTable: Results of the run {#tbl:results}\n\n"
                + "Table: A plain caption\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n"
                + "```mermaid {#fig:flow caption=\"The pipeline\"}\nflowchart LR\n  Load --> Train --> Report\n```\n\n"
                + "![no label](photo.png)\n");
        write(site, "content/b-more.md", "---\ntitle: More\n---\n\n![Second look](photo.png){#fig:second}\n\nAs @fig:second shows.\n\n"
                + "```demo {#fig:fit caption=\"A small fit\"}\ntitle: Fit\ndata: {kind: sine, samples: 16, noise: 0.05, seed: 3}\n"
                + "model: [4 tanh, 1]\noptimizer: {name: adam, lr: 0.02}\nepochs: 20\nbatch: full\n```\n");
    }

    private Document page(String url) throws Exception {
        return Jsoup.parse(site.resolve("out").resolve(url).toFile(), "UTF-8");
    }

    @Test
    void imagesDiagramsDemosAndTablesAreNumberedFigures() throws Exception {
        TestSites.build(site);
        Document data = page("a-data.html");
        Element photo = data.getElementById("fig:photo");
        assertEquals("figure", photo.tagName());
        assertEquals("A small photo", photo.selectFirst("img").attr("alt"));
        assertEquals("Figure 1: A small photo", photo.selectFirst("figcaption").text());
        assertEquals("small", photo.selectFirst("figcaption em").text(), "the caption keeps its Markdown");
        Element results = data.getElementById("tbl:results");
        assertEquals("Table 1: Results of the run", results.selectFirst("figcaption").text());
        assertEquals("figcaption", results.child(0).tagName(), "a table's caption goes above it");
        assertEquals("table", results.child(1).tagName());
        Element plain = data.select("figure.table-figure").get(1);
        assertEquals("A plain caption", plain.selectFirst("figcaption").text());
        assertEquals("", plain.id(), "a caption without a label has no number");
        Element flow = data.getElementById("fig:flow");
        assertTrue(flow.selectFirst("figure.diagram svg") != null, "the diagram inside its figure");
        assertEquals("Figure 2: The pipeline", flow.selectFirst("> figcaption").text());
        assertEquals(1, data.select("p > img[alt=no label]").size(), "an image without a label stays an image");
        Document more = page("b-more.html");
        assertEquals("Figure 3: Second look", more.getElementById("fig:second").selectFirst("figcaption").text());
        assertEquals("Figure 4: A small fit", more.getElementById("fig:fit").selectFirst("> figcaption").text());
        assertTrue(more.getElementById("fig:fit").selectFirst("figure.demo") != null);
    }

    @Test
    void referencesAndTheReportsLists() throws Exception {
        TestSites.build(site);
        assertEquals(List.of("Figure 2|a-data.html#fig:flow", "Table 1|a-data.html#tbl:results", "1|a-data.html#fig:photo"), refs(page("index.html")));
        assertEquals(List.of("Figure 3|#fig:second"), refs(page("b-more.html")));
        Document report = page("report.html");
        assertEquals(List.of("Figure 1 A small photo", "Figure 2 The pipeline", "Figure 3 Second look", "Figure 4 A small fit"),
                report.select("nav.report-lists").get(0).select("li").eachText());
        assertEquals(List.of("Table 1 Results of the run"), report.select("nav.report-lists").get(1).select("li").eachText());
        for (Element a : report.select("nav.report-lists a, a.xref")) {
            assertTrue(report.getElementById(a.attr("href").substring(1)) != null, "inside the report: " + a);
        }
    }

    @Test
    void numbersWithinSectionsAndInTheSitesLanguage() throws Exception {
        write(site, "site.yaml", "title: 实验笔记\nlanguage: zh-CN\nnumber-within: section\n");
        TestSites.build(site);
        assertEquals("图 1.1：A small photo", page("a-data.html").getElementById("fig:photo").selectFirst("figcaption").text());
        assertEquals("表 1.1：Results of the run", page("a-data.html").getElementById("tbl:results").selectFirst("figcaption").text());
        assertEquals("图 2.1", page("b-more.html").selectFirst("a.xref").text());
        assertNull(page("report.html").selectFirst("nav.report-lists[aria-label=Figures]"), "the lists' titles are Chinese too");
    }

    @Test
    void mistakesAreErrorsAtTheirPlace() {
        write(site, "content/c-bad.md", "---\ntitle: Bad\n---\n\nText {#fig:loose} and {#tbl:loose}, see @fig:phot and @tbl:nothing-like-it.\n");
        List<Problem> problems = assertThrows(BuildFailedException.class, () -> TestSites.build(site)).problems();
        List<String> said = problems.stream().map(p -> p.line() + ":" + p.column() + " " + p.message()).toList();
        assertEquals(List.of("5:6 the label `{#fig:loose}` follows no image", "5:23 the label `{#tbl:loose}` is on no table's caption",
                "5:41 no figure is labelled `fig:phot`", "5:55 no table is labelled `tbl:nothing-like-it`"), said);
        assertEquals("did you mean `fig:photo`?", problems.get(2).hint());
    }

    /** Each cross-reference link as "text|href". */
    private static List<String> refs(Document page) {
        return page.select("main a.xref").stream().map(a -> a.text() + "|" + a.attr("href")).toList();
    }
}
