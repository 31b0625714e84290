package dev.kiln.search.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.search.text.JvmFolding;
import dev.kiln.search.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndexBuilderTest {
    private static final Tokenizer TOKENIZER = new Tokenizer(JvmFolding.INSTANCE);

    private static List<Section> sections() {
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            sections.add(new Section("p" + i + ".html", "Page " + i, i % 3 == 0 ? "Page " + i : "Part " + i % 7,
                    "梯度下降 word" + i % 40 + " adam optimiser 反向传播 " + "x".repeat(i % 5) + " 模型" + i % 11, i % 3 == 0));
        }
        return sections;
    }

    private static String files(SearchIndex index) {
        return index.meta() + "\u0000" + String.join("\u0000", index.shards()) + "\u0000" + String.join("\u0000", index.chunks());
    }

    @Test
    void sectionsAddedInBatchesMakeTheIndexTheyMakeOneByOne() {
        IndexBuilder single = new IndexBuilder(TOKENIZER);
        sections().forEach(single::add);
        IndexBuilder batched = new IndexBuilder(TOKENIZER);
        List<Section> all = sections();
        for (int from = 0; from < all.size(); from += 64) {
            batched.addAll(all.subList(from, Math.min(all.size(), from + 64)).stream().map(batched::tokenize).toList());
        }
        assertEquals(files(single.build(2000, 3000)), files(batched.build(2000, 3000)));
    }

    @Test
    void postingsCarryHeadingAndTitleFlagsAndCappedCounts() {
        IndexBuilder builder = new IndexBuilder(TOKENIZER);
        builder.add(new Section("a.html", "Adam", "Adam", "adam ".repeat(40), true));
        builder.add(new Section("a.html#b", "Adam", "Notes", "adam once", false));
        String shard = builder.build(100_000, 100_000).shards().get(0);
        String line = shard.lines().filter(l -> l.startsWith("adam\t")).findFirst().orElseThrow();
        Codec.Reader r = new Codec.Reader(line, line.indexOf('\t') + 1);
        assertEquals(0, r.next());
        assertEquals(Fields.TITLE | Fields.HEADING | Fields.MAX_COUNT, r.next(), "title, heading and 40 occurrences counted as 15");
        assertEquals(1, r.next());
        assertEquals(1, r.next(), "once in the text, not in the heading");
        assertTrue(!r.more());
    }
}
