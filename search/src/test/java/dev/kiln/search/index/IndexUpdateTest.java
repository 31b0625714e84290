package dev.kiln.search.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.search.text.JvmFolding;
import dev.kiln.search.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * An index brought up to date after edits must be the very index a build from scratch makes of
 * the edited sections, and must keep most of its parts as they were.
 */
class IndexUpdateTest {
    private static final Tokenizer TOKENIZER = new Tokenizer(JvmFolding.INSTANCE);
    private static final String[] WORDS = {"gradient", "descent", "adam", "optimiser", "梯度", "下降", "模型", "训练", "loss", "layer",
        "neuron", "batch", "epoch", "学习率", "token", "attention", "transformer", "データ", "学習", "weight"};
    private static final int SHARD = 600;
    private static final int CHUNK = 900;

    /** Pages of three sections each, numbered in order. */
    private static List<List<Section>> site(Random random, int pages) {
        List<List<Section>> site = new ArrayList<>();
        for (int p = 0; p < pages; p++) {
            List<Section> page = new ArrayList<>();
            for (int s = 0; s < 3; s++) page.add(section(random, p, s, "Part " + s));
            site.add(page);
        }
        return site;
    }

    private static Section section(Random random, int page, int s, String heading) {
        StringBuilder text = new StringBuilder();
        for (int w = random.nextInt(40); w >= 0; w--) text.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(30)).append(' ');
        return new Section("p" + page + ".html" + (s == 0 ? "" : "#s" + s), "Page " + page, s == 0 ? "Page " + page : heading, text.toString(), s == 0);
    }

    private static SearchIndex build(List<List<Section>> site) {
        IndexBuilder builder = new IndexBuilder(TOKENIZER);
        site.forEach(page -> page.forEach(builder::add));
        return builder.build(SHARD, CHUNK);
    }

    private static List<IndexBuilder.Tokenized> tokenized(List<Section> page) {
        IndexBuilder builder = new IndexBuilder(TOKENIZER);
        return page.stream().map(builder::tokenize).toList();
    }

    /** The updated index's parts as text, the kept ones taken from the old index. */
    private static List<String> texts(List<IndexUpdate.Part> parts, List<String> old) {
        return parts.stream().map(p -> p.old() >= 0 ? old.get(p.old()) : p.text()).toList();
    }

    @Test
    void editedPagesGiveTheIndexABuildFromScratchGives() {
        for (int seed = 0; seed < 60; seed++) {
            Random random = new Random(seed);
            List<List<Section>> site = site(random, 40 + random.nextInt(40));
            SearchIndex before = build(site);
            List<List<Section>> edited = new ArrayList<>(site);
            List<IndexUpdate.Change> changes = new ArrayList<>();
            for (int e = 1 + random.nextInt(3); e > 0; e--) {
                int p = random.nextInt(site.size());
                if (edited.get(p) != site.get(p)) continue;
                List<Section> page = new ArrayList<>(site.get(p));
                int s = random.nextInt(page.size());
                page.set(s, section(random, p, s, random.nextBoolean() ? "Part " + s : "Renamed " + seed));
                edited.set(p, page);
                changes.add(new IndexUpdate.Change(3 * p, tokenized(site.get(p)), tokenized(page)));
            }
            Meta meta = Meta.parse(before.meta());
            IndexUpdate.Updated updated = IndexUpdate.apply(new IndexUpdate.Old(meta, before.shards()::get, before.chunks()::get), changes, SHARD, CHUNK);
            SearchIndex expected = build(edited);
            assertEquals(expected.meta(), updated.meta(), "meta, seed " + seed);
            assertEquals(expected.shards(), texts(updated.shards(), before.shards()), "shards, seed " + seed);
            assertEquals(expected.chunks(), texts(updated.chunks(), before.chunks()), "chunks, seed " + seed);
        }
    }

    @Test
    void aSmallEditRewritesFewParts() {
        Random random = new Random(7);
        List<List<Section>> site = site(random, 200);
        SearchIndex before = build(site);
        List<Section> page = new ArrayList<>(site.get(100));
        Section s = page.get(1);
        page.set(1, new Section(s.url(), s.pageTitle(), s.heading(), s.text() + " gradient3", false));
        IndexUpdate.Updated updated = IndexUpdate.apply(new IndexUpdate.Old(Meta.parse(before.meta()), before.shards()::get, before.chunks()::get),
                List.of(new IndexUpdate.Change(300, tokenized(site.get(100)), tokenized(page))), SHARD, CHUNK);
        long newShards = updated.shards().stream().filter(p -> p.old() < 0).count();
        long newChunks = updated.chunks().stream().filter(p -> p.old() < 0).count();
        assertTrue(before.shards().size() > 30 && before.chunks().size() > 30, before.shards().size() + " shards, " + before.chunks().size() + " chunks");
        assertTrue(newShards <= 4, newShards + " of " + updated.shards().size() + " shards rewritten");
        assertTrue(newChunks <= 4, newChunks + " of " + updated.chunks().size() + " chunks rewritten");
    }

    @Test
    void cutsPlacedByContentKeepPartsNearTheirTargetSize() {
        SearchIndex index = build(site(new Random(3), 300));
        int total = index.shards().stream().mapToInt(String::length).sum();
        double mean = (double) total / index.shards().size();
        assertTrue(mean > SHARD * 0.6 && mean < SHARD * 2, "mean shard " + mean + " characters for a target of " + SHARD);
        for (String shard : index.shards().subList(0, index.shards().size() - 1)) {
            assertTrue(shard.length() >= SHARD / 2, "a shard below half the target: " + shard.length());
        }
    }
}
