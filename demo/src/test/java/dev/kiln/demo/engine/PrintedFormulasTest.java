package dev.kiln.demo.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The article's §4.2 backpropagation formulas against the true gradient, on the two-layer ReLU
 * network of the §4.2 demo (content/04-math-models.md): backpropagation agrees with central
 * differences, the printed formulas do not, and the one they get wrong in shape is marked so.
 */
class PrintedFormulasTest {
    static final String SECTION_4_2 = """
            {"data": {"kind": "sine", "samples": 40, "noise": 0.1, "seed": 3}, "model": ["8 relu", 1],
             "optimizer": {"name": "adam", "lr": 0.01}, "epochs": %d, "batch": "full", "panel": "check"}""";

    static Trainer trained(int epochs) {
        Trainer t = new Trainer(DemoSpecTest.spec(SECTION_4_2.formatted(epochs)));
        while (t.runEpoch()) {}
        return t;
    }

    @Test
    void backpropAgreesAndThePrintedFormulasDoNot() {
        for (int epochs : new int[] {1, 500}) {
            GradientCheck.Report r = trained(epochs).gradientCheck();
            System.out.printf("§4.2 after %d epochs: backprop %s, printed %s%n", epochs, java.util.Arrays.toString(r.backprop), java.util.Arrays.toString(r.printed));
            assertTrue(r.worstBackprop() < 1e-6, "backprop: " + r.worstBackprop());
            assertTrue(r.worstPrinted() > 1e-1, "printed: " + r.worstPrinted());
            assertTrue(Double.isNaN(r.printed[3]), "∂J/∂b⁽²⁾ = (y − ŷ) ⊙ h has n values for one bias");
            // the printed output-layer weight gradient is the true one negated: its sign is wrong
            assertEquals(2, r.printed[2], 1e-6);
        }
    }

    /** On a hand-sized case the formulas give exactly what the docs say they read: e·h, h·W⁽²⁾e, x·W⁽²⁾e, with e = y − ŷ. */
    @Test
    void theFormulasAreEvaluatedAsPrinted() {
        Model model = new Model(1, new int[] {2, 1}, new Activation[] {Activation.RELU, Activation.LINEAR});
        Dense hidden = model.layers()[0];
        Dense out = model.layers()[1];
        hidden.w[0] = 1; hidden.w[1] = -1; hidden.b[0] = 0.5; hidden.b[1] = 0.25;
        out.w[0] = 2; out.w[1] = 3; out.b[0] = 0;
        // x = 1: z = (1.5, −0.75), h = (1.5, 0), ŷ = 3; y = 1, so e = −2; one sample, so 2/N = 2
        List<double[]> g = PrintedFormulas.gradients(model, new double[][] {{1}}, new double[] {1});
        double e = 2 * (1 - 3.0);
        assertEquals(List.of(e * 1 * 2, e * 1 * 3), List.of(g.get(0)[0], g.get(0)[1]), "∂J/∂W⁽¹⁾ = x·W⁽²⁾ⱼ·e");
        assertEquals(List.of(1.5 * 2 * e, 0.0), List.of(g.get(1)[0], g.get(1)[1]), "∂J/∂b⁽¹⁾ = hⱼ·W⁽²⁾ⱼ·e");
        assertEquals(List.of(e * 1.5, 0.0), List.of(g.get(2)[0], g.get(2)[1]), "∂J/∂W⁽²⁾ = e·hⱼ");
        assertNull(g.get(3));
        assertNull(PrintedFormulas.gradients(new Model(1, new int[] {1}, new Activation[] {Activation.LINEAR}), new double[][] {{1}}, new double[] {1}),
                "a model that is not the article's two-layer network has no printed formulas");
    }
}
