package dev.kiln.demo.engine;

/** Updates parameters from their gradients, one call per batch. */
public abstract class Optimizer {
    /** Called once, before the first step, with the arrays that later steps update. */
    abstract void start(double[][] parameters);

    abstract void step(double[][] parameters, double[][] gradients);

    /** Plain SGD, or with momentum in Keras's form: v = μv − lr·g; w += v. */
    public static final class Sgd extends Optimizer {
        private final double lr;
        private final double momentum;
        private double[][] velocity;

        public Sgd(double lr, double momentum) {
            this.lr = lr;
            this.momentum = momentum;
        }

        @Override
        void start(double[][] parameters) {
            velocity = new double[parameters.length][];
            for (int k = 0; k < velocity.length; k++) velocity[k] = new double[parameters[k].length];
        }

        @Override
        void step(double[][] parameters, double[][] gradients) {
            for (int k = 0; k < parameters.length; k++) {
                double[] w = parameters[k];
                double[] g = gradients[k];
                double[] v = velocity[k];
                if (momentum == 0) {
                    for (int i = 0; i < w.length; i++) w[i] -= lr * g[i];
                } else {
                    for (int i = 0; i < w.length; i++) {
                        v[i] = momentum * v[i] - lr * g[i];
                        w[i] += v[i];
                    }
                }
            }
        }
    }

    /**
     * Adam in Keras's form: the bias correction folded into the step size,
     * a = lr·√(1−β2ᵗ)/(1−β1ᵗ), and w −= a·m/(√v + ε). β1ᵗ and β2ᵗ are running products, not
     * {@code Math.pow}, which differs by an ulp between the JVM and browsers.
     */
    public static final class Adam extends Optimizer {
        private final double lr;
        private final double beta1;
        private final double beta2;
        private final double epsilon;
        private double beta1t = 1;
        private double beta2t = 1;
        private double[][] m;
        private double[][] v;

        public Adam(double lr, double beta1, double beta2, double epsilon) {
            this.lr = lr;
            this.beta1 = beta1;
            this.beta2 = beta2;
            this.epsilon = epsilon;
        }

        @Override
        void start(double[][] parameters) {
            m = new double[parameters.length][];
            v = new double[parameters.length][];
            for (int k = 0; k < m.length; k++) {
                m[k] = new double[parameters[k].length];
                v[k] = new double[parameters[k].length];
            }
        }

        @Override
        void step(double[][] parameters, double[][] gradients) {
            beta1t *= beta1;
            beta2t *= beta2;
            double a = lr * Math.sqrt(1 - beta2t) / (1 - beta1t);
            for (int k = 0; k < parameters.length; k++) {
                double[] w = parameters[k];
                double[] g = gradients[k];
                double[] mk = m[k];
                double[] vk = v[k];
                for (int i = 0; i < w.length; i++) {
                    mk[i] = beta1 * mk[i] + (1 - beta1) * g[i];
                    vk[i] = beta2 * vk[i] + (1 - beta2) * g[i] * g[i];
                    w[i] -= a * mk[i] / (Math.sqrt(vk[i]) + epsilon);
                }
            }
        }
    }
}
