package dev.kiln.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.TestSites;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/** Every page of the article site is valid HTML, by the Nu Html Checker (the W3C validator's engine), offline. */
class HtmlValidityTest {
    @TempDir
    Path tmp;

    @Test
    void theCheckerCatchesInvalidHtml() throws Exception {
        Path bad = Files.writeString(tmp.resolve("bad.html"),
                "<!DOCTYPE html><html lang=\"en\"><head><title>x</title></head><body><p id=\"a\">1</p><p id=\"a\"><div>2</div></p></body></html>");
        assertTrue(validate(bad).size() >= 2, "duplicate id and a div inside a p are errors");
    }

    private static List<String> validate(Path page) throws Exception {
        List<String> errors = new ArrayList<>();
        ErrorHandler collect = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {}

            @Override
            public void error(SAXParseException e) {
                errors.add(page.getFileName() + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        };
        SimpleDocumentValidator validator = new SimpleDocumentValidator();
        validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", collect);
        validator.setUpValidatorAndParsers(collect, false, false);
        validator.checkHtmlFile(page.toFile(), true);
        return errors;
    }

    @Test
    void everyPageValidates() throws Exception {
        Path out = tmp.resolve("site");
        TestSites.buildArticle(out, "https://kiln.example/");
        List<String> errors = new ArrayList<>();
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(out)) {
            pages = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        for (Path page : pages) errors.addAll(validate(page));
        assertEquals(13, pages.size());
        assertTrue(errors.isEmpty(), errors.size() + " errors:\n" + String.join("\n", errors.stream().limit(30).toList()));
    }
}
