package dev.kiln.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.search.index.IndexBuilder;
import dev.kiln.search.index.SearchIndex;
import dev.kiln.search.index.Section;
import dev.kiln.search.text.JvmFolding;
import dev.kiln.search.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The query side on the JVM, over an index built in the test: what the page runs, step by step. */
class SearchSessionTest {
    static final Tokenizer TOKENIZER = new Tokenizer(JvmFolding.INSTANCE);

    /** Builds an index from sections (tiny shards and chunks, so that loading them matters) and opens it. */
    static SearchSession open(List<Section> sections, int shardChars, int chunkChars) {
        IndexBuilder builder = new IndexBuilder(TOKENIZER);
        sections.forEach(builder::add);
        SearchIndex index = builder.build(shardChars, chunkChars);
        SearchSession session = new SearchSession(TOKENIZER, index.meta());
        for (int i = 0; i < index.shards().size(); i++) session.addShard(i, index.shards().get(i));
        for (int i = 0; i < index.chunks().size(); i++) session.addChunk(i, index.chunks().get(i));
        return session;
    }

    static final List<Section> SECTIONS = List.of(
            new Section("intro.html", "Introduction", "Introduction", "Kiln builds sites. Training a model is shown live.", true),
            new Section("intro.html#optimisers", "Introduction", "Optimisers", "Adam and SGD update the weights after each batch.", false),
            new Section("train.html", "Training", "Training", "We train with the Adam optimiser; the loss falls.", true),
            new Section("train.html#relu", "Training", "Activations", "relu(x) = max(0, x), and the formula $a \\odot b$.", false),
            new Section("zh.html", "梯度下降", "梯度下降", "梯度下降沿负梯度方向更新参数，反向传播计算梯度。", true),
            new Section("zh.html#fit", "梯度下降", "过拟合", "模型在训练集上表现好，在测试集上差，就是過擬合。AI大模型的投融资。", false),
            new Section("misc.html", "Notes", "Notes", "Training updates every weight.", true));

    private static List<String> urls(SearchSession s, String query) {
        Query q = s.parse(query);
        List<String> urls = new ArrayList<>();
        for (int id : s.search(q, 10)) urls.add(url(s.result(id, q)));
        return urls;
    }

    private static String url(String json) {
        int from = json.indexOf("\"url\":\"") + 7;
        return json.substring(from, json.indexOf('"', from));
    }

    @Test
    void titleAndHeadingMatchesRankAboveBodyMatches() {
        SearchSession s = open(SECTIONS, 40, 60);
        assertEquals(List.of("train.html", "intro.html", "misc.html"), urls(s, "training"), "title before body");
        assertEquals("intro.html#optimisers", urls(s, "optimisers").get(0));
    }

    @Test
    void allTermsRankAbovePartialMatches() {
        SearchSession s = open(SECTIONS, 40, 60);
        assertEquals("train.html", urls(s, "adam loss ").get(0));
        assertEquals(List.of("train.html", "intro.html#optimisers"), urls(s, "adam loss "));
        assertEquals("misc.html", urls(s, "update training").get(0), "both words in the text outrank one in a title");
    }

    @Test
    void chineseSubstringsOfAnyLengthAreFound() {
        SearchSession s = open(SECTIONS, 40, 60);
        assertEquals("zh.html", urls(s, "梯度").get(0));
        assertEquals("zh.html", urls(s, "梯度下降").get(0));
        assertEquals("zh.html#fit", urls(s, "过拟合").get(0));
        assertEquals("zh.html#fit", urls(s, "投融资").get(0));
        assertEquals("zh.html", urls(s, "反向传播").get(0));
        assertEquals("zh.html#fit", urls(s, "AI大模型").get(0));
        assertEquals("zh.html#fit", urls(s, "過擬合").get(0), "traditional query");
        assertEquals("zh.html", urls(s, "降").get(0), "one character, last in its run");
        assertEquals(List.of("zh.html"), urls(s, "梯 度"), "spaces between characters");
    }

    @Test
    void theWordBeingTypedMatchesAsAPrefix() {
        SearchSession s = open(SECTIONS, 40, 60);
        assertTrue(urls(s, "optimi").contains("train.html"), "optimi finds optimiser");
        assertTrue(urls(s, "trainin").contains("train.html"), "trainin finds training");
        assertEquals(List.of(), urls(s, "optimi "), "a finished word is not a prefix");
    }

    @Test
    void codeAndFormulaSourceAreFound() {
        SearchSession s = open(SECTIONS, 40, 60);
        assertEquals("train.html#relu", urls(s, "relu").get(0));
        assertEquals("train.html#relu", urls(s, "\\odot").get(0));
    }

    @Test
    void marksAreRangesOfTheOriginalText() {
        SearchSession s = open(SECTIONS, 40, 60);
        Query q = s.parse("過擬合");
        String json = s.result(5, q);
        assertTrue(json.contains("\"headingMarks\":[0,3]"), json);
        String snippet = json.substring(json.indexOf("\"snippet\":\"") + 11);
        assertEquals("過擬合", snippet.substring(snippet.indexOf("就是") + 2, snippet.indexOf("就是") + 5));
    }

    @Test
    void missingShardsAreNamedUntilLoaded() {
        IndexBuilder builder = new IndexBuilder(TOKENIZER);
        SECTIONS.forEach(builder::add);
        SearchIndex index = builder.build(40, 60);
        assertTrue(index.shards().size() > 3, "tiny shards: " + index.shards().size());
        SearchSession s = new SearchSession(TOKENIZER, index.meta());
        int[] need = s.missingShards(s.parse("adam relu"));
        assertTrue(need.length >= 1 && need.length <= 2);
        for (int n : need) s.addShard(n, index.shards().get(n));
        assertEquals(0, s.missingShards(s.parse("adam relu")).length);
        int[] hits = s.search(s.parse("adam relu"), 10);
        assertTrue(hits.length > 0);
        assertTrue(s.missingChunks(hits).length > 0);
    }

    @Test
    void aOneCharacterQueryMarksThatCharacterOnly() {
        SearchSession s = open(SECTIONS, 40, 60);
        Query q = s.parse("降");
        String json = s.result(4, q);
        assertTrue(json.contains("\"headingMarks\":[3,4]"), json);
    }

    @Test
    void aPastedParagraphIsCutToItsFirstTerms() {
        SearchSession s = open(SECTIONS, 40, 60);
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < 100; i++) words.append("word").append(i).append(' ');
        assertEquals(Query.MAX_TERMS, s.parse(words.toString()).terms.size());
    }
}
