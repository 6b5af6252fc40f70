package org.cepheus.learn;

import org.cepheus.service.ProgressMonitor;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.api.MultiDataSet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * "None of my classes": how far a star lies from the training stars of every class, measured in
 * the trained network's own representations (class-conditional Gaussians, shared or per-class
 * covariance: Mahalanobis distance to the nearest class mean, Lee et al. 2018), optionally with
 * 1 - the best class probability. The presets' choice (probability + per-class embedding) was made
 * by measurement on CRTS classes outside the model (bench/NoveltyBench, docs/results.md "Novelty").
 */
public final class Novelty {
    /** Ridge added to the covariance, relative to its mean variance: dead ReLU units have none. */
    static final double RIDGE = 1e-3;

    private Novelty() { }

    /**
     * What one pass of the network gives for each star: class probabilities (mean over ensemble
     * members, as {@link Predictor}), the embedding (inputs of the softmax layers, concatenated)
     * and the first input as the network saw it (normalised; null when it is not a flat vector).
     */
    public record Representations(float[][] probabilities, float[][] embedding, float[][] input) {
        public float[][] space(String name) {
            return switch (name) {
                case NoveltyModel.EMBEDDING -> embedding;
                case NoveltyModel.INPUT -> input;
                case NoveltyModel.PROBABILITY -> null;
                default -> throw new IllegalArgumentException("unknown novelty space '" + name + "'");
            };
        }
    }

    /** The representations of stars under a saved bundle (features kept in the store). */
    public static Representations represent(ModelBundle bundle, List<Star> stars, FeatureStore features,
                                            ProgressMonitor monitor) {
        EncodedCache cache = EncodedCache.build(stars, bundle.encoders(features), monitor.part(0, 0.8));
        int[] all = new int[stars.size()];
        for (int i = 0; i < all.length; i++) all[i] = i;
        synchronized (bundle.network()) {
            return pass(bundle.network(), cache, bundle.manifest().inputs(), all, bundle.manifest().temperatureOrOne(),
                    monitor.part(0.8, 1));
        }
    }

    /** One inference pass over cached samples at temperature 1, keeping the penultimate activations. */
    static Representations pass(ComputationGraph net, EncodedCache cache, List<InputSpec> specs, int[] samples,
                                ProgressMonitor monitor) {
        return pass(net, cache, specs, samples, 1.0, monitor);
    }

    /**
     * One inference pass over cached samples, keeping the penultimate activations; the
     * probabilities at the bundle's temperature (see {@link Predictor#probabilities}).
     */
    static Representations pass(ComputationGraph net, EncodedCache cache, List<InputSpec> specs, int[] samples,
                                double temperature, ProgressMonitor monitor) {
        List<String> heads = Predictor.heads(net);
        int n = samples.length;
        float[][] p = new float[n][], emb = new float[n][], in = new float[n][];
        boolean flatInput = specs.get(0).shape().length == 1;
        try (CachedBatchIterator it = new CachedBatchIterator(cache, specs, samples, null, 1, Predictor.BATCH, null)) {
            int k = 0;
            while (it.hasNext()) {
                monitor.checkCancelled();
                MultiDataSet ds = it.next();
                Map<String, INDArray> act = Predictor.activations(net, ds);
                INDArray prob = Predictor.probabilities(net, act, temperature);
                INDArray x0 = ds.getFeatures(0);
                for (int r = 0; r < prob.rows(); r++, k++) {
                    p[k] = prob.getRow(r).toFloatVector();
                    emb[k] = concat(act, heads, r);
                    in[k] = flatInput ? x0.getRow(r).toFloatVector() : null;
                }
                monitor.progress(k / (double) n, "scored " + k + " of " + n + " stars");
            }
        }
        return new Representations(p, emb, flatInput ? in : null);
    }

    private static float[] concat(Map<String, INDArray> act, List<String> heads, int row) {
        if (heads.size() == 1) return act.get(heads.get(0)).getRow(row).toFloatVector();
        float[][] parts = new float[heads.size()][];
        int len = 0;
        for (int i = 0; i < parts.length; i++) {
            parts[i] = act.get(heads.get(i)).getRow(row).toFloatVector();
            len += parts[i].length;
        }
        float[] out = new float[len];
        int at = 0;
        for (float[] q : parts) {
            System.arraycopy(q, 0, out, at, q.length);
            at += q.length;
        }
        return out;
    }

