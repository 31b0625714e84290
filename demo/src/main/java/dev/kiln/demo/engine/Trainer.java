package dev.kiln.demo.engine;

import java.util.Arrays;
import java.util.List;

/**
 * Trains a model on a demo's data, one epoch per call, so a page can train in time slices and
 * stop at once. Per-epoch loss and metrics are what Keras reports: the mean over the epoch of
 * each batch's value, weighted by batch size, each computed before that batch's update.
 */
public final class Trainer {
    private final DemoSpec spec;
    private final Model model;
    private final Optimizer optimizer;
    private final double[][] trainX;
    private final double[] trainY;
    private final double[][] validX;
    private final double[] validY;
    private final int[] order;
    private final Rng shuffler;
    private final List<double[]> parameters;
    private final List<double[]> gradients;
    private final double[] loss;
    private final double[][] metrics;
    private final double[] validLoss;
    private final double[] gradientNorms;
    private double[] initialGradientNorms;
    private int epoch;
    private int updates;
    private int divergedAt;
    private int stoppedAt;
    private double bestValid = Double.POSITIVE_INFINITY;
    private int bestEpoch;

    public Trainer(DemoSpec spec) {
        this.spec = spec;
        Dataset all = data(spec);
        // Keras's validation_split: the first floor(n·(1 − split)) samples train, the rest validate
        int valid = all.size() - (int) Math.floor(all.size() * (1.0 - spec.validation));
        Dataset train = all.rows(0, all.size() - valid);
        Dataset held = all.rows(all.size() - valid, all.size());
        Scaler scaler = Scaler.fit(spec.preprocess, train);
        trainX = scaler.apply(train.x);
        trainY = train.y;
        validX = scaler.apply(held.x);
        validY = held.y;
        model = new Model(all.features(), spec.units, spec.activations);
        Rng init = new Rng(spec.initSeed);
        for (Dense layer : model.layers()) spec.init.fill(layer, init, spec.initSigma);
        optimizer = spec.optimizer.equals("sgd") ? new Optimizer.Sgd(spec.lr, spec.momentum)
                : new Optimizer.Adam(spec.lr, spec.beta1, spec.beta2, spec.epsilon);
        parameters = model.parameterArrays();
        gradients = model.gradientArrays();
        optimizer.start(parameters);
        order = new int[trainY.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        shuffler = new Rng(spec.shuffleSeed);
        loss = new double[spec.epochs];
        metrics = new double[spec.metrics.length][spec.epochs];
        validLoss = new double[spec.epochs];
        gradientNorms = new double[model.layers().length];
    }

    static Dataset data(DemoSpec s) {
        return switch (s.dataKind) {
            case "linear" -> Dataset.linear(s.samples, s.trueWeights, s.trueBias, s.scales, s.noise, s.dataSeed);
            case "sine" -> Dataset.sine(s.samples, s.noise, s.dataSeed);
            case "points" -> Dataset.points(s.points);
            default -> Dataset.uniform(s.samples, s.features, s.dataSeed);
        };
    }

    /** Trains one epoch; false once every epoch has run or the loss has diverged. */
    public boolean runEpoch() {
        if (done()) return false;
        if (spec.shuffle) shuffler.shuffle(order);
        int n = order.length;
        int size = spec.batch == 0 ? n : Math.min(spec.batch, n);
        double lossTotal = 0;
        double[] metricTotals = new double[spec.metrics.length];
        for (int start = 0; start < n; start += size) {
            int nb = Math.min(size, n - start);
            model.clearGradients();
            double lossSum = 0;
            double[] metricSums = new double[spec.metrics.length];
            for (int k = start; k < start + nb; k++) {
                int i = order[k];
                double p = model.predict(trainX[i]);
                lossSum += spec.loss.value(p, trainY[i]);
                for (int m = 0; m < metricSums.length; m++) metricSums[m] += spec.metrics[m].value(p, trainY[i]);
                model.backward(trainX[i], spec.loss.derivative(p, trainY[i]) / nb);
            }
            double batchLoss = lossSum / nb + penalty();
            addPenaltyGradient();
            lossTotal += batchLoss * nb;
            for (int m = 0; m < metricTotals.length; m++) metricTotals[m] += metricSums[m] / nb * nb;
            recordGradientNorms();
            optimizer.step(parameters, gradients);
            updates++;
        }
        loss[epoch] = lossTotal / n;
        for (int m = 0; m < metricTotals.length; m++) metrics[m][epoch] = metricTotals[m] / n;
        validLoss[epoch] = validY.length == 0 ? Double.NaN : evaluate(validX, validY);
        epoch++;
        if (Double.isNaN(loss[epoch - 1]) || Double.isInfinite(loss[epoch - 1])) divergedAt = epoch;
        earlyStopping();
        return !done();
    }

    /**
     * Keras's EarlyStopping on val_loss with min_delta 0: training stops once {@code patience}
     * epochs in a row have not lowered the best validation loss. The weights stay those of the last
     * epoch, as Keras's default ({@code restore_best_weights=False}).
     */
    private void earlyStopping() {
        if (spec.patience == 0 || validY.length == 0) return;
        double v = validLoss[epoch - 1];
        if (v < bestValid) {
            bestValid = v;
            bestEpoch = epoch;
        } else if (epoch - bestEpoch >= spec.patience) {
            stoppedAt = epoch;
        }
    }

    /** L2 weight decay on kernels (not biases), as Keras's {@code kernel_regularizer=l2(λ)}: λ·Σw². */
    private double penalty() {
        if (spec.l2 == 0) return 0;
        double sum = 0;
        for (Dense layer : model.layers()) for (double w : layer.w) sum += w * w;
        return spec.l2 * sum;
    }

    private void addPenaltyGradient() {
        if (spec.l2 == 0) return;
        for (Dense layer : model.layers()) for (int i = 0; i < layer.w.length; i++) layer.gw[i] += 2 * spec.l2 * layer.w[i];
    }

    private void recordGradientNorms() {
        Dense[] layers = model.layers();
        for (int l = 0; l < layers.length; l++) {
            double s = 0;
            for (double g : layers[l].gw) s += g * g;
            for (double g : layers[l].gb) s += g * g;
            gradientNorms[l] = Math.sqrt(s);
        }
        if (initialGradientNorms == null) initialGradientNorms = gradientNorms.clone();
    }

    private double evaluate(double[][] x, double[] y) {
        double sum = 0;
        for (int i = 0; i < y.length; i++) sum += spec.loss.value(model.predict(x[i]), y[i]);
        return sum / y.length;
    }

    public boolean done() {
        return epoch >= spec.epochs || divergedAt > 0 || stoppedAt > 0;
    }

    /** The epoch (from 1) after which early stopping ended training, or 0. */
    public int stoppedAt() {
        return stoppedAt;
    }

    public int epoch() {
        return epoch;
    }

    /** The parameter updates so far, one per batch: what an epoch costs differs by batch size. */
    public int updates() {
        return updates;
    }

    /** The epoch (from 1) whose loss was NaN or infinite, or 0. */
    public int divergedAt() {
        return divergedAt;
    }

    public double[] lossHistory() {
        return lossHistory(0);
    }

    /** The losses of the epochs from {@code from} (0-based) on: what a page that has the earlier ones still needs. */
    public double[] lossHistory(int from) {
        return Arrays.copyOfRange(loss, clamp(from), epoch);
    }

    public double[] metricHistory(int m) {
        return metricHistory(m, 0);
    }

    public double[] metricHistory(int m, int from) {
        return Arrays.copyOfRange(metrics[m], clamp(from), epoch);
    }

    public double[] validationLossHistory() {
        return validationLossHistory(0);
    }

    public double[] validationLossHistory(int from) {
        return validY.length == 0 ? new double[0] : Arrays.copyOfRange(validLoss, clamp(from), epoch);
    }

    private int clamp(int from) {
        return Math.max(0, Math.min(from, epoch));
    }

    /** Per layer, the norm of the last batch's gradient. */
    public double[] gradientNorms() {
        return gradientNorms.clone();
    }

    /** Per layer, the norm of the first batch's gradient: what the initial weights give, before any update. */
    public double[] initialGradientNorms() {
        return initialGradientNorms == null ? new double[0] : initialGradientNorms.clone();
    }

    /** Backpropagation (and the article's formulas) against numeric gradients at the present weights, on the training data. */
    public GradientCheck.Report gradientCheck() {
        return GradientCheck.report(model, spec.loss, trainX, trainY, GradientCheck.STEP);
    }

    /** Predictions for the training inputs, in data order. */
    public double[] predictions() {
        double[] p = new double[trainY.length];
        for (int i = 0; i < p.length; i++) p[i] = model.predict(trainX[i]);
        return p;
    }

    public double[] targets() {
        return trainY.clone();
    }

    /** The first feature of each training input (unscaled order), for plots. */
    public double[] firstFeature() {
        double[] x = new double[trainY.length];
        for (int i = 0; i < x.length; i++) x[i] = trainX[i].length > 0 ? trainX[i][0] : 0;
        return x;
    }

    public Model model() {
        return model;
    }

    public DemoSpec spec() {
        return spec;
    }
}
