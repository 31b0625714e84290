package dev.kiln.demo.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Four samples at once must be four samples one by one, to the bit: the predictions, and the
 * gradients they add (on top of gradients already there, as within a batch), for every activation
 * and for layer sizes that are and are not multiples of four.
 */
class FourSamplesTest {
    @ParameterizedTest
    @EnumSource(Activation.class)
    void fourAtOnceIsFourOneByOne(Activation f) {
        int[] units = {5, 8, 3, 1};
        Activation[] acts = {f, f, Activation.TANH, Activation.LINEAR};
        Model one = model(units, acts), four = model(units, acts);
        Rng rng = new Rng(5);
        double[][] x = new double[4][3];
        double[] dOut = new double[4];
        for (int round = 0; round < 3; round++) {
            for (double[] row : x) for (int i = 0; i < row.length; i++) row[i] = 4 * rng.next() - 2;
            for (int k = 0; k < 4; k++) dOut[k] = rng.next() - 0.5;
            double[] p = four.four().predict(x[0], x[1], x[2], x[3]).clone();
            four.four().backward(dOut);
            for (int k = 0; k < 4; k++) {
                assertEquals(Double.doubleToRawLongBits(one.predict(x[k])), Double.doubleToRawLongBits(p[k]), "prediction " + k);
                one.backward(x[k], dOut[k]);
            }
            for (int a = 0; a < one.gradientArrays().size(); a++) {
                assertArrayEquals(one.gradientArrays().get(a), four.gradientArrays().get(a), "gradient array " + a + " after round " + round);
            }
        }
    }

    private static Model model(int[] units, Activation[] acts) {
        Model m = new Model(3, units, acts);
        Rng init = new Rng(9);
        for (Dense layer : m.layers()) {
            for (int i = 0; i < layer.w.length; i++) layer.w[i] = init.next() - 0.5;
            for (int j = 0; j < layer.b.length; j++) layer.b[j] = 0.2 * init.next() - 0.1;
        }
        return m;
    }
}
