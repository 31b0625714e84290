package dev.kiln.pipeline;

import static dev.kiln.TestSites.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.TestSites;
import dev.kiln.problem.BuildFailedException;
import dev.kiln.problem.Problem;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Citations from a BibTeX file, formatted by a CSL processor in three styles, on an English site
 * with only a content folder and a settings file: each page lists what it cites, the full report
 * numbers across all its pages and lists the works once, and every mistake names its place.
 */
class CitationsTest {
    static final String BIB = """
            @book{goodfellow2016,
              author = {Goodfellow, Ian and Bengio, Yoshua and Courville, Aaron},
              title = {Deep Learning}, publisher = {MIT Press}, year = {2016}
            }
            @book{chollet2017,
              author = {Chollet, Fran{\\c{c}}ois}, title = {Deep Learning with Python}, publisher = {Manning}, year = {2017}
            }
            @inproceedings{vaswani2017,
              author = {Vaswani, Ashish and Shazeer, Noam and Kaiser, {\\L}ukasz},
              title = {Attention Is All You Need}, booktitle = {Advances in Neural Information Processing Systems 30}, year = {2017}
            }
            @article{unused2020,
              author = {Nobody, Anne}, title = {Never Cited}, journal = {Journal of Tests}, year = {2020}
            }
            """;

    @TempDir
    Path site;

    @BeforeEach
    void create() {
        TestSites.create(site);
        write(site, "content/refs.bib", BIB);
        write(site, "content/index.md", "---\ntitle: Reading notes\n---\n\nNotes on deep learning; mail me@example.org or ask \\@someone.\n");
        write(site, "content/report.md", "---\ntitle: Full report\nlayout: report\n---\n");
        write(site, "content/a-models.md", "---\ntitle: Models\n---\n\nAttention helps [@vaswani2017, p. 33], as books explain "
                + "[@chollet2017; @goodfellow2016]. @vaswani2017 show it.\n");
        write(site, "content/b-more.md", "---\ntitle: More\n---\n\nThe standard text [-@goodfellow2016].\n\n::: {#refs}\n:::\n\nAfter the list.\n");
        write(site, "content/c-all.md", "---\ntitle: All works\nnocite: \"@*\"\n---\n\nEverything in the bibliography.\n");
    }

    private void style(String name) {
        write(site, "site.yaml", "title: Reading notes\nbibliography: refs.bib\ncitation-style: " + name + "\n");
        TestSites.build(site);
    }

    private Document page(String url) throws Exception {
        return Jsoup.parse(site.resolve("out").resolve(url).toFile(), "UTF-8");
    }

    private static List<String> cites(Document page) {
        return page.select(".content a.citation").eachText();
    }

    @Test
    void apaIsAuthorDateWithItsReferencesListAtThePagesEnd() throws Exception {
        style("apa");
        Document models = page("a-models.html");
        assertEquals(List.of("(Vaswani et al., 2017, p. 33)", "(Chollet, 2017; Goodfellow et al., 2016)", "Vaswani et al. (2017)"), cites(models));
        Element list = models.selectFirst("section.references");
        assertEquals("References", list.selectFirst("h2").text());
        assertEquals(List.of("ref-chollet2017", "ref-goodfellow2016", "ref-vaswani2017"), list.select(".csl-entry").eachAttr("id"));
        assertTrue(list.text().contains("Chollet, F. (2017). Deep Learning with Python. Manning."), list.text());
        assertTrue(list.text().contains("Kaiser, Ł."), "TeX accents become letters: " + list.text());
        assertEquals("#ref-vaswani2017", models.selectFirst("a.citation").attr("href"));
        Document more = page("b-more.html");
        assertEquals(List.of("(2016)"), cites(more), "[-@key] leaves the author out");
        assertEquals("p", more.selectFirst("section.references").nextElementSibling().tagName(), "the list stands where ::: {#refs} put it");
        assertEquals(0, more.select("section.references h2").size(), "where the author placed it, the author titles it");
        assertEquals(4, page("c-all.html").select(".csl-entry").size(), "nocite: @* lists every work");
        assertTrue(page("index.html").text().contains("mail me@example.org or ask @someone."), "no citation where none is meant");
    }

    @Test
    void numericStylesNumberEachDocumentTheReportAsAWhole() throws Exception {
        style("ieee");
        assertEquals("[1]", cites(page("b-more.html")).get(0), "on its own page, its first citation");
        Document models = page("a-models.html");
        assertTrue(cites(models).get(0).startsWith("[1"), cites(models).toString());
        assertEquals("[2], [3]", cites(models).get(1));
        Document report = page("report.html");
        List<String> inReport = cites(report);
        assertEquals("[3]", inReport.get(inReport.size() - 1), "in the report the same work is number 3: " + inReport);
        assertEquals(1, report.select(".csl-bib-body").size(), "the report lists the works once");
        assertTrue(report.selectFirst(".csl-bib-body").closest("section.report-section").id().equals("b-more"),
                "where the first page to mark its list's place marks it");
        for (Element a : report.select("a.citation")) assertTrue(report.getElementById(a.attr("href").substring(1)) != null, "inside the report: " + a);
        assertTrue(report.selectFirst(".csl-bib-body").text().contains("Never Cited"), "the report lists what a page lists uncited");
        write(site, "content/b-more.md", "---\ntitle: More\n---\n\nThe standard text [-@goodfellow2016].\n");
        TestSites.build(site);
        assertEquals(1, page("report.html").select(".report-references .csl-bib-body").size(), "with no marker, at the report's end");
    }