    /**
     * Fits the detector after training: class means and shared covariance on the training samples,
     * scales and threshold on the validation samples.
     *
     * @param spaces    {@link NoveltyModel#EMBEDDING} and/or {@link NoveltyModel#INPUT}
     * @param retention share of validation stars that must stay below the threshold (e.g. 0.95)
     */
    static NoveltyModel fit(ComputationGraph net, EncodedCache cache, List<InputSpec> specs, int[] train,
                            int[] val, int[] labels, int k, List<String> spaces, boolean perClass, double retention,
                            double temperature, ProgressMonitor monitor) {
        Representations tr = pass(net, cache, specs, train, temperature, monitor);
        Representations va = pass(net, cache, specs, val, temperature, monitor);
        int[] y = new int[train.length];
        for (int i = 0; i < y.length; i++) y[i] = labels[train[i]];
        return fit(spaces, perClass, tr, y, k, va, retention);
    }

    /** The detector from representations already computed (also used by bench/NoveltyBench). */
    public static NoveltyModel fit(List<String> spaces, Representations train, int[] trainLabels, int k,
                                   Representations val, double retention) {
        return fit(spaces, false, train, trainLabels, k, val, retention);
    }

    /** @param perClass one covariance per class (else one shared by all classes) */
    public static NoveltyModel fit(List<String> spaces, boolean perClass, Representations train, int[] trainLabels, int k,
                                   Representations val, double retention) {
        List<NoveltyModel.Part> parts = new ArrayList<>();
        for (String sp : spaces) {
            NoveltyModel.Part raw;
            if (sp.equals(NoveltyModel.PROBABILITY)) {
                raw = new NoveltyModel.Part(sp, new double[0][], new double[0][], 1);
            } else if (train.space(sp) == null) {
                continue; // no flat input in this kind: the other spaces alone
            } else {
                raw = perClass ? fitPerClass(sp, toDouble(train.space(sp)), trainLabels, k)
                        : fitPart(sp, toDouble(train.space(sp)), trainLabels, k);
            }
            double[] d = values(raw, val);
            parts.add(new NoveltyModel.Part(sp, raw.means(), raw.precisions(), Math.max(1e-12, quantile(d, 0.95))));
        }
        if (parts.isEmpty()) throw new IllegalArgumentException("novelty: none of the spaces " + spaces + " exists for this model");
        NoveltyModel unthresholded = new NoveltyModel(parts, Double.POSITIVE_INFINITY, retention, trainLabels.length);
        double[] s = scores(unthresholded, val);
        return new NoveltyModel(parts, quantile(s, retention), retention, trainLabels.length);
    }

