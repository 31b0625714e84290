package dev.kiln.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A cache key names exactly what went into it: the same parts give the same key, anything else another. */
class CacheKeyTest {
    @Test
    void theSamePartsGiveTheSameKey() {
        String key = DiskCache.key("katex", "E = mc^2", "模型训练");
        assertEquals(key, DiskCache.key("katex", new String("E = mc^2".toCharArray()), "模型" + "训练"));
        assertTrue(key.matches("[0-9a-f]{32}"), key);
    }

    @Test
    void whereOnePartEndsCounts() {
        assertNotEquals(DiskCache.key("ab", "c"), DiskCache.key("a", "bc"));
        assertNotEquals(DiskCache.key("a\0", "b"), DiskCache.key("a", "\0b"), "a separator character inside a part is no boundary");
        assertNotEquals(DiskCache.key("a", ""), DiskCache.key("a"));
        assertNotEquals(DiskCache.key("a", "b"), DiskCache.key("b", "a"));
    }

    /** Pages a single character apart, as an author's edit leaves them: no two share a key. */
    @Test
    void everyOneCharacterEditChangesTheKey() {
        String page = "# 第一章\n\nEnergy is $E = mc^2$.\n".repeat(20);
        Set<String> keys = new HashSet<>();
        keys.add(DiskCache.key("page", page));
        for (int i = 0; i < page.length(); i++) {
            keys.add(DiskCache.key("page", page.substring(0, i) + page.substring(i + 1)));
            keys.add(DiskCache.key("page", page.substring(0, i) + 'x' + page.substring(i + 1)));
        }
        assertTrue(keys.size() > 2 * page.length() - 40, "deleting or replacing any one character changes the key: " + keys.size());
    }
}
