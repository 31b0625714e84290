package dev.kiln.cite;

import dev.kiln.cache.DiskCache;
import dev.kiln.problem.BuildFailedException;
import dev.kiln.problem.Problem;
import dev.kiln.problem.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * The site's bibliography ({@code bibliography:} in site.yaml, a .bib file in the content folder)
 * and how citations are formatted ({@code citation-style:}, in the site's language). Each build
 * reads its bytes for the cache keys, but parses it only when a page is compiled or a citation
 * formatted: a warm build does neither. A page compiled under a bibliography's digest was compiled
 * with it parsed, so a malformed entry always fails the build at its line.
 */
public final class Bibliography {
    public static final Bibliography NONE = new Bibliography(null, null, "apa", "en", "");

    private final Path file;
    private final Path shown;
    private final String style;
    private final String language;
    private final String digest;
    private volatile BibFile bib;

    private Bibliography(Path file, Path shown, String style, String language, String digest) {
        this.file = file;
        this.shown = shown;
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
            return new Bibliography(path, shown, style, language, digest);
        } catch (IOException e) {
            problems.add(Problem.inFile(shown, "cannot read the bibliography: " + e.getMessage(),
                    "`bibliography:` in site.yaml names a .bib file in the content folder, such as `references.bib`"));
        }
        return NONE;
    }

    public boolean present() {
        return file != null;
    }

    /**
     * The citation keys there are, for checking citations as pages compile.
     *
     * @throws BuildFailedException when the file cannot be parsed, at its line and column
     */
    public Set<String> keys() {
        return file == null ? Set.of() : parsed().items().keySet();
    }

    private BibFile parsed() {
        BibFile b = bib;
        if (b == null) {
            synchronized (this) {
                if (bib == null) {
                    try {
                        bib = BibFile.read(file, shown);
                    } catch (BibFile.BadBibTeX e) {
                        throw new BuildFailedException(e.problem());
                    }
                }
                b = bib;
            }
        }
        return b;
    }

    /** Everything formatted citations depend on: the file's content, the style and the language. */
    public String digest() {
        return digest;
    }

    /** One document's citations, formatted, and its references list. */
    public CiteProc.Rendered render(List<Citation> citations, List<String> nocite) {
        if (file == null) return new CiteProc.Rendered(List.of(), "");
        return CiteProc.render(parsed(), style, language, citations, nocite);
    }
}
