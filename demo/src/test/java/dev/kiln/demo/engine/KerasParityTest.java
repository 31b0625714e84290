package dev.kiln.demo.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The article's Keras example replayed: same data, initial weights, batch order and Adam, so the same loss curve. */
class KerasParityTest {
    static final Map<String, Object> DATA = Reference.load("data.json");
    static final Map<String, Object> RUN = Reference.load("linear-plain-losscurve.json");

    @Test
    void theGeneratorsRedrawTheReferenceDataAndInitialWeights() {
        Map<String, Object> linear = Reference.map(DATA, "linear");
        double[] x = Reference.numbers(linear.get("X"));
        double[] y = Reference.numbers(linear.get("y"));
        Dataset d = Dataset.uniform(100, 2, 42);
        for (int i = 0; i < 100; i++) {
            assertEquals(x[2 * i], d.x[i][0], 0.0);
            assertEquals(x[2 * i + 1], d.x[i][1], 0.0);
            assertEquals(y[i], d.y[i], 0.0);
        }
        Trainer trainer = new Trainer(Reference.articleSpec());
        double[] w = trainer.model().layers()[0].parameters();
        assertArrayEquals(Reference.numbers(Reference.map(RUN, "init").get("W")), new double[] {w[0], w[1]}, 0.0);
        assertEquals(0.0, w[2], 0.0);
    }

    @Test
    void theLossCurveMetricAndFinalWeightsMatchBitForBit() {
        Trainer trainer = new Trainer(Reference.articleSpec());
        while (trainer.runEpoch()) { }
        double[] loss = trainer.lossHistory();
        double[] mae = trainer.metricHistory(0);
        Map<String, Object> refLoss = Reference.map(RUN, "loss");
        Map<String, Object> refMae = Reference.map(RUN, "mae");
        int exact = 0;
        for (String epoch : refLoss.keySet()) {
            int e = Integer.parseInt(epoch);
            double want = (Double) refLoss.get(epoch);
            assertEquals(want, loss[e - 1], Math.abs(want) * 1e-6, "loss at epoch " + e);
            assertEquals((Double) refMae.get(epoch), mae[e - 1], Math.abs((Double) refMae.get(epoch)) * 1e-6, "mae at epoch " + e);
            if (want == loss[e - 1]) exact++;
        }
        Map<String, Object> fin = Reference.map(RUN, "final");
        double[] w = trainer.model().layers()[0].parameters();
        double[] refW = Reference.numbers(fin.get("W"));
        assertEquals(refW[0], w[0], Math.abs(refW[0]) * 1e-6);
        assertEquals(refW[1], w[1], Math.abs(refW[1]) * 1e-6);
        assertEquals((Double) fin.get("b"), w[2], 1e-6 * (Double) fin.get("b"));
        assertEquals(refLoss.size(), exact, "the same operation order gives the very same bits at every reported epoch");
        assertArrayEquals(new double[] {refW[0], refW[1], (Double) fin.get("b")}, new double[] {w[0], w[1], w[2]}, 0.0);
    }

    @Test
    void predictionsAreTheMeanOfNoiseNotTheArticlesClaim() {
        Trainer trainer = new Trainer(Reference.articleSpec());
        while (trainer.runEpoch()) { }
        for (double p : trainer.predictions()) assertTrue(p > 0.4 && p < 0.6, "prediction " + p);
    }
}
