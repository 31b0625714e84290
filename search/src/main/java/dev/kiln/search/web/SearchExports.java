package dev.kiln.search.web;

import dev.kiln.search.query.SearchSession;
import dev.kiln.search.text.Tokenizer;
import dev.kiln.search.text.Word;
import org.teavm.jso.JSExport;

/**
 * The search engine as the page sees it, compiled by TeaVM: the steps of {@link SearchSession}
 * with numbers passed as comma-separated text, so the page needs no knowledge of Java arrays.
 * The page loads the files each step names (script tags work from {@code file://}, where fetch
 * does not) and hands their text back.
 */
public final class SearchExports {
    private static final Tokenizer TOKENIZER = new Tokenizer(new WebFolding());
    private static SearchSession session;

    private SearchExports() {}

    /** Starts over with an index's meta file. */
    @JSExport
    public static void open(String meta) {
        session = new SearchSession(TOKENIZER, meta);
    }

    /** The token shards {@code query} needs that are not loaded yet, as "3,7" (empty: none). */
    @JSExport
    public static String missingShards(String query) {
        return join(session.missingShards(session.parse(query)));
    }

    @JSExport
    public static void addShard(int n, String text) {
        session.addShard(n, text);
    }

    /** The best {@code max} sections for {@code query}, best first, as "12,4,30". */
    @JSExport
    public static String search(String query, int max) {
        return join(session.search(session.parse(query), max));
    }

    /** The chunks the sections "12,4,30" need that are not loaded yet. */
    @JSExport
    public static String missingChunks(String sections) {
        return join(session.missingChunks(split(sections)));
    }

    @JSExport
    public static void addChunk(int n, String text) {
        session.addChunk(n, text);
    }

    /** One result as JSON: URL, page title, heading and snippet, each with its marks. */
    @JSExport
    public static String result(int section, String query) {
        return session.result(section, session.parse(query));
    }

    /** Compiles the query code on {@code sample} while the reader has yet to type ({@link SearchSession#warm}). */
    @JSExport
    public static void warm(String sample) {
        session.warm(sample);
    }

    /** The tokenizer's words for {@code text}, one a line, for the parity test against the JVM. */
    @JSExport
    public static String words(String text) {
        return Word.describe(TOKENIZER.words(text));
    }

    private static String join(int[] values) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < values.length; i++) out.append(i > 0 ? "," : "").append(values[i]);
        return out.toString();
    }

    private static int[] split(String s) {
        String[] parts = dev.kiln.search.index.Split.at(s, ',');
        int[] values = new int[parts.length];
        for (int i = 0; i < parts.length; i++) values[i] = Integer.parseInt(parts[i]);
        return values;
    }
}
