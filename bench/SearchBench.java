import dev.kiln.demo.engine.Json;
import dev.kiln.search.query.Query;
import dev.kiln.search.query.SearchSession;
import dev.kiln.search.text.JvmFolding;
import dev.kiln.search.text.Tokenizer;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

/**
 * Sizes of a built site's search index: all of it, and what one query downloads as a fresh reader
 * (engine, meta, the shards it needs, the chunks of its first ten results), gzip -9 as a host would
 * serve them. Usage: java -cp kiln.jar bench/SearchBench.java SITE_DIR QUERY...
 */
public class SearchBench {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]).resolve("assets/search");
        long raw = 0, gz = 0, files = 0, indexGz = 0;
        try (var list = Files.list(dir)) {
            for (Path f : list.sorted().toList()) {
                byte[] b = Files.readAllBytes(f);
                raw += b.length;
                gz += gzip(b);
                files++;
                String name = f.getFileName().toString();
                if (name.equals("meta.js") || name.matches("s\\d+\\.js")) indexGz += gzip(b);
            }
        }
        System.out.printf("  %-22s %6d files, %8.1f KB, %7.1f KB gzip; token index (meta + shards) %.1f KB gzip; engine %.1f KB gzip%n",
                Path.of(args[0]).getFileName(), files, raw / 1024.0, gz / 1024.0, indexGz / 1024.0, gzip(Files.readAllBytes(dir.resolve("engine.js"))) / 1024.0);
        if (args.length > 1 && args[1].equals("--tokenization")) {
            tokenization(dir);
            return;
        }
        for (int a = 1; a < args.length; a++) {
            String query = args[a];
            SearchSession s = new SearchSession(new Tokenizer(JvmFolding.INSTANCE), argument(dir.resolve("meta.js")));
            Set<String> loaded = new LinkedHashSet<>(Set.of("engine.js", "meta.js"));
            Query q = s.parse(query);
            for (int n : s.missingShards(q)) {
                s.addShard(n, argument(dir.resolve("s" + n + ".js")));
                loaded.add("s" + n + ".js");
            }
            int[] hits = s.search(q, 10);
            for (int n : s.missingChunks(hits)) {
                s.addChunk(n, argument(dir.resolve("c" + n + ".js")));
                loaded.add("c" + n + ".js");
            }
            long bytes = 0;
            for (String f : loaded) bytes += gzip(Files.readAllBytes(dir.resolve(f)));
            System.out.printf("    first query %-12s loads %2d files, %6.1f KB gzip (%d results)%n", query, loaded.size(), bytes / 1024.0, hits.length);
        }
    }

    /**
     * The choice of CJK tokens, measured: the index as built (pairs, plus each run's last
     * character) against pairs plus every character alone, rebuilt from the result text the
     * site published. Every character alone is what "bigrams plus unigrams" means elsewhere.
     */
    static void tokenization(Path dir) throws Exception {
        java.util.List<String[]> sections = new java.util.ArrayList<>();
        for (int i = 0; Files.exists(dir.resolve("c" + i + ".js")); i++) {
            String[] lines = argument(dir.resolve("c" + i + ".js")).split("\n", -1);
            for (int l = 0; l + 3 < lines.length; l += 4) sections.add(new String[] {lines[l], lines[l + 1], lines[l + 2], lines[l + 3]});
        }
        Tokenizer t = new Tokenizer(JvmFolding.INSTANCE);
        for (boolean everyCharacter : new boolean[] {false, true}) {
            var builder = new dev.kiln.search.index.IndexBuilder(t);
            for (String[] s : sections) {
                String text = s[3];
                // characters one by one, each its own run: adds every character's own postings
                if (everyCharacter) text += " " + text.codePoints().filter(c -> c >= 0x3400).collect(StringBuilder::new, (b, c) -> b.appendCodePoint(c).append(' '), StringBuilder::append);
                builder.add(new dev.kiln.search.index.Section(s[0], s[1], s[2], text, !s[0].contains("#")));
            }
            var index = builder.build(1 << 30, 1 << 30);
            long bytes = gzip(index.shards().get(0).getBytes(StandardCharsets.UTF_8));
            System.out.printf("  CJK tokens %-38s token index %7.1f KB gzip%n", everyCharacter ? "pairs + every character:" : "pairs + each run's last character:", bytes / 1024.0);
        }
    }

    static String argument(Path file) throws Exception {
        String js = Files.readString(file, StandardCharsets.UTF_8);
        return (String) Json.parse(js.substring(js.indexOf('"'), js.lastIndexOf('"') + 1), Double::parseDouble);
    }

    static long gzip(byte[] b) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out) { { def.setLevel(9); } }) {
            z.write(b);
        }
        return out.size();
    }
}
