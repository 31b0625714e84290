package dev.kiln.search.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TokenizerTest {
    private static final Tokenizer TOKENIZER = new Tokenizer(JvmFolding.INSTANCE);

    private static String words(String text) {
        return TOKENIZER.words(text).stream().map(w -> (w.kind == Word.CJK ? "cjk:" : "") + w.text()).collect(Collectors.joining(" "));
    }

    @Test
    void splitsScriptsAndSeparators() {
        assertEquals("ai cjk:大模型", words("AI大模型"));
        assertEquals("adam cjk:优化器", words("Adam优化器"));
        assertEquals("gpt 4 cjk:发布了", words("GPT-4 发布了！"));
        assertEquals("x86 64", words("x86_64"));
        assertEquals("odot", words("\\odot"));
    }

    @Test
    void foldsCaseAccentsWidthAndScript() {
        assertEquals("cafe naive", words("Café NAÏVE"));
        assertEquals("adam 2024", words("ＡＤＡＭ　２０２４"), "full-width letters, digits and space");
        assertEquals("fi", words("ﬁ"));
        assertEquals("cjk:过拟合 cjk:反向传播", words("過擬合，反向傳播"), "traditional to simplified");
        assertEquals("cjk:が", words("が"), "kana keep their voicing mark");
        assertEquals("istanbul", words("İstanbul"));
    }

    @Test
    void emojiAndSymbolsAreSeparators() {
        assertEquals("ok cjk:好", words("ok👍🏽好→"));
        assertEquals("", words("∑ ∫ ≤ … — ©"));
    }

    @Test
    void keepsWhereEachCharacterCameFrom() {
        List<Word> w = TOKENIZER.words("x ＡＩ模型");
        Word ai = w.get(1);
        assertEquals("ai", ai.text());
        assertEquals(2, ai.start[0]);
        assertEquals(4, ai.end[1]);
        Word cjk = w.get(2);
        assertEquals(4, cjk.start[0]);
        assertEquals(6, cjk.end[1]);
    }

    @Test
    void overlongRunsOfLettersAreNotWords() {
        assertEquals("a b", words("a " + "z".repeat(Tokenizer.MAX_WORD + 1) + " b"));
    }

    @Test
    void stemsPluralsAndVerbForms() {
        for (String w : new String[] {"optimise", "optimised", "optimising", "optimises"}) assertEquals("optimis", Stemmer.stem(w), w);
        assertEquals("train", Stemmer.stem("training"));
        assertEquals("train", Stemmer.stem("trained"));
        assertEquals("run", Stemmer.stem("running"));
        assertEquals("fall", Stemmer.stem("falling"));
        assertEquals("query", Stemmer.stem("queries"));
        assertEquals("class", Stemmer.stem("class"));
        assertEquals("general", Stemmer.stem("general"));
        assertEquals("sing", Stemmer.stem("sing"), "too short to stem");
    }

    @Test
    void scanningHandsOverTheWordsAndStopsWhenAsked() {
        StringBuilder seen = new StringBuilder();
        TOKENIZER.scan("Adam 优化器 and more words", (kind, chars, start, end, length) -> {
            seen.append(new String(chars, 0, length)).append('@').append(start[0]).append(' ');
            return seen.length() < 12;
        });
        assertEquals("adam@0 优化器@5 ", seen.toString(), "two words, then the sink said stop");
    }
}
