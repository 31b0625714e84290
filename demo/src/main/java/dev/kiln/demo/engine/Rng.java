package dev.kiln.demo.engine;

/**
 * mulberry32, a seeded 32-bit generator, written out so that the JVM, TeaVM's JavaScript and its
 * WebAssembly all draw the same numbers ({@code java.util.Random.nextInt(bound)} and
 * {@code SplittableRandom} do not survive TeaVM unchanged). The same generator made the Keras
 * reference data, so its draws reproduce that data exactly.
 */
public final class Rng {
    private int state;

    public Rng(int seed) {
        this.state = seed;
    }

    /** A uniform number in [0, 1). */
    public double next() {
        state += 0x6D2B79F5;
        int t = state;
        t = (t ^ (t >>> 15)) * (t | 1);
        t ^= t + (t ^ (t >>> 7)) * (t | 61);
        int u = t ^ (t >>> 14);
        // unsigned without a long: TeaVM's JavaScript emulates longs, slowly
        return (u < 0 ? u + 4294967296.0 : u) / 4294967296.0;
    }

    /** A uniform integer in [0, bound), as JavaScript's {@code (rand() * bound) | 0}. */
    public int nextInt(int bound) {
        return (int) (next() * bound);
    }

    /**
     * A standard normal draw, as the sum of twelve uniforms minus six (Irwin–Hall): mean 0,
     * variance 1, tails cut at ±6, and only additions, so every platform gets the same bits.
     */
    public double gaussian() {
        double sum = 0;
        for (int i = 0; i < 12; i++) sum += next();
        return sum - 6;
    }

    /** Fisher–Yates in place, drawing as {@code tf.util.shuffle} does, so Keras's batch order can be replayed. */
    public void shuffle(int[] a) {
        int counter = a.length;
        while (counter > 0) {
            int i = nextInt(counter);
            counter--;
            int t = a[counter];
            a[counter] = a[i];
            a[i] = t;
        }
    }
}
