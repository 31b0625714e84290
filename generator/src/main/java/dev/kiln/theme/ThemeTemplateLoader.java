package dev.kiln.theme;

import freemarker.cache.TemplateLoader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

/** Freemarker reads layouts through the theme's lookup order: the project's file, else the jar's. */
public final class ThemeTemplateLoader implements TemplateLoader {
    private final Theme theme;

    public ThemeTemplateLoader(Theme theme) {
        this.theme = theme;
    }

    @Override
    public Object findTemplateSource(String name) {
        return theme.find(name);
    }

    @Override
    public long getLastModified(Object source) {
        try {
            return Files.getLastModifiedTime((Path) source).toMillis();
        } catch (IOException e) {
            return -1;
        }
    }

    @Override
    public Reader getReader(Object source, String encoding) throws IOException {
        return Files.newBufferedReader((Path) source, Charset.forName(encoding));
    }

    @Override
    public void closeTemplateSource(Object source) {
        // each reader is closed by Freemarker; a path holds nothing open
    }
}
