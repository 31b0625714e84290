package dev.kiln.cite;

import de.undercouch.citeproc.bibtex.BibTeXConverter;
import de.undercouch.citeproc.csl.CSLItemData;
import dev.kiln.problem.Problem;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.jbibtex.LaTeXObject;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.jbibtex.ParseException;
import org.jbibtex.StringValue;
import org.jbibtex.TokenMgrException;
import org.jbibtex.Value;

/**
 * A BibTeX file, read by JBibTeX: its entries as CSL items, keyed by citation key, in the file's
 * order. TeX in field values ({@code Fran{\c{c}}ois}, {@code {\L}ukasz}) becomes Unicode first, so
 * the CSL processor prints the names as written.
 */
public final class BibFile {
    private static final Pattern AT = Pattern.compile("line (\\d+), column (\\d+)");

    private final Map<String, CSLItemData> items;

    private BibFile(Map<String, CSLItemData> items) {
        this.items = items;
    }

    public Map<String, CSLItemData> items() {
        return items;
    }

    /** Thrown with the file's line and column when the BibTeX cannot be read. */
    public static final class BadBibTeX extends Exception {
        private final transient Problem problem;

        BadBibTeX(Problem problem) {
            super(problem.message());
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }

    public static BibFile read(Path file, Path shown) throws BadBibTeX {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadBibTeX(Problem.inFile(shown, "cannot read the bibliography: " + e.getMessage(),
                    "check that `bibliography:` in site.yaml names a .bib file in the content folder"));
        }
        BibTeXDatabase db;
        try {
            db = new BibTeXParser().parse(new StringReader(text));
        } catch (ParseException e) {
            int line = e.currentToken != null && e.currentToken.next != null ? e.currentToken.next.beginLine : 1;
            int column = e.currentToken != null && e.currentToken.next != null ? e.currentToken.next.beginColumn : 1;
            throw new BadBibTeX(Problem.at(shown, line, column, "BibTeX: this entry cannot be read" + near(e),
                    "an entry is @type{key, field = {value}, …}: check the braces, quotes and commas"));
        } catch (org.jbibtex.ObjectResolutionException e) {
            throw new BadBibTeX(Problem.inFile(shown, "BibTeX: " + e.getMessage(),
                    "define the @string it uses, or the entry its crossref names, or write the value itself"));
        } catch (TokenMgrException e) {
            Matcher at = AT.matcher(String.valueOf(e.getMessage()));
            boolean found = at.find();
            throw new BadBibTeX(Problem.at(shown, found ? Integer.parseInt(at.group(1)) : 1, found ? Integer.parseInt(at.group(2)) : 1,
                    "BibTeX: a character that cannot start anything here", "check the braces, quotes and commas around this point"));
        }
        Map<String, CSLItemData> items = new LinkedHashMap<>();
        BibTeXConverter converter = new BibTeXConverter();
        for (Map.Entry<Key, BibTeXEntry> entry : db.getEntries().entrySet()) {
            BibTeXEntry bib = entry.getValue();
            for (Map.Entry<Key, Value> field : List.copyOf(bib.getFields().entrySet())) {
                String value = field.getValue().toUserString();
                if (value.indexOf('\\') >= 0 || value.indexOf('{') >= 0) bib.addField(field.getKey(), new StringValue(unicode(value), StringValue.Style.BRACED));
            }
            try {
                items.put(entry.getKey().getValue(), converter.toItemData(bib));
            } catch (RuntimeException e) {
                throw new BadBibTeX(Problem.inFile(shown, "BibTeX: the entry `" + entry.getKey().getValue() + "` cannot be read: " + e.getMessage(),
                        "check its fields: names as `Family, Given and Family, Given`, years as numbers"));
            }
        }
        return new BibFile(java.util.Collections.unmodifiableMap(items));
    }

    /** TeX's letters that are commands, not accents ({@code {\\L}ukasz}), which JBibTeX's printer leaves out. */
    private static final Pattern LETTER = Pattern.compile("\\\\(L|l|O|o|ss|ae|AE|oe|OE|aa|AA|i|j)(?![A-Za-z])(?:\\{\\}|\\s)?");
    private static final Map<String, String> LETTERS = Map.ofEntries(Map.entry("L", "Ł"), Map.entry("l", "ł"), Map.entry("O", "Ø"),
            Map.entry("o", "ø"), Map.entry("ss", "ß"), Map.entry("ae", "æ"), Map.entry("AE", "Æ"), Map.entry("oe", "œ"), Map.entry("OE", "Œ"),
            Map.entry("aa", "å"), Map.entry("AA", "Å"), Map.entry("i", "ı"), Map.entry("j", "ȷ"));

    private static String letters(String tex) {
        Matcher m = LETTER.matcher(tex);
        StringBuilder out = new StringBuilder();
        while (m.find()) m.appendReplacement(out, Matcher.quoteReplacement(LETTERS.get(m.group(1))));
        m.appendTail(out);
        return out.toString();
    }

    private static String near(ParseException e) {
        return e.currentToken != null && e.currentToken.next != null && e.currentToken.next.image != null
                ? " (at `" + e.currentToken.next.image + "`)" : "";
    }

    /** TeX accents and braces as Unicode text; a value JBibTeX's TeX reader refuses is kept as written. */
    private static String unicode(String tex) {
        tex = letters(tex);
        try {
            List<LaTeXObject> objects = new LaTeXParser().parse(tex);
            return new LaTeXPrinter().print(objects);
        } catch (ParseException | RuntimeException e) { // TokenMgrException is a RuntimeException
            return tex;
        }
    }
}
