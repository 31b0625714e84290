import dev.kiln.cache.DiskCache;
import dev.kiln.diagram.DiagramRenderer;
import dev.kiln.diagram.flowchart.Flowchart;
import dev.kiln.diagram.flowchart.FlowchartParser;
import dev.kiln.diagram.layout.FlowchartLayout;
import dev.kiln.diagram.layout.Layout;
import dev.kiln.diagram.svg.SvgWriter;
import dev.kiln.i18n.UiStrings;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Flowchart cost, in CPU time of the drawing thread: the first diagram in a fresh JVM (ELK's
 * classes and service registry), then warm per-diagram times for the article's diagram and a
 * generated 200-node one, split into parse, layout and SVG. Run by bench/diagrams; prints figures.
 */
public class DiagramBench {
    static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        String article = articleDiagram(Path.of("content/02-core-concepts.md"));
        String big = generated(200);
        int reps = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        SvgWriter writer = new SvgWriter(UiStrings.of("zh-CN", java.util.Map.of()));

        long w0 = System.nanoTime();
        long t0 = cpu();
        String first = draw(article, writer);
        long t1 = cpu();
        System.out.printf("first diagram in a fresh JVM (article's):   %8.1f ms CPU, %.1f ms wall (%d bytes of SVG)%n",
                (t1 - t0) / 1e6, (System.nanoTime() - w0) / 1e6, first.length());
        long t2 = cpu();
        draw(big, writer);
        System.out.printf("first 200-node diagram, right after:         %8.1f ms CPU%n", (cpu() - t2) / 1e6);

        report("article's diagram (16 nodes, 15 edges)", article, reps, writer);
        report("generated diagram (200 nodes, " + edges(big) + " edges)", big, Math.max(10, reps / 10), writer);
        // dense: links at random between 300 nodes, at Kiln's limit of links
        String dense = dense(300, 1000);
        report("dense diagram (300 nodes, 1000 edges)", dense, 5, writer);
        dense = dense(120, 1000);
        report("denser diagram (120 nodes, 1000 edges)", dense, 5, writer);

        DiagramRenderer cached = new DiagramRenderer(new DiskCache(null), UiStrings.of("zh-CN", java.util.Map.of()));
        cached.render(article);
        long c0 = System.nanoTime();
        for (int i = 0; i < 10_000; i++) cached.render(article);
        System.out.printf("cache hit (memory), article's diagram:       %8.4f ms each%n", (System.nanoTime() - c0) / 1e6 / 10_000);
    }

    static String draw(String source, SvgWriter writer) throws Exception {
        return writer.write(FlowchartLayout.layout(FlowchartParser.parse(source)), "d");
    }

    /** Warm-up, then medians of parse, layout and SVG writing. */
    static void report(String label, String source, int reps, SvgWriter writer) throws Exception {
        for (int i = 0; i < reps; i++) draw(source, writer);
        long[] parse = new long[reps], layout = new long[reps], svg = new long[reps], total = new long[reps];
        for (int i = 0; i < reps; i++) {
            long a = cpu();
            Flowchart chart = FlowchartParser.parse(source);
            long b = cpu();
            Layout laid = FlowchartLayout.layout(chart);
            long c = cpu();
            writer.write(laid, "d");
            long d = cpu();
            parse[i] = b - a;
            layout[i] = c - b;
            svg[i] = d - c;
            total[i] = d - a;
        }
        System.out.printf("%s, warm, median of %d:%n", label, reps);
        System.out.printf("  total %7.2f ms CPU  (parse %.2f, layout %.2f, svg %.2f)%n",
                median(total), median(parse), median(layout), median(svg));
    }

    static double median(long[] values) {
        long[] v = values.clone();
        Arrays.sort(v);
        return v[v.length / 2] / 1e6;
    }

    static long cpu() {
        return THREADS.getCurrentThreadCpuTime();
    }

    static String articleDiagram(Path page) throws Exception {
        String md = Files.readString(page);
        int start = md.indexOf("```mermaid\n") + "```mermaid\n".length();
        return md.substring(start, md.indexOf("```", start));
    }

    /** A layered graph: a ternary tree of 200 nodes plus cross links downwards, some labelled, some diamonds. */
    static String generated(int n) {
        StringBuilder s = new StringBuilder("graph TD\n");
        String[] words = {"数据", "模型", "训练", "评估", "部署", "Data", "Model", "Train", "Eval", "Serve"};
        for (int i = 0; i < n; i++) {
            String label = words[i % words.length] + " " + i;
            s.append("  n").append(i).append(i % 9 == 0 ? "{" + label + "}" : "[" + label + "]").append('\n');
        }
        for (int i = 1; i < n; i++) {
            s.append("  n").append((i - 1) / 3).append(i % 11 == 0 ? " -->|是| n" : " --> n").append(i).append('\n');
            if (i % 4 == 0 && i > 10) s.append("  n").append(i / 2 - 3).append(" -.-> n").append(i).append('\n');
        }
        return s.toString();
    }

    /** {@code edges} links between random pairs of {@code nodes} nodes, always from the lower number to the higher. */
    static String dense(int nodes, int edges) {
        java.util.Random random = new java.util.Random(42);
        StringBuilder s = new StringBuilder("graph TD\n");
        for (int k = 0; k < edges; k++) {
            int a = random.nextInt(nodes);
            int b = random.nextInt(nodes - 1);
            if (b >= a) b++;
            s.append("  n").append(Math.min(a, b)).append(k % 7 == 0 ? " -->|yes| n" : " --> n").append(Math.max(a, b)).append('\n');
        }
        return s.toString();
    }

    static long edges(String source) {
        return source.lines().filter(l -> l.contains("->")).count();
    }
}
