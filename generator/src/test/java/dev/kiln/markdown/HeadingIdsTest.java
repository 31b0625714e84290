package dev.kiln.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HeadingIdsTest {
    @Test
    void keepsLettersOfEveryScriptAndFoldsTheRestIntoDashes() {
        assertEquals("1-背景介绍", HeadingIds.slug("1. 背景介绍"));
        assertEquals("参考文献-references", HeadingIds.slug("参考文献 References"));
        assertEquals("5-项目实践-代码实例和详细解释说明", HeadingIds.slug("5. 项目实践：代码实例和详细解释说明"));
        assertEquals("what-s-new", HeadingIds.slug("What’s new?"));
        assertEquals("section", HeadingIds.slug("!!!"));
    }

    @Test
    void repeatsAreNumberedWithoutClashingWithRealHeadings() {
        HeadingIds ids = new HeadingIds();
        assertEquals("a-1", ids.next("a 1"));
        assertEquals("a", ids.next("a"));
        assertEquals("a-2", ids.next("a"));
        assertEquals("a-3", ids.next("a"));
    }
}
