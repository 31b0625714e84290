package dev.kiln.demo.engine;

/**
 * Keras's EarlyStopping on val_loss with min_delta 0: training stops once {@code patience} epochs
 * in a row have not lowered the best validation loss. The weights stay those of the last epoch, as
 * Keras's default ({@code restore_best_weights=False}).
 */
final class EarlyStopping {
    private final int patience;
    private double best = Double.POSITIVE_INFINITY;
    private int bestEpoch;

    /** @param patience epochs without improvement to allow; 0 never stops */
    EarlyStopping(int patience) {
        this.patience = patience;
    }

    /** Whether training stops after {@code epoch} (from 1), whose validation loss was {@code valid}. */
    boolean stopsAfter(int epoch, double valid) {
        if (patience == 0) return false;
        if (valid < best) {
            best = valid;
            bestEpoch = epoch;
            return false;
        }
        return epoch - bestEpoch >= patience;
    }
}
