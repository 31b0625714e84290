package dev.kiln.diagram.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextMetricsTest {
    @Test
    void cjkIsOneEmPerCharacterWhateverTheScript() {
        assertEquals(4 * TextMetrics.FONT_SIZE, TextMetrics.width("强化学习"), 1e-9);
        assertEquals(3 * TextMetrics.FONT_SIZE, TextMetrics.width("かなカ"), 1e-9);
        assertEquals(2 * TextMetrics.FONT_SIZE, TextMetrics.width("，。"), 1e-9, "CJK punctuation");
        assertEquals(2 * TextMetrics.FONT_SIZE, TextMetrics.width("한국"), 1e-9);
    }

    @Test
    void latinIsNarrowerAndWideLettersWider() {
        assertTrue(TextMetrics.width("il") < TextMetrics.width("mw"));
        assertTrue(TextMetrics.width("abc") < 3 * TextMetrics.FONT_SIZE * 0.7);
    }

    @Test
    void wrapsBetweenWordsOrBetweenCjkCharactersAndKeepsBreaks() {
        List<String> lines = TextMetrics.lines("A long label that will certainly need to wrap onto more lines");
        assertTrue(lines.size() >= 2, lines.toString());
        for (String line : lines) {
            assertTrue(TextMetrics.width(line) <= TextMetrics.WRAP_WIDTH, line);
            assertEquals(line.strip(), line);
        }
        assertEquals("A long label that will certainly need to wrap onto more lines", String.join(" ", lines));
        List<String> cjk = TextMetrics.lines("一二三四五六七八九十一二三四五六七八九十");
        assertEquals(List.of("一二三四五六七八九十一二", "三四五六七八九十"), cjk, "12 em fit in 200 px at 16 px");
        assertEquals(List.of("one", "two"), TextMetrics.lines("one\ntwo"));
    }
}
