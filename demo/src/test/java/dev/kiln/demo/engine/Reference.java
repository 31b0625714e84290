package dev.kiln.demo.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** The Keras reference run (copied from the shared test data into test resources): its data and its results. */
final class Reference {
    private Reference() {}

    @SuppressWarnings("unchecked")
    static Map<String, Object> load(String name) {
        try (InputStream in = Reference.class.getResourceAsStream("/keras-reference/" + name)) {
            return (Map<String, Object>) Json.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), Double::parseDouble);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Map<String, Object> m, String key) {
        return (Map<String, Object>) m.get(key);
    }

    @SuppressWarnings("unchecked")
    static double[] numbers(Object list) {
        List<Object> l = (List<Object>) list;
        double[] out = new double[l.size()];
        for (int i = 0; i < out.length; i++) out[i] = (Double) l.get(i);
        return out;
    }

    /** The article's example as a demo spec: Dense(1), MSE, Adam 0.1, batch 32, 1000 epochs, the reference seeds. */
    static DemoSpec articleSpec() {
        DemoSpec s = new DemoSpec();
        s.dataKind = "uniform";
        s.samples = 100;
        s.features = 2;
        s.dataSeed = 42;
        s.units = new int[] {1};
        s.activations = new Activation[] {Activation.LINEAR};
        s.init = Initializer.GLOROT_UNIFORM;
        s.initSeed = 1;
        s.loss = Loss.MSE;
        s.metrics = new Loss[] {Loss.MAE};
        s.optimizer = "adam";
        s.lr = 0.1;
        s.epochs = 1000;
        s.batch = 32;
        s.shuffleSeed = 7;
        return s;
    }
}
