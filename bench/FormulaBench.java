import dev.kiln.cache.DiskCache;
import dev.kiln.math.KatexRenderer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * KaTeX cost per new formula, in CPU time of the rendering thread: the first formulas (engine and
 * context start-up, cold interpreter) and the steady state. Run by bench/formulas; prints figures.
 */
public class FormulaBench {
    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        List<String> formulas = new ArrayList<>();
        String[] shapes = {
            "\\frac{\\partial J}{\\partial W^{(%d)}} = h\\,\\delta^{(%d)\\top}",
            "\\sum_{i=1}^{%d} (y_i - \\hat{y}_i)^2",
            "\\begin{pmatrix} %d & b \\\\ c & d \\end{pmatrix}",
            "\\sqrt{\\frac{6}{n_{\\text{in}} + %d}}",
            "\\operatorname*{arg\\,min}_{w} \\lVert Xw - y \\rVert_2^2 + %d \\lambda",
            "\\begin{aligned} a_{%d} &= b + c \\\\ d &= e \\end{aligned}",
            "x_{%d} \\in \\mathbb{R}^{m \\times n}",
            "\\left( \\int_0^{%d} f(t)\\, dt \\right)^2",
        };
        for (int i = 0; i < count; i++) formulas.add(String.format(shapes[i % shapes.length], i, i));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long wallStart = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long[] cpuAt = new long[count + 1];
        try (KatexRenderer katex = new KatexRenderer(new DiskCache(null), Map.of())) {
            for (int i = 0; i < count; i++) {
                if (!katex.render(formulas.get(i), i % 3 == 0).ok()) throw new IllegalStateException(formulas.get(i));
                cpuAt[i + 1] = threads.getCurrentThreadCpuTime() - cpuStart;
            }
        }
        double wall = (System.nanoTime() - wallStart) / 1e9;
        int half = count / 2;
        System.out.printf("formulas: %d new, one thread, %.1f s wall%n", count, wall);
        System.out.printf("  first formula (engine + context start): %8.1f ms CPU%n", cpuAt[1] / 1e6);
        System.out.printf("  formulas 2-100 (cold interpreter):     %8.2f ms CPU each%n", (cpuAt[Math.min(100, count)] - cpuAt[1]) / 1e6 / Math.max(1, Math.min(100, count) - 1));
        System.out.printf("  steady state (last %d):              %8.2f ms CPU each%n", count - half, (cpuAt[count] - cpuAt[half]) / 1e6 / (count - half));
        System.out.printf("  all, start-up included:                %8.2f ms CPU each%n", cpuAt[count] / 1e6 / count);
    }
}
