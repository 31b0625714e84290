package dev.kiln.demo.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Backpropagation against numeric gradients, for every activation, loss and a range of shapes. */
class GradientCheckTest {

    @ParameterizedTest(name = "{0} with {1}, layers {2}")
    @CsvSource({
            "linear, mse, 1", "linear, mae, 1",
            "tanh, mse, 5-1", "tanh, mae, 5-1", "relu, mse, 6-1", "relu, mae, 6-1",
            "sigmoid, mse, 4-1", "sigmoid, mae, 4-1",
            "tanh, mse, 8-8-1", "relu, mse, 7-5-1", "sigmoid, mse, 3-4-2-1", "tanh, mae, 16-16-1"})
    void backpropMatchesCentralDifferences(String activation, String loss, String layers) {
        String[] sizes = layers.split("-");
        int[] units = new int[sizes.length];
        Activation[] acts = new Activation[sizes.length];
        for (int l = 0; l < sizes.length; l++) {
            units[l] = Integer.parseInt(sizes[l]);
            acts[l] = l == sizes.length - 1 ? Activation.LINEAR : Activation.named(activation);
        }
        if (sizes.length == 1) acts[0] = Activation.named(activation);
        Model model = new Model(3, units, acts);
        Rng rng = new Rng(11);
        for (Dense layer : model.layers()) {
            Initializer.GLOROT_NORMAL.fill(layer, rng, 0);
            for (int j = 0; j < layer.b.length; j++) layer.b[j] = 0.1 * rng.gaussian();
        }
        Dataset data = Dataset.linear(12, new double[] {1.5, -2, 0.5}, 0.3, new double[0], 0.2, 5);
        double error = GradientCheck.maxRelativeError(model, Loss.named(loss), data.x, data.y, 1e-4);
        assertTrue(error < 1e-6, "max relative error " + error);
    }
}
