package dev.kiln.cite;

import dev.kiln.cache.DiskCache;
import dev.kiln.problem.Problem;
import dev.kiln.problem.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * The site's bibliography ({@code bibliography:} in site.yaml, a .bib file in the content folder)
 * and how citations are formatted ({@code citation-style:}, in the site's language). Read once
 * per build, before pages compile, so a malformed entry fails the build at its line.
 */
public final class Bibliography {
    public static final Bibliography NONE = new Bibliography(null, "apa", "en", "");

    private final BibFile bib;
    private final String style;
    private final String language;
    private final String digest;

    private Bibliography(BibFile bib, String style, String language, String digest) {
        this.bib = bib;
        this.style = style;
        this.language = language;
        this.digest = digest;
    }

    /**
     * @param file the .bib file's name in the content folder, or empty for none
     * @return the bibliography; {@link #NONE} when there is none or it cannot be read (then {@code problems} says why)
     */
    public static Bibliography load(Path content, String file, String style, String language, Problems problems) {
        if (file.isEmpty()) return NONE;
        Path path = content.resolve(file);
        Path shown = content.resolve(file);
        try {
            String digest = DiskCache.key(new String(Files.readAllBytes(path), java.nio.charset.StandardCharsets.UTF_8), style, language);
            return new Bibliography(BibFile.read(path, shown), style, language, digest);
        } catch (BibFile.BadBibTeX e) {
            problems.add(e.problem());
        } catch (IOException e) {
            problems.add(Problem.inFile(shown, "cannot read the bibliography: " + e.getMessage(),
                    "`bibliography:` in site.yaml names a .bib file in the content folder, such as `references.bib`"));
        }
        return NONE;
    }

    public boolean present() {
        return bib != null;
    }

    /** The citation keys there are, for checking citations as pages compile. */
    public Set<String> keys() {
        return bib == null ? Set.of() : bib.items().keySet();
    }

    /** Everything formatted citations depend on: the file's content, the style and the language. */
    public String digest() {
        return digest;
    }

    /** One document's citations, formatted, and its references list. */
    public CiteProc.Rendered render(List<Citation> citations, List<String> nocite) {
        if (bib == null) return new CiteProc.Rendered(List.of(), "");
        return CiteProc.render(bib, style, language, citations, nocite);
    }
}
