package org.cepheus.learn;

import org.cepheus.service.ProgressMonitor;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.api.MultiDataSet;

import java.util.List;

/**
 * Temperature scaling (Guo et al. 2017): one scalar T, fitted after training by minimising the
 * negative log-likelihood of the validation stars' true classes under softmax(logits / T) (for an
 * ensemble, the mean of every member's softmax at the same T). It leaves a single network's best
 * class unchanged and only makes its probabilities say how often it is right; T &gt; 1 softens an
 * over-confident network. Measures: NLL and expected calibration error (ECE, equal-width bins of
 * the best probability).
 */
public final class Calibration {
    /** Search range of T: far beyond what a trained classifier needs on either side. */
    static final double T_MIN = 0.05, T_MAX = 20;

    private Calibration() { }

    /**
     * The logits of the given cached samples: [member][sample][class].
     */
    static float[][][] logits(ComputationGraph net, EncodedCache cache, List<InputSpec> specs, int[] samples,
                              ProgressMonitor monitor) {
        int members = net.getConfiguration().getNetworkOutputs().size();
        float[][][] out = new float[members][samples.length][];
        try (CachedBatchIterator it = new CachedBatchIterator(cache, specs, samples, null, 1, Predictor.BATCH, null)) {
            int k = 0;
            while (it.hasNext()) {
                monitor.checkCancelled();
                MultiDataSet ds = it.next();
                INDArray[] z = Predictor.logits(net, Predictor.activations(net, ds));
                int rows = (int) z[0].rows();
                for (int m = 0; m < members; m++) {
                    // one copy of the batch, not a view array (with native buffers) per row, as Predictor does
                    float[][] batch = z[m].toFloatMatrix();
                    System.arraycopy(batch, 0, out[m], k, rows);
                }
                k += rows;
            }
        }
        return out;
    }

    /** The temperature of a trained network on cached validation samples (labels[sample] = class). */
    static double fit(ComputationGraph net, EncodedCache cache, List<InputSpec> specs, int[] val, int[] labels,
                      ProgressMonitor monitor) {
        float[][][] z = logits(net, cache, specs, val, monitor);
        int[] y = new int[val.length];
        for (int i = 0; i < y.length; i++) y[i] = labels[val[i]];
        return fit(z, y);
    }

    /** The temperature of a saved bundle on labelled stars (e.g. its validation part); labels must be the bundle's classes. */
    public static double fit(ModelBundle bundle, List<Star> stars, FeatureStore features, ProgressMonitor monitor) {
        List<String> classes = bundle.manifest().classNames();
        int[] y = new int[stars.size()], all = new int[stars.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = classes.indexOf(stars.get(i).label());
            all[i] = i;
            if (y[i] < 0) throw new IllegalArgumentException("calibration: star " + stars.get(i).id() + " is of class '"
                    + stars.get(i).label() + "', not one of the model's " + classes);
        }
        EncodedCache cache = EncodedCache.build(stars, bundle.encoders(features), monitor.part(0, 0.8));
        synchronized (bundle.network()) {
            return fit(logits(bundle.network(), cache, bundle.manifest().inputs(), all, monitor.part(0.8, 1)), y);
        }
    }

    /**
     * The T in [{@link #T_MIN}, {@link #T_MAX}] minimising the mean NLL of the true classes:
     * golden-section search on log T (the NLL of one member is convex in 1/T).
     */
    static double fit(float[][][] logits, int[] y) {
        if (y.length == 0) throw new IllegalArgumentException("calibration: no validation stars to fit a temperature on");
        double g = (Math.sqrt(5) - 1) / 2;
        double a = Math.log(T_MIN), b = Math.log(T_MAX);
        double c = b - g * (b - a), d = a + g * (b - a);
        double fc = nll(logits, y, Math.exp(c)), fd = nll(logits, y, Math.exp(d));
        for (int i = 0; i < 80 && b - a > 1e-6; i++) {
            if (fc < fd) {
                b = d; d = c; fd = fc;
                c = b - g * (b - a);
                fc = nll(logits, y, Math.exp(c));
            } else {
                a = c; c = d; fc = fd;
                d = a + g * (b - a);
                fd = nll(logits, y, Math.exp(d));
            }
        }
        return Math.exp((a + b) / 2);
    }

    /** Mean NLL of the true classes at temperature t, from logits [member][sample][class]. */
    static double nll(float[][][] logits, int[] y, double t) {
        return nll(probabilities(logits, t), y);
    }

    /** The ensemble's probabilities at temperature t: each member's softmax(z / t), averaged. */
    public static float[][] probabilities(float[][][] logits, double t) {
        int n = logits[0].length, k = logits[0][0].length;
        float[][] p = new float[n][k];
        for (float[][] member : logits) {
            for (int i = 0; i < n; i++) {
                double mx = Double.NEGATIVE_INFINITY;
                for (float v : member[i]) mx = Math.max(mx, v / t);
                double sum = 0;
                double[] e = new double[k];
                for (int c = 0; c < k; c++) sum += e[c] = Math.exp(member[i][c] / t - mx);
                for (int c = 0; c < k; c++) p[i][c] += (float) (e[c] / sum / logits.length);
            }
        }
        return p;
    }

    /** Mean negative log-likelihood of the true classes (probabilities floored at 1e-12). */
    public static double nll(float[][] p, int[] y) {
        double s = 0;
        for (int i = 0; i < y.length; i++) s -= Math.log(Math.max(p[i][y[i]], 1e-12));
        return s / y.length;
    }

    /**
     * Expected calibration error: the stars binned by their best probability into equal-width
     * bins; the mean over bins of |accuracy - mean best probability|, weighted by the bin's share.
     */
    public static double ece(float[][] p, int[] y, int bins) {
        double[] conf = new double[bins];
        int[] correct = new int[bins], count = new int[bins];
        for (int i = 0; i < y.length; i++) {
            int best = Predictor.argmax(p[i]);
            int bin = Math.min(bins - 1, (int) (p[i][best] * bins));
            count[bin]++;
            conf[bin] += p[i][best];
            if (best == y[i]) correct[bin]++;
        }
        double e = 0;
        for (int b = 0; b < bins; b++) {
            if (count[b] > 0) e += Math.abs(correct[b] - conf[b]) / y.length;
        }
        return e;
    }
}
