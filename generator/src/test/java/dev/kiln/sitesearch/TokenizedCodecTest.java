package dev.kiln.sitesearch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.kiln.search.index.IndexBuilder;
import dev.kiln.search.index.Section;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A page's cached search sections come back exactly as tokenized, or not at all. */
class TokenizedCodecTest {
    private static final List<IndexBuilder.Tokenized> PAGE = List.of(
            new IndexBuilder.Tokenized(new Section("guide/basics.html#first", "Basics", "First steps", "Energy is mass.", false),
                    new String[] {"energy", "mass", "模型", "训练", "é"}, new int[] {3, 1, 2, 7, 1}, new int[] {0, 2}),
            new IndexBuilder.Tokenized(new Section("guide/basics.html", "Basics", "", "", true), new String[0], new int[0], new int[0]));

    @Test
    void sectionsComeBackAsTheyWere() {
        List<IndexBuilder.Tokenized> back = TokenizedCodec.decode(TokenizedCodec.encode(PAGE));
        assertEquals(PAGE.size(), back.size());
        for (int i = 0; i < PAGE.size(); i++) {
            assertEquals(PAGE.get(i).section(), back.get(i).section());
            assertArrayEquals(PAGE.get(i).tokens(), back.get(i).tokens());
            assertArrayEquals(PAGE.get(i).weights(), back.get(i).weights());
            assertArrayEquals(PAGE.get(i).partStarts(), back.get(i).partStarts());
        }
    }

    @Test
    void anEntryCutShortIsAMiss() {
        byte[] whole = TokenizedCodec.encode(PAGE);
        for (int cut : new int[] {whole.length - 1, whole.length / 2, 5}) {
            assertNull(TokenizedCodec.decode(Arrays.copyOf(whole, cut)), "cut to " + cut + " bytes");
        }
    }
}
