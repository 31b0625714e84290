package dev.kiln.render;

import dev.kiln.problem.BuildFailedException;
import dev.kiln.problem.Problem;
import dev.kiln.problem.Problems;
import dev.kiln.theme.Theme;
import dev.kiln.theme.ThemeTemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The layouts: Freemarker {@code .ftlh} templates with HTML auto-escaping, looked up through the
 * {@link Theme} (the project's file, else the built-in one). A template that refers to a missing
 * value, or does not parse, fails the build with the template's file and line.
 */
public final class TemplateEngine {
    private final Theme theme;
    /** Made on first use: a build that takes every page from the cache never loads Freemarker. */
    private volatile Configuration config;

    public TemplateEngine(Theme theme) {
        this.theme = theme;
    }

    private Configuration config() {
        Configuration made = config;
        if (made != null) return made;
        synchronized (this) {
            if (config == null) config = configure(theme);
            return config;
        }
    }

    private static Configuration configure(Theme theme) {
        Configuration config = new Configuration(Configuration.VERSION_2_3_34);
        config.setTemplateLoader(new ThemeTemplateLoader(theme));
        config.setDefaultEncoding("UTF-8");
        config.setOutputFormat(HTMLOutputFormat.INSTANCE);
        config.setRecognizeStandardFileExtensions(true);
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        config.setLogTemplateExceptions(false);
        config.setWrapUncheckedExceptions(true);
        config.setFallbackOnNullLoopVariable(false);
        config.setLocale(Locale.ROOT);
        config.setNumberFormat("computer");
        // A theme is not a program: no `?new()` of Java classes (freemarker.template.utility.Execute
        // runs shell commands), no `?api` into the objects behind the model.
        config.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        config.setAPIBuiltinEnabled(false);
        return config;
    }

    /**
     * The project's own templates ({@code .ftlh}) with their sizes and modification times: changes
     * when any layout or partial it overrides does. The built-in ones change only with Kiln. Assets
     * are copied, not rendered, so they are left out: changing them lays no page out again.
     */
    public static String fingerprint(Theme theme) {
        // contents, not modification times: the key outlives the process (the page cache), and an
        // edit within one clock tick that keeps the size must still count
        StringBuilder out = new StringBuilder();
        try {
            for (String name : theme.overrideFiles()) { // the jar's files change only with Kiln: no need to read them per rebuild
                if (!name.endsWith(".ftlh") && !name.endsWith(".ftl")) continue; // the files checkSyntax parses
                out.append(name).append('\0').append(Files.readString(theme.overrideDir().resolve(name))).append('\0');
            }
        } catch (IOException | UncheckedIOException e) {
            return "unreadable:" + System.nanoTime();
        }
        return dev.kiln.cache.DiskCache.key(out.toString());
    }

    public boolean hasLayout(String name) {
        return name.matches("[A-Za-z0-9_-]+") && theme.has(name + ".ftlh");
    }

    /** Parses every template up front, so a syntax error is reported even in an unused partial. */
    public void checkSyntax(Problems problems) {
        for (String name : theme.files("")) {
            if (!name.endsWith(".ftlh") && !name.endsWith(".ftl")) continue;
            try {
                config().getTemplate(name);
            } catch (ParseException e) {
                problems.add(parseProblem(e));
            } catch (IOException e) {
                problems.add(Problem.inFile(theme.displayPath(name), "cannot read the template: " + e.getMessage(), ""));
            }
        }
    }

    /**
     * Renders {@code layout} with {@code model} into {@code out}.
     *
     * @param forPage the content file being rendered, named in the error so the author can find
     *                which page's data broke the template
     */
    public void render(String layout, Map<String, Object> model, Writer out, Path forPage) {
        try {
            Template template = config().getTemplate(layout + ".ftlh");
            template.process(model, out);
        } catch (TemplateNotFoundException e) {
            throw new BuildFailedException(Problem.inFile(theme.displayPath(layout + ".ftlh"), "the layout template does not exist",
                    "create it, or choose another `layout:`"));
        } catch (ParseException e) {
            throw new BuildFailedException(parseProblem(e));
        } catch (TemplateException e) {
            String name = e.getTemplateSourceName() == null ? layout + ".ftlh" : e.getTemplateSourceName();
            int line = e.getLineNumber() == null ? 0 : e.getLineNumber();
            int column = e.getColumnNumber() == null ? 0 : e.getColumnNumber();
            String message = firstParagraph(e.getMessageWithoutStackTop());
            String hint = message.contains("null or missing")
                    ? "the value is missing for " + forPage + "; write `${x!\"default\"}` or `<#if x??>…</#if>` for optional values"
                    : "while rendering " + forPage;
            throw new BuildFailedException(Problem.at(theme.displayPath(name), line, column, message, hint));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Problem parseProblem(ParseException e) {
        String name = e.getTemplateName() == null ? "?" : e.getTemplateName();
        return Problem.at(theme.displayPath(name), e.getLineNumber(), e.getColumnNumber(),
                "template syntax error: " + firstParagraph(e.getEditorMessage()),
                "check the directive at that position: every `<#if>`, `<#list>` and `<#macro>` needs its closing tag");
    }

    /** Freemarker's messages run to many lines of tips; the first paragraph carries the point. */
    private static String firstParagraph(String message) {
        String m = message == null ? "" : message.strip();
        int cut = m.indexOf("\n\n");
        String first = cut < 0 ? m : m.substring(0, cut);
        return first.replace("\n", " ").replaceAll("\\s+", " ").replace("----", "").strip();
    }
}
