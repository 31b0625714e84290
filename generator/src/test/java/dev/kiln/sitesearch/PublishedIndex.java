package dev.kiln.sitesearch;

import dev.kiln.demo.engine.Json;
import dev.kiln.search.query.Query;
import dev.kiln.search.query.SearchSession;
import dev.kiln.search.text.JvmFolding;
import dev.kiln.search.text.Tokenizer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A built site's search index read back from its files, and queried on the JVM with the code the page runs. */
final class PublishedIndex {
    private final SearchSession session;

    PublishedIndex(Path site) {
        Path dir = site.resolve(SearchFiles.DIR);
        session = new SearchSession(new Tokenizer(JvmFolding.INSTANCE), argument(dir.resolve("meta.js")));
        for (int i = 0; Files.exists(dir.resolve("s" + i + ".js")); i++) session.addShard(i, argument(dir.resolve("s" + i + ".js")));
        for (int i = 0; Files.exists(dir.resolve("c" + i + ".js")); i++) session.addChunk(i, argument(dir.resolve("c" + i + ".js")));
    }

    /** The string literal a {@code KilnSearchData.x(n, "…")} file passes: JSON-compatible by construction. */
    static String argument(Path file) {
        try {
            String js = Files.readString(file, StandardCharsets.UTF_8);
            return (String) Json.parse(js.substring(js.indexOf('"'), js.lastIndexOf('"') + 1), Double::parseDouble);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The URLs (with anchors) of the best {@code max} results for {@code query}. */
    List<String> urls(String query, int max) {
        Query q = session.parse(query);
        List<String> urls = new ArrayList<>();
        for (int id : session.search(q, max)) urls.add(field(session.result(id, q), "url"));
        return urls;
    }

    String result(String query, int rank) {
        Query q = session.parse(query);
        return session.result(session.search(q, rank + 1)[rank], q);
    }

    /** One string field of a result's JSON. */
    @SuppressWarnings("unchecked")
    static String field(String json, String name) {
        return (String) ((java.util.Map<String, Object>) Json.parse(json, Double::parseDouble)).get(name);
    }
}
