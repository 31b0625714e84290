package dev.kiln.pipeline;

import static dev.kiln.TestSites.build;
import static dev.kiln.TestSites.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.HtmlChecker;
import dev.kiln.TestSites;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Content files whose names hold {@code # ? % &}, spaces or CJK letters give pages and assets a
 * reader reaches: every link and image on every page, read as a browser reads it (entities decoded,
 * resolved against the page, fragment and query dropped, percent-decoded), names a file that exists.
 */
class FileNamesTest {
    @TempDir
    Path site;

    @Test
    void everyLinkToAnAwkwardlyNamedFileReachesIt() throws IOException {
        TestSites.create(site);
        write(site, "content/index.md", """
                ---
                title: Home
                ---

                [hash](h%23ash.md) [amp](<a&b.md>) [percent](50%25.md) [query](q%3F.md)
                [space](<my page.md>) [cjk](数据/页.md) [colon](<./Note: draft.md#part>)

                ![photo](<my photo.svg>) ![cat](<图/猫 1.svg>) [pdf](a&b%20%231.pdf)
                """);
        for (String name : List.of("h#ash", "a&b", "50%", "q?", "my page", "数据/页", "Note: draft")) {
            write(site, "content/" + name + ".md", "---\ntitle: " + name.replace(":", "") + "\n---\n\n## Part\n\n[home](" + (name.contains("/") ? "../" : "") + "index.md)\n");
        }
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\" height=\"1\"/>";
        write(site, "content/my photo.svg", svg);
        write(site, "content/图/猫 1.svg", svg);
        write(site, "content/a&b #1.pdf", "%PDF-1.4\n");

        build(site);
        Path out = site.resolve("out");
        List<String> broken = new ArrayList<>();
        Set<String> reached = new TreeSet<>();
        for (Path page : HtmlChecker.pages(out)) {
            Document doc = Jsoup.parse(page.toFile(), "UTF-8");
            for (Element e : doc.select("a[href], img[src], link[href], script[src]")) {
                String raw = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                if (raw.startsWith("#") || raw.matches("^[a-z]+:.*")) continue;
                Path target = requested(out, page, raw);
                if (!Files.isRegularFile(target)) broken.add(out.relativize(page) + ": " + raw + " → " + target);
                else reached.add(out.relativize(target).toString());
            }
        }
        assertEquals(List.of(), broken, "links a browser cannot follow");
        for (String file : List.of("h-ash.html", "a&b.html", "50-.html", "q-.html", "my-page.html", "数据/页.html",
                "Note--draft.html", "my photo.svg", "图/猫 1.svg", "a&b #1.pdf")) {
            assertTrue(reached.contains(file), file + " is linked from some page; reached: " + reached);
        }
    }

    /** The file a browser asks for when following {@code raw} from {@code page}. */
    private static Path requested(Path out, Path page, String raw) {
        URI base = URI.create("file:///site/" + encodePath(out.relativize(page).toString()));
        URI resolved = base.resolve(raw);
        // getPath() percent-decodes; the fragment and query are not part of the file asked for
        return out.resolve(resolved.getPath().substring("/site/".length()));
    }

    private static String encodePath(String path) {
        return URI.create("file:///" ).resolve(new URI_Path(path).toString()).getRawPath().substring(1);
    }

    /** A relative path as a URI, each character a URI cannot hold percent-encoded. */
    private record URI_Path(String path) {
        @Override
        public String toString() {
            try {
                return new URI(null, null, path, null).getRawPath();
            } catch (java.net.URISyntaxException e) {
                throw new IllegalArgumentException(e);
            }
        }
    }
}
