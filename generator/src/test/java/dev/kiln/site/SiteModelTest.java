package dev.kiln.site;

import static dev.kiln.TestSites.write;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiln.TestSites;
import dev.kiln.pipeline.SiteBuilder;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Navigation, reading order and breadcrumbs of a site with folders, as the rendered pages show them. */
class SiteModelTest {
    @TempDir
    Path site;

    private Document page(String url) throws Exception {
        return Jsoup.parse(site.resolve("out").resolve(url).toFile(), "UTF-8");
    }

    @Test
    void foldersBecomeSectionsOrderedByWeightThenName() throws Exception {
        TestSites.create(site);
        write(site, "content/index.md", "---\ntitle: Home\n---\n");
        write(site, "content/zeta.md", "---\ntitle: Zeta\nweight: 1\n---\n");
        write(site, "content/guide/index.md", "---\ntitle: Guide\nweight: 2\n---\n");
        write(site, "content/guide/b.md", "---\ntitle: B\n---\n");
        write(site, "content/guide/a.md", "---\ntitle: A\n---\n");
        write(site, "content/alpha.md", "---\ntitle: Alpha\nweight: 3\n---\n");
        new SiteBuilder().build(TestSites.options(site));

        Document a = page("guide/a.html");
        assertEquals(List.of("Zeta", "Guide", "A", "B", "Alpha"), a.select(".site-nav a:not(.nav-sub a)").eachText());
        assertEquals("../guide/index.html", a.selectFirst(".pager-prev").attr("href"));
        assertEquals("../guide/b.html", a.selectFirst(".pager-next").attr("href"));
        assertEquals(List.of("Home", "Guide", "A"), a.select(".breadcrumbs li").eachText());
        assertEquals("../assets/kiln.css", a.selectFirst("link[rel=stylesheet]").attr("href"));

        Document zeta = page("zeta.html");
        assertEquals(List.of("Zeta", "Guide", "Alpha"), zeta.select(".site-nav a").eachText(),
                "a closed folder does not list its pages");
        assertEquals("index.html", zeta.selectFirst(".pager-prev").attr("href"));
    }

    @Test
    void tableOfContentsNestsBelowThePageTitle() {
        List<dev.kiln.markdown.HeadingRef> headings = List.of(new dev.kiln.markdown.HeadingRef(1, "T", "t"),
                new dev.kiln.markdown.HeadingRef(2, "A", "a"), new dev.kiln.markdown.HeadingRef(3, "A1", "a1"),
                new dev.kiln.markdown.HeadingRef(4, "deep", "deep"), new dev.kiln.markdown.HeadingRef(2, "B", "b"));
        List<TocEntry> toc = TocEntry.of(headings, 2);
        assertEquals(List.of("A", "B"), toc.stream().map(TocEntry::text).toList());
        assertEquals(List.of("A1"), toc.get(0).children().stream().map(TocEntry::text).toList());
        assertEquals(List.of(), toc.get(0).children().get(0).children());
    }
}
