package dev.kiln.demo.engine;

import java.util.Arrays;

/**
 * Trains a model on a demo's data, in steps as small as a page needs: an epoch per call, or a
 * budget of samples that may end mid-epoch (and resumes there), so that a page can slice even one
 * huge epoch between frames and stop at once. Where the slices fall never changes a number: the
 * running sums carry over from call to call. Per-epoch loss and metrics are what Keras reports:
 * the mean over the epoch of each batch's value, weighted by batch size, each computed before that
 * batch's update.
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
    private final double[][] parameters;
    private final double[][] gradients;
    private final double[] loss;
    private final double[][] metrics;
    private final double[] validLoss;
    private final double[] gradientNorms;
    private double[] initialGradientNorms;
    private int epoch;
    private int updates;
    private int divergedAt;
    private int stoppedAt;
    private final EarlyStopping earlyStopping;
    // where the present epoch is: next sample (in shuffled order), its batch, the sums so far
    private boolean inEpoch;
    private int next;
    private int batchStart;
    private int batchSize;
    private double batchLoss;
    private final double[] batchMetrics;
    private double epochLoss;
    private final double[] epochMetrics;
    private int nextValid;
    private double validSum;
    private final double[] fourOut = new double[FourSamples.N];
    /** The model's one unit when it is a linear model (one layer, one unit, no activation), else null. */
    private final Dense linear;

    public Trainer(DemoSpec spec) {
        this(spec, true);
    }

    /** With {@code inlineLinear} false, a linear model takes the general path too: how a test shows both give the same bits. */
    Trainer(DemoSpec spec, boolean inlineLinear) {
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
        Dense first = model.layers()[0];
        linear = inlineLinear && model.layers().length == 1 && first.out == 1 && first.activation == Activation.LINEAR ? first : null;
        Rng init = new Rng(spec.initSeed);
        for (Dense layer : model.layers()) spec.init.fill(layer, init, spec.initSigma);
        optimizer = spec.optimizer.equals("sgd") ? new Optimizer.Sgd(spec.lr, spec.momentum)
                : new Optimizer.Adam(spec.lr, spec.beta1, spec.beta2, spec.epsilon);
        parameters = model.parameterArrays().toArray(new double[0][]);
        gradients = model.gradientArrays().toArray(new double[0][]);
        optimizer.start(parameters);
        order = new int[trainY.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        shuffler = new Rng(spec.shuffleSeed);
        loss = new double[spec.epochs];
        metrics = new double[spec.metrics.length][spec.epochs];
        validLoss = new double[spec.epochs];
        gradientNorms = new double[model.layers().length];
        earlyStopping = new EarlyStopping(validY.length == 0 ? 0 : spec.patience);
        batchMetrics = new double[spec.metrics.length];
        epochMetrics = new double[spec.metrics.length];
    }

    static Dataset data(DemoSpec s) {
        return switch (s.dataKind) {
            case "linear" -> Dataset.linear(s.samples, s.trueWeights, s.trueBias, s.scales, s.noise, s.dataSeed);
            case "sine" -> Dataset.sine(s.samples, s.noise, s.dataSeed);
            case "points" -> Dataset.points(s.points);
            default -> Dataset.uniform(s.samples, s.features, s.dataSeed);
        };
    }

    /** Trains one epoch (or the rest of one begun by {@link #train}); false once every epoch has run or the loss has diverged. */
    public boolean runEpoch() {
        if (done()) return false;
        train(1, Integer.MAX_VALUE);
        return !done();
    }

    /**
     * Trains until {@code epochs} more epochs have ended, training is done, or {@code samples}
     * samples have been worked through (a training sample's forward and backward pass, or a
     * validation sample's forward pass, counts one). Returns the epochs that ended.
     */
    public int train(int epochs, int samples) {
        int ended = 0;
        int left = samples; // an int: TeaVM's JavaScript emulates longs, slowly
        int n = order.length;
        while (ended < epochs && left > 0 && !done()) {
            if (!inEpoch) beginEpoch();
            if (next < n) {
                if (next == batchStart) beginBatch(n);
                int end = next + Math.min(batchStart + batchSize - next, left);
                int k = next;
                if (linear != null) {
                    for (; k < end; k++) trainLinear(order[k]);
                } else {
                    for (; k + FourSamples.N <= end; k += FourSamples.N) trainFour(k);
                    for (; k < end; k++) trainSample(order[k]);
                }
                left -= end - next;
                next = end;
                if (next == batchStart + batchSize) endBatch(n);
            } else {
                int end = nextValid + Math.min(validY.length - nextValid, left);
                for (int i = nextValid; i < end; i++) validSum += spec.loss.value(model.predict(validX[i]), validY[i]);
                left -= end - nextValid;
                nextValid = end;
                if (nextValid == validY.length) {
                    endEpoch(n);
                    ended++;
                }
            }
        }
        return ended;
    }

    private void beginEpoch() {
        if (spec.shuffle) shuffler.shuffle(order);
        inEpoch = true;
        next = 0;
        batchStart = 0;
        epochLoss = 0;
        Arrays.fill(epochMetrics, 0);
        nextValid = 0;
        validSum = 0;
    }

    private void beginBatch(int n) {
        int size = spec.batch == 0 ? n : Math.min(spec.batch, n);
        batchSize = Math.min(size, n - batchStart);
        model.clearGradients();
        batchLoss = 0;
        Arrays.fill(batchMetrics, 0);
    }

    /**
     * One sample of a linear model, the article's example, inline: for three parameters the calls
     * of the general path cost more than the arithmetic. The same sums in the same order as
     * {@link Dense#forward} and {@link Dense#backward} (a linear unit's dz is dLoss/da itself).
     */
    private void trainLinear(int i) {
        double[] x = trainX[i], w = linear.w, gw = linear.gw;
        double p = linear.b[0];
        for (int f = 0; f < x.length; f++) p += w[f] * x[f];
        double d = addLoss(p, trainY[i]);
        for (int f = 0; f < x.length; f++) gw[f] += d * x[f];
        linear.gb[0] += d;
    }

    private void trainSample(int i) {
        double p = model.predict(trainX[i]);
        model.backward(trainX[i], addLoss(p, trainY[i]));
    }

    /** Samples order[k] to order[k + 3], as four calls of {@link #trainSample} would, in one pass. */
    private void trainFour(int k) {
        int i0 = order[k], i1 = order[k + 1], i2 = order[k + 2], i3 = order[k + 3];
        double[] p = model.four().predict(trainX[i0], trainX[i1], trainX[i2], trainX[i3]);
        fourOut[0] = addLoss(p[0], trainY[i0]);
        fourOut[1] = addLoss(p[1], trainY[i1]);
        fourOut[2] = addLoss(p[2], trainY[i2]);
        fourOut[3] = addLoss(p[3], trainY[i3]);
        model.four().backward(fourOut);
    }

    /** Adds a prediction's loss and metrics to the batch's; its dLoss/dPrediction, for backpropagation. */
    private double addLoss(double p, double y) {
        batchLoss += spec.loss.value(p, y);
        for (int m = 0; m < batchMetrics.length; m++) batchMetrics[m] += spec.metrics[m].value(p, y);
        return spec.loss.derivative(p, y) / batchSize;
    }

    private void endBatch(int n) {
        int nb = batchSize;
        double loss = batchLoss / nb + model.l2Penalty(spec.l2);
        model.addL2Gradient(spec.l2);
        epochLoss += loss * nb;
        for (int m = 0; m < epochMetrics.length; m++) epochMetrics[m] += batchMetrics[m] / nb * nb;
        // the norms shown are the last batch's of an epoch; the first batch's are kept as well
        if (next == n || initialGradientNorms == null) recordGradientNorms();
        optimizer.step(parameters, gradients);
        updates++;
        batchStart = next;
    }

    private void endEpoch(int n) {
        loss[epoch] = epochLoss / n;
        for (int m = 0; m < epochMetrics.length; m++) metrics[m][epoch] = epochMetrics[m] / n;
        validLoss[epoch] = validY.length == 0 ? Double.NaN : validSum / validY.length;
        epoch++;
        inEpoch = false;
        if (Double.isNaN(loss[epoch - 1]) || Double.isInfinite(loss[epoch - 1])) divergedAt = epoch;
        if (earlyStopping.stopsAfter(epoch, validLoss[epoch - 1])) stoppedAt = epoch;
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

    /** Per layer, the norm of the gradient of the last epoch's last batch. */
    public double[] gradientNorms() {
        return gradientNorms.clone();
    }

    /** Per layer, the norm of the first batch's gradient: what the initial weights give, before any update. */
    public double[] initialGradientNorms() {
        return initialGradientNorms == null ? new double[0] : initialGradientNorms.clone();
    }

    /** Backpropagation (and the article's formulas) against numeric gradients at the present weights, on the training data. */
    public GradientCheck.Report gradientCheck() {
        // the check computes its own gradients in the model's arrays; a batch may be half summed in them
        double[][] kept = new double[gradients.length][];
        for (int k = 0; k < kept.length; k++) kept[k] = gradients[k].clone();
        GradientCheck.Report report = GradientCheck.report(model, spec.loss, trainX, trainY, GradientCheck.STEP);
        for (int k = 0; k < kept.length; k++) System.arraycopy(kept[k], 0, gradients[k], 0, kept[k].length);
        return report;
    }

    /** Predictions for the training inputs, in data order. */
    public double[] predictions() {
        double[] p = new double[trainY.length];
        int i = 0;
        // four at a time where they can (the page asks for these several times a second)
        for (; i + FourSamples.N <= p.length; i += FourSamples.N) {
            double[] four = model.four().predict(trainX[i], trainX[i + 1], trainX[i + 2], trainX[i + 3]);
            for (int k = 0; k < FourSamples.N; k++) p[i + k] = four[k];
        }
        for (; i < p.length; i++) p[i] = model.predict(trainX[i]);
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