    /** Class means and the inverse of the pooled within-class covariance (plus a small ridge). */
    public static NoveltyModel.Part fitPart(String space, double[][] x, int[] labels, int k) {
        int n = x.length, d = x[0].length;
        double[][] mean = new double[k][d];
        int[] count = new int[k];
        for (int i = 0; i < n; i++) {
            count[labels[i]]++;
            for (int j = 0; j < d; j++) mean[labels[i]][j] += x[i][j];
        }
        for (int c = 0; c < k; c++) for (int j = 0; j < d; j++) mean[c][j] /= Math.max(1, count[c]);
        double[] cov = new double[d * d];
        double[] r = new double[d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) r[j] = x[i][j] - mean[labels[i]][j];
            for (int a = 0; a < d; a++) {
                double ra = r[a];
                if (ra == 0) continue;
                for (int b = a; b < d; b++) cov[a * d + b] += ra * r[b];
            }
        }
        double trace = 0;
        for (int a = 0; a < d; a++) {
            for (int b = a; b < d; b++) {
                cov[a * d + b] /= Math.max(1, n - k);
                cov[b * d + a] = cov[a * d + b];
            }
            trace += cov[a * d + a];
        }
        double ridge = RIDGE * Math.max(trace / d, 1e-12);
        for (int a = 0; a < d; a++) cov[a * d + a] += ridge;
        return new NoveltyModel.Part(space, mean, new double[][]{inverseSpd(cov, d)}, 1);
    }

    /** Class means and one covariance per class (a class's own spread decides what is far from it). */
    static NoveltyModel.Part fitPerClass(String space, double[][] x, int[] labels, int k) {
        double[][] means = new double[k][];
        double[][] precisions = new double[k][];
        for (int c = 0; c < k; c++) {
            List<double[]> rows = new ArrayList<>();
            for (int i = 0; i < x.length; i++) if (labels[i] == c) rows.add(x[i]);
            if (rows.isEmpty()) throw new IllegalArgumentException("novelty: class " + c + " has no training stars");
            NoveltyModel.Part one = fitPart(space, rows.toArray(double[][]::new), new int[rows.size()], 1);
            means[c] = one.means()[0];
            precisions[c] = one.precisions()[0];
        }
        return new NoveltyModel.Part(space, means, precisions, 1);
    }

    /** The part's raw value for each star: distance, or 1 - best probability. */
    static double[] values(NoveltyModel.Part part, Representations r) {
        if (part.space().equals(NoveltyModel.PROBABILITY)) {
            float[][] p = r.probabilities();
            double[] out = new double[p.length];
            for (int i = 0; i < p.length; i++) {
                float best = 0;
                for (float v : p[i]) best = Math.max(best, v);
                out[i] = 1 - best;
            }
            return out;
        }
        return distances(part, r.space(part.space()));
    }

    /** Distance of each row to its nearest class mean, in units of the part (not scaled). */
    public static double[] distances(NoveltyModel.Part part, float[][] x) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) out[i] = distance(part, x[i]);
        return out;
    }

    static double distance(NoveltyModel.Part part, float[] x) {
        int d = part.dimension();
        if (x.length != d) throw new IllegalArgumentException("novelty: " + part.space() + " has " + x.length
                + " values, the detector " + d);
        double best = Double.POSITIVE_INFINITY;
        double[] r = new double[d];
        for (int c = 0; c < part.means().length; c++) {
            double[] mu = part.means()[c];
            double[] pr = part.precisions()[part.precisions().length == 1 ? 0 : c];
            for (int j = 0; j < d; j++) r[j] = x[j] - mu[j];
            double q = 0;
            for (int a = 0; a < d; a++) {
                double s = 0;
                int row = a * d;
                for (int b = 0; b < d; b++) s += pr[row + b] * r[b];
                q += r[a] * s;
            }
            best = Math.min(best, q);
        }
        return Math.sqrt(Math.max(0, best));
    }

    /** Each star's score: the mean over parts of its scaled value (1 = the edge of the validation stars). */
    public static double[] scores(NoveltyModel m, Representations r) {
        int n = r.probabilities().length;
        double[] s = new double[n];
        for (NoveltyModel.Part part : m.parts()) {
            double[] v = values(part, r);
            for (int i = 0; i < n; i++) s[i] += v[i] / part.scale() / m.parts().size();
        }
        return s;
    }

    /** The q-quantile (linear interpolation) of the values. */
    public static double quantile(double[] v, double q) {
        double[] s = v.clone();
        Arrays.sort(s);
        if (s.length == 0) return Double.NaN;
        double pos = q * (s.length - 1);
        int lo = (int) Math.floor(pos), hi = Math.min(s.length - 1, lo + 1);
        return s[lo] + (pos - lo) * (s[hi] - s[lo]);
    }

    static double[][] toDouble(float[][] x) {
        double[][] out = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            out[i] = new double[x[i].length];
            for (int j = 0; j < x[i].length; j++) out[i][j] = x[i][j];
        }
        return out;
    }

    /** Inverse of a symmetric positive-definite matrix by Cholesky (row-major, d x d). */
    public static double[] inverseSpd(double[] a, int d) {
        double[] l = new double[d * d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j <= i; j++) {
                double s = a[i * d + j];
                for (int k = 0; k < j; k++) s -= l[i * d + k] * l[j * d + k];
                if (i == j) {
                    if (!(s > 0)) throw new IllegalArgumentException("novelty: covariance not positive definite");
                    l[i * d + i] = Math.sqrt(s);
                } else {
                    l[i * d + j] = s / l[j * d + j];
                }
            }
        }
        // inverse of L (lower triangular), then A^-1 = L^-T L^-1
        double[] li = new double[d * d];
        for (int i = 0; i < d; i++) {
            li[i * d + i] = 1 / l[i * d + i];
            for (int j = 0; j < i; j++) {
                double s = 0;
                for (int k = j; k < i; k++) s -= l[i * d + k] * li[k * d + j];
                li[i * d + j] = s / l[i * d + i];
            }
        }
        double[] inv = new double[d * d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j <= i; j++) {
                double s = 0;
                for (int k = i; k < d; k++) s += li[k * d + i] * li[k * d + j];
                inv[i * d + j] = s;
                inv[j * d + i] = s;
            }
        }
        return inv;
    }
}
