package dev.kiln;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/** The Nu Html Checker (the W3C validator's engine), offline, for tests: errors as {@code file:line:col: message}. */
public final class HtmlChecker {
    private HtmlChecker() {}

    public static List<String> errors(Path page) {
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
        try {
            SimpleDocumentValidator validator = new SimpleDocumentValidator();
            validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", collect);
            validator.setUpValidatorAndParsers(collect, false, false);
            validator.checkHtmlFile(page.toFile(), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SAXException e) {
            errors.add(page.getFileName() + ": " + e.getMessage());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return errors;
    }

    /** Every {@code .html} file of a built site, outside {@code assets/}. */
    public static List<Path> pages(Path site) {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(p -> p.toString().endsWith(".html")).filter(p -> !site.relativize(p).startsWith("assets")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The errors of every page of a built site. */
    public static List<String> siteErrors(Path site) {
        List<String> errors = new ArrayList<>();
        for (Path page : pages(site)) errors.addAll(errors(page));
        return errors;
    }
}