    @Test
    void gbT7714IsNumericWithTheStandardsTypeMarks() throws Exception {
        write(site, "site.yaml", "title: 读书笔记\nlanguage: zh-CN\nbibliography: refs.bib\ncitation-style: gb-t-7714\n");
        TestSites.build(site);
        Document models = page("a-models.html");
        assertEquals("参考文献", models.selectFirst("section.references h2").text());
        String list = models.selectFirst("section.references").text();
        assertTrue(list.contains("[M]") && list.contains("[C]"), "books [M], conference papers [C]: " + list);
        assertTrue(cites(models).get(1).contains("2,3"), cites(models).toString());
    }

    @Test
    void mistakesNameTheirPlace() {
        write(site, "site.yaml", "title: Reading notes\nbibliography: refs.bib\n");
        write(site, "content/d-bad.md", "---\ntitle: Bad\nnocite: \"@ghost\"\n---\n\nSee [@chollet2071] and @vaswani2071 here.\n");
        List<Problem> problems = assertThrows(BuildFailedException.class, () -> TestSites.build(site)).problems();
        List<String> said = problems.stream().map(p -> p.file().getFileName() + ":" + p.line() + ":" + p.column() + " " + p.message()).toList();
        assertEquals(List.of("d-bad.md:3:1 `nocite` names `ghost`, which the bibliography does not have",
                "d-bad.md:6:6 no work in the bibliography has the key `chollet2071`",
                "d-bad.md:6:24 no work in the bibliography has the key `vaswani2071`"), said);
        assertEquals("did you mean `chollet2017`?", problems.get(1).hint());

        write(site, "content/refs.bib", BIB.replace("title = {Deep Learning}, publisher", "title = {Deep Learning} publisher"));
        problems = assertThrows(BuildFailedException.class, () -> TestSites.build(site)).problems();
        assertEquals(1, problems.size(), problems.toString());
        assertEquals("refs.bib:3:27", problems.get(0).file().getFileName() + ":" + problems.get(0).line() + ":" + problems.get(0).column(),
                problems.get(0).message());
    }

    @Test
    void aCitationWithoutABibliographyIsAnError() {
        write(site, "content/d-bad.md", "---\ntitle: Bad\n---\n\nSee [@chollet2017].\n");
        List<Problem> problems = assertThrows(BuildFailedException.class, () -> TestSites.build(site)).problems();
        Problem bad = problems.stream().filter(p -> p.file().endsWith("d-bad.md")).findFirst().orElseThrow();
        assertEquals("a citation, but the site has no bibliography", bad.message());
        assertEquals(List.of(5, 5), List.of(bad.line(), bad.column()));
    }

    /** Brackets with an address in them are text, on a site with a bibliography or without. */
    @Test
    void bracketsHoldingAnAddressAreNoCitation() throws Exception {
        write(site, "content/a-models.md", "---\ntitle: Models\n---\n\n[contact: info@example.com] and [git@github.com:org/repo].\n");
        write(site, "content/b-more.md", "---\ntitle: More\n---\n\nNothing cited.\n");
        write(site, "content/c-all.md", "---\ntitle: All works\n---\n\nNothing listed.\n");
        TestSites.build(site);
        assertTrue(page("a-models.html").text().contains("[contact: info@example.com] and [git@github.com:org/repo]."));
    }

    @Test
    void prefixesLinksAndASecondListMarker() throws Exception {
        write(site, "content/a-models.md", "---\ntitle: Models\n---\n\nAs argued [see -@vaswani2017, p. 3]; "
                + "[the paper [@vaswani2017]](https://arxiv.org/abs/1706.03762).\n");
        style("apa");
        Document models = page("a-models.html");
        assertEquals("(see 2017, p. 3)", models.selectFirst("a.citation").text(), "the prefix stays when the author goes");
        assertEquals(0, models.select("a a").size(), "no link inside a link");
        assertEquals("the paper (Vaswani et al., 2017)", models.selectFirst("a[href^=https://arxiv]").text());
        write(site, "content/b-more.md", "---\ntitle: More\n---\n\n[@goodfellow2016]\n\n::: {#refs}\n:::\n\n::: {#refs}\n:::\n");
        List<Problem> problems = assertThrows(BuildFailedException.class, () -> TestSites.build(site)).problems();
        assertEquals(List.of("b-more.md:10:1 a second place for the references list"),
                problems.stream().map(p -> p.file().getFileName() + ":" + p.line() + ":" + p.column() + " " + p.message()).toList());
    }
}
