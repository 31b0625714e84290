import dev.kiln.diagram.flowchart.FlowchartParser;
import dev.kiln.diagram.layout.FlowchartLayout;
import dev.kiln.diagram.layout.SequenceGeometry;
import dev.kiln.diagram.layout.SequenceLayout;
import dev.kiln.diagram.sequence.SequenceDiagram;
import dev.kiln.diagram.sequence.SequenceParser;
import dev.kiln.diagram.svg.SequenceSvg;
import dev.kiln.diagram.svg.SvgWriter;
import dev.kiln.i18n.UiStrings;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Sequence-diagram cost, in CPU time of the drawing thread: the first diagram in a fresh JVM, then
 * warm medians for an article-sized diagram (30 messages) and a 100-message one, split into parse,
 * layout and SVG. The article's flowchart is the baseline, timed in alternation with each (A B A B),
 * so the ratio holds while the machine's speed drifts. Run by bench/diagrams; prints figures.
 */
public class SequenceBench {
    static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    static final UiStrings UI = UiStrings.of("zh-CN", java.util.Map.of());
    static final SequenceSvg SEQUENCE = new SequenceSvg(UI);
    static final SvgWriter FLOWCHART = new SvgWriter(UI);

    public static void main(String[] args) throws Exception {
        int reps = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        String article = sample(27); // 27 steps and 3 cached answers: 30 messages
        String hundred = sample(91); // 91 steps and 9 cached answers: 100 messages
        String flowchart = flowchartOfTheArticle();
        if (args.length > 1) Files.writeString(Path.of(args[1]), article); // for the page-weight comparison

        long w0 = System.nanoTime();
        long t0 = cpu();
        String first = draw(article);
        System.out.printf("first sequence diagram in a fresh JVM (30 messages): %7.1f ms CPU, %.1f ms wall (%d bytes of SVG)%n",
                (cpu() - t0) / 1e6, (System.nanoTime() - w0) / 1e6, first.length());
        long t1 = cpu();
        draw(hundred);
        System.out.printf("first 100-message diagram, right after:              %7.1f ms CPU%n", (cpu() - t1) / 1e6);

        for (int i = 0; i < reps; i++) { // warm all three before timing any
            draw(article);
            draw(hundred);
            drawFlowchart(flowchart);
        }
        report("article-sized", article, flowchart, reps);
        report("large", hundred, flowchart, reps);
    }

    static String draw(String source) throws Exception {
        return SEQUENCE.write(SequenceLayout.layout(SequenceParser.parse(source)), "d");
    }

    static String drawFlowchart(String source) throws Exception {
        return FLOWCHART.write(FlowchartLayout.layout(FlowchartParser.parse(source)), "d");
    }

    /** Medians of the diagram's parse, layout and SVG, and its total against the flowchart's, alternating the two. */
    static void report(String label, String source, String flowchart, int reps) throws Exception {
        long[] parse = new long[reps], layout = new long[reps], svg = new long[reps], total = new long[reps], base = new long[reps];
        for (int i = 0; i < reps; i++) {
            long a = cpu();
            SequenceDiagram d = SequenceParser.parse(source);
            long b = cpu();
            SequenceGeometry g = SequenceLayout.layout(d);
            long c = cpu();
            SEQUENCE.write(g, "d");
            long e = cpu();
            drawFlowchart(flowchart);
            long f = cpu();
            parse[i] = b - a;
            layout[i] = c - b;
            svg[i] = e - c;
            total[i] = e - a;
            base[i] = f - e;
        }
        System.out.printf("%s (%d messages, %d rows), warm, median of %d:%n", label, SequenceParser.parse(source).messages(),
                SequenceParser.parse(source).events().size(), reps);
        System.out.printf("  total %7.3f ms CPU  (parse %.3f, layout %.3f, svg %.3f)%n", median(total), median(parse), median(layout), median(svg));
        System.out.printf("  the article's flowchart, alternated: %.3f ms; sequence / flowchart = %.3f%n", median(base), median(total) / median(base));
    }

    /** A 30-message exchange like the ones a report shows: blocks, notes, activations and numbers, in Chinese and English. */
    static String sample(int messages) {
        StringBuilder s = new StringBuilder("sequenceDiagram\n    autonumber\n    actor 用户\n    participant 前端 as Web 前端\n"
                + "    participant API\n    participant 模型 as 大模型服务\n    participant DB as 向量库\n");
        String[][] steps = {{"用户", "前端", "->>", "输入问题"}, {"前端", "API", "->>+", "POST /chat"}, {"API", "DB", "->>", "检索相似片段"},
                {"DB", "API", "-->>", "top-k 结果"}, {"API", "模型", "->>+", "提示词 + 上下文"}, {"模型", "模型", "->>", "逐词生成"},
                {"模型", "API", "-->>-", "流式返回"}, {"API", "前端", "--)", "SSE 推送"}, {"前端", "用户", "-->>", "显示回答"},
                {"API", "前端", "-->>-", "done"}};
        for (int i = 0; i < messages; i++) {
            String[] step = steps[i % steps.length];
            int round = i / steps.length;
            if (i % steps.length == 0) s.append("    loop 第 ").append(round + 1).append(" 轮对话\n");
            if (i % steps.length == 2) s.append("    alt 命中缓存\n        API-->>前端: 缓存的回答\n    else 未命中\n");
            s.append("        ").append(step[0]).append(step[2]).append(step[1]).append(": ").append(step[3]).append('\n');
            if (i % steps.length == 3) s.append("    end\n");
            if (i % steps.length == 5) s.append("        Note right of 模型: 温度 0.7，最多 512 个词元\n");
            if (i % steps.length == steps.length - 1 || i == messages - 1) s.append("    end\n");
        }
        return s.toString();
    }

    static String flowchartOfTheArticle() throws Exception {
        String md = Files.readString(Path.of("content/02-core-concepts.md"));
        int start = md.indexOf("```mermaid\n") + "```mermaid\n".length();
        return md.substring(start, md.indexOf("```", start));
    }

    static double median(long[] values) {
        long[] v = values.clone();
        Arrays.sort(v);
        return v[v.length / 2] / 1e6;
    }

    static long cpu() {
        return THREADS.getCurrentThreadCpuTime();
    }
}
