package org.cepheus.learn;

import org.cepheus.service.CancelledException;
import org.cepheus.service.ProgressMonitor;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * The encodings of a list of stars, computed once (in parallel on all cores) and kept as plain
 * Java float arrays, one per star and input: minibatches are assembled from it on the fly, so the
 * dataset never exists as one INDArray. Values are stored before normalisation; the batch
 * iterator applies the fitted normalisation while copying.
 */
public final class EncodedCache {
    private final List<InputSpec> specs;
    private final float[][][] features; // [input][sample][spec.size()]
    private final float[][][] masks;    // [input][sample][spec.length()] or [input] == null

    private EncodedCache(List<InputSpec> specs, float[][][] features, float[][][] masks) {
        this.specs = specs;
        this.features = features;
        this.masks = masks;
    }

    /** Encodes every star with every encoder; cancellable. */
    public static EncodedCache build(List<Star> stars, List<InputEncoder> encoders, ProgressMonitor monitor) {
        int n = stars.size(), k = encoders.size();
        List<InputSpec> specs = encoders.stream().map(InputEncoder::spec).toList();
        float[][][] f = new float[k][n][];
        float[][][] m = new float[k][][];
        for (int i = 0; i < k; i++) if (specs.get(i).masked()) m[i] = new float[n][];
        AtomicInteger done = new AtomicInteger();
        IntStream.range(0, n).parallel().forEach(s -> {
            if (monitor.isCancelled()) throw new CancelledException();
            for (int i = 0; i < k; i++) {
                InputSpec spec = specs.get(i);
                float[] feat = new float[spec.size()];
                float[] mask = spec.masked() ? new float[spec.length()] : null;
                try {
                    encoders.get(i).encode(stars.get(s), feat, mask);
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException("cannot encode star " + stars.get(s).id() + " for input "
                            + spec.name() + ": " + e.getMessage(), e);
                }
                f[i][s] = feat;
                if (mask != null) m[i][s] = mask;
            }
            int d = done.incrementAndGet();
            if (d % 256 == 0) monitor.progress(d / (double) n, "encoding curves " + d + "/" + n);
        });
        return new EncodedCache(specs, f, m);
    }

    public int size() { return features.length == 0 ? 0 : features[0].length; }
    public List<InputSpec> specs() { return specs; }

    float[] features(int input, int sample) { return features[input][sample]; }

    /** The mask of a masked input, or null. */
    float[] mask(int input, int sample) { return masks[input] == null ? null : masks[input][sample]; }

    /**
     * Fits per-channel mean and standard deviation of one input over the given samples, counting
     * only real (unmasked) positions.
     */
    public InputSpec.Normalisation fit(int input, int[] samples) {
        InputSpec spec = specs.get(input);
        int channels = spec.channels(), per = spec.size() / channels, len = spec.length();
        double[] sum = new double[channels], sq = new double[channels];
        long[] count = new long[channels];
        for (int s : samples) {
            float[] f = features[input][s];
            float[] m = mask(input, s);
            for (int c = 0; c < channels; c++) {
                for (int p = 0; p < per; p++) {
                    if (m != null && m[p % len] == 0) continue;
                    double v = f[c * per + p];
                    sum[c] += v;
                    sq[c] += v * v;
                    count[c]++;
                }
            }
        }
        float[] mean = new float[channels], std = new float[channels];
        for (int c = 0; c < channels; c++) {
            double mu = count[c] == 0 ? 0 : sum[c] / count[c];
            double var = count[c] == 0 ? 1 : sq[c] / count[c] - mu * mu;
            mean[c] = (float) mu;
            std[c] = (float) (var > 1e-12 ? Math.sqrt(var) : 1);
        }
        return new InputSpec.Normalisation(mean, std);
    }
}
