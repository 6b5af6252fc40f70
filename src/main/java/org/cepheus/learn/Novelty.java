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
                // one copy per batch and array, not a view array (with native buffers) per row
                float[][] probRows = prob.toFloatMatrix();
                float[][][] headRows = new float[heads.size()][][];
                for (int h = 0; h < headRows.length; h++) headRows[h] = act.get(heads.get(h)).toFloatMatrix();
                float[][] inRows = flatInput ? ds.getFeatures(0).toFloatMatrix() : null;
                for (int r = 0; r < probRows.length; r++, k++) {
                    p[k] = probRows[r];
                    emb[k] = concat(headRows, r);
                    in[k] = flatInput ? inRows[r] : null;
                }
                monitor.progress(k / (double) n, "scored " + k + " of " + n + " stars");
            }
        }
        return new Representations(p, emb, flatInput ? in : null);
    }

    private static float[] concat(float[][][] headRows, int row) {
        if (headRows.length == 1) return headRows[0][row];
        int len = 0;
        for (float[][] h : headRows) len += h[row].length;
        float[] out = new float[len];
        int at = 0;
        for (float[][] h : headRows) {
            System.arraycopy(h[row], 0, out, at, h[row].length);
            at += h[row].length;
        }
        return out;
    }

    /**
     * Fits the detector after training: class means and covariances on the training samples,
     * scales and threshold on the validation samples (probabilities at the bundle's temperature).
     *
     * @param settings  the preset's spaces, covariance and retention
     */
    static NoveltyModel fit(ComputationGraph net, EncodedCache cache, List<InputSpec> specs, int[] train,
                            int[] val, int[] labels, int k, TrainingConfig.NoveltySettings settings,
                            double temperature, ProgressMonitor monitor) {
        Representations tr = pass(net, cache, specs, train, temperature, monitor);
        Representations va = pass(net, cache, specs, val, temperature, monitor);
        int[] y = new int[train.length];
        for (int i = 0; i < y.length; i++) y[i] = labels[train[i]];
        return fit(settings.spaces(), settings.covariance(), settings.relativeOrFalse(), tr, y, k, va, settings.retention());
    }

    /** The detector from representations already computed (also used by bench/NoveltyBench). */
    public static NoveltyModel fit(List<String> spaces, Representations train, int[] trainLabels, int k,
                                   Representations val, double retention) {
        return fit(spaces, false, train, trainLabels, k, val, retention);
    }

    /** @param perClass one covariance per class (else one shared by all classes) */
    public static NoveltyModel fit(List<String> spaces, boolean perClass, Representations train, int[] trainLabels, int k,
                                   Representations val, double retention) {
        return fit(spaces, perClass ? PER_CLASS : SHARED, false, train, trainLabels, k, val, retention);
    }

    /** One covariance shared by all classes (pooled within-class). */
    public static final String SHARED = "shared";
    /** One covariance per class, with the small ridge {@link #RIDGE}. */
    public static final String PER_CLASS = "per-class";
    /** One covariance per class, shrunk towards a multiple of the identity by Ledoit and Wolf's (2004) rule. */
    public static final String LEDOIT_WOLF = "ledoit-wolf";

    /**
     * @param covariance {@link #SHARED}, {@link #PER_CLASS} or {@link #LEDOIT_WOLF}
     * @param relative   relative Mahalanobis (Ren et al. 2021): the nearest class's squared distance
     *                   minus that to one Gaussian of all training stars (same covariance rule);
     *                   every part is then scaled as (value - validation median) / (95th percentile
     *                   - median)
     */
    public static NoveltyModel fit(List<String> spaces, String covariance, boolean relative, Representations train,
                                   int[] trainLabels, int k, Representations val, double retention) {
        List<NoveltyModel.Part> parts = new ArrayList<>();
        for (String sp : spaces) {
            NoveltyModel.Part raw;
            if (sp.equals(NoveltyModel.PROBABILITY)) {
                raw = new NoveltyModel.Part(sp, new double[0][], new double[0][], 1);
            } else if (train.space(sp) == null) {
                continue; // no flat input in this kind: the other spaces alone
            } else {
                double[][] x = toDouble(train.space(sp));
                raw = switch (covariance) {
                    case SHARED -> fitPart(sp, x, trainLabels, k);
                    case PER_CLASS -> fitPerClass(sp, x, trainLabels, k, false);
                    case LEDOIT_WOLF -> fitPerClass(sp, x, trainLabels, k, true);
                    default -> throw new IllegalArgumentException("novelty: unknown covariance '" + covariance + "'");
                };
                if (relative) {
                    NoveltyModel.Part bg = covariance.equals(LEDOIT_WOLF) ? gaussian(sp, x, true) : fitPart(sp, x, new int[x.length], 1);
                    raw = new NoveltyModel.Part(sp, raw.means(), raw.precisions(), 1, null, bg.means()[0], bg.precisions()[0]);
                }
            }
            double[] d = values(raw, val);
            if (relative) {
                double med = quantile(d, 0.5);
                parts.add(raw.scaled(med, Math.max(1e-12, quantile(d, 0.95) - med)));
            } else {
                parts.add(raw.scaled(null, Math.max(1e-12, quantile(d, 0.95))));
            }
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

    /**
     * Class means and one covariance per class (a class's own spread decides what is far from it).
     *
     * @param ledoitWolf shrink each class's covariance by Ledoit and Wolf's rule (else the small ridge)
     */
    static NoveltyModel.Part fitPerClass(String space, double[][] x, int[] labels, int k, boolean ledoitWolf) {
        double[][] means = new double[k][];
        double[][] precisions = new double[k][];
        for (int c = 0; c < k; c++) {
            List<double[]> rows = new ArrayList<>();
            for (int i = 0; i < x.length; i++) if (labels[i] == c) rows.add(x[i]);
            if (rows.isEmpty()) throw new IllegalArgumentException("novelty: class " + c + " has no training stars");
            double[][] xc = rows.toArray(double[][]::new);
            NoveltyModel.Part one = ledoitWolf ? gaussian(space, xc, true) : fitPart(space, xc, new int[xc.length], 1);
            means[c] = one.means()[0];
            precisions[c] = one.precisions()[0];
        }
        return new NoveltyModel.Part(space, means, precisions, 1);
    }

    /**
     * One Gaussian of all rows: the mean and the inverse of the covariance shrunk towards m I (m its
     * mean variance) with Ledoit and Wolf's (2004) intensity min(b^2, d^2) / d^2, which needs no
     * tuning and keeps a class with fewer stars than dimensions invertible.
     */
    static NoveltyModel.Part gaussian(String space, double[][] x, boolean ledoitWolf) {
        if (!ledoitWolf) return fitPart(space, x, new int[x.length], 1);
        int n = x.length, d = x[0].length;
        double[] mu = new double[d];
        for (double[] r : x) for (int j = 0; j < d; j++) mu[j] += r[j] / n;
        double[][] c = new double[n][d];
        for (int i = 0; i < n; i++) for (int j = 0; j < d; j++) c[i][j] = x[i][j] - mu[j];
        double[] s = new double[d * d];
        for (double[] r : c) {
            for (int a = 0; a < d; a++) {
                if (r[a] == 0) continue;
                for (int q = 0; q < d; q++) s[a * d + q] += r[a] * r[q];
            }
        }
        double trace = 0;
        for (int i = 0; i < s.length; i++) s[i] /= n;
        for (int a = 0; a < d; a++) trace += s[a * d + a];
        double m = Math.max(trace / d, 1e-12);
        double d2 = 0, ss = 0, b2 = 0;
        for (int a = 0; a < d; a++) {
            for (int q = 0; q < d; q++) {
                double v = s[a * d + q] - (a == q ? m : 0);
                d2 += v * v;
                ss += s[a * d + q] * s[a * d + q];
            }
        }
        for (double[] r : c) {
            double norm = 0, rsr = 0;
            for (double v : r) norm += v * v;
            for (int a = 0; a < d; a++) {
                if (r[a] == 0) continue;
                double t = 0;
                for (int q = 0; q < d; q++) t += s[a * d + q] * r[q];
                rsr += r[a] * t;
            }
            b2 += norm * norm - 2 * rsr + ss;
        }
        b2 /= (double) n * n;
        double shrink = d2 <= 0 ? 1 : Math.min(b2, d2) / d2;
        for (int a = 0; a < d; a++) {
            for (int q = 0; q < d; q++) s[a * d + q] = (1 - shrink) * s[a * d + q] + (a == q ? shrink * m + 1e-9 * m : 0);
        }
        return new NoveltyModel.Part(space, new double[][]{mu}, new double[][]{inverseSpd(s, d)}, 1);
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

    /**
     * Distance of each row to its nearest class mean, in units of the part (not scaled); for a
     * relative part the nearest class's squared distance minus the background's.
     */
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
        if (part.relative()) return best - quadratic(part.backgroundPrecision(), part.backgroundMean(), x);
        return Math.sqrt(Math.max(0, best));
    }

    /** (x - mu)' P (x - mu). */
    private static double quadratic(double[] precision, double[] mu, float[] x) {
        int d = mu.length;
        double[] r = new double[d];
        for (int j = 0; j < d; j++) r[j] = x[j] - mu[j];
        double q = 0;
        for (int a = 0; a < d; a++) {
            double s = 0;
            for (int b = 0; b < d; b++) s += precision[a * d + b] * r[b];
            q += r[a] * s;
        }
        return q;
    }

    /** Each star's score: the mean over parts of its scaled value, (value - offset) / scale (1 = the edge of the validation stars). */
    public static double[] scores(NoveltyModel m, Representations r) {
        int n = r.probabilities().length;
        double[] s = new double[n];
        for (NoveltyModel.Part part : m.parts()) {
            double[] v = values(part, r);
            double offset = part.offset() == null ? 0 : part.offset();
            for (int i = 0; i < n; i++) s[i] += (v[i] - offset) / part.scale() / m.parts().size();
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
