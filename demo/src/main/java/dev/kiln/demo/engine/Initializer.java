package dev.kiln.demo.engine;

/**
 * How a layer's weights start (biases start at zero). Draws follow Keras's kernel layout,
 * input-major ({@code kernel[i][j]}), so a seeded run can replay a Keras initialisation.
 */
public enum Initializer {
    ZEROS("zeros"), UNIFORM("uniform"), GAUSSIAN("gaussian"), GLOROT_UNIFORM("glorot-uniform"), GLOROT_NORMAL("glorot-normal"), HE("he");

    /** The name settings use. */
    public final String key;

    Initializer(String key) {
        this.key = key;
    }

    /** @param sigma the standard deviation for {@link #GAUSSIAN} (Keras's RandomNormal default is 0.05) */
    void fill(Dense layer, Rng rng, double sigma) {
        int in = layer.in;
        int out = layer.out;
        for (int i = 0; i < in; i++) {
            for (int j = 0; j < out; j++) layer.w[j * in + i] = draw(rng, in, out, sigma);
        }
    }

    private double draw(Rng rng, int in, int out, double sigma) {
        return switch (this) {
            case ZEROS -> 0;
            case UNIFORM -> (2 * rng.next() - 1) * 0.05;
            case GAUSSIAN -> sigma * rng.gaussian();
            case GLOROT_UNIFORM -> (2 * rng.next() - 1) * Math.sqrt(6.0 / (in + out));
            case GLOROT_NORMAL -> Math.sqrt(2.0 / (in + out)) * rng.gaussian();
            case HE -> Math.sqrt(2.0 / in) * rng.gaussian();
        };
    }

    public static Initializer named(String name) {
        for (Initializer i : values()) if (i.key.equals(name)) return i;
        return null;
    }
}
