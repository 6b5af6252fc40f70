package org.cepheus.learn;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The detector's arithmetic on SYNTHETIC Gaussian clusters (the real-data measurement is bench/NoveltyBench). */
class NoveltyMathTest {

    @Test
    void inverseOfASymmetricPositiveDefiniteMatrix() {
        double[] a = {4, 1, 0.5, 1, 3, 0.2, 0.5, 0.2, 2};
        double[] inv = Novelty.inverseSpd(a, 3);
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                double s = 0;
                for (int k = 0; k < 3; k++) s += a[i * 3 + k] * inv[k * 3 + j];
                assertEquals(i == j ? 1 : 0, s, 1e-12);
            }
        }
    }

    /** Two elongated synthetic classes: the shared covariance, not Euclidean distance, decides what is far. */
    @Test
    void distanceFollowsTheSharedCovarianceAndTheThresholdKeepsTheRetention() {
        Random r = new Random(1);
        int n = 2000;
        float[][] train = new float[n][], val = new float[n][];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = i % 2;
            train[i] = point(r, y[i]);
            val[i] = point(r, i % 2);
        }
        Novelty.Representations tr = new Novelty.Representations(new float[n][2], train, null);
        Novelty.Representations va = new Novelty.Representations(new float[n][2], val, null);
        NoveltyModel m = Novelty.fit(List.of(NoveltyModel.EMBEDDING), tr, y, 2, va, 0.95);
        assertEquals(1, m.parts().size(), "no flat input: the embedding alone");
        // from class 0 at (0, -20): along its long axis (sd 10) 15 units is typical; across it (sd 1) 5 is far
        float[][] probes = {{15, -20}, {0, -15}};
        double[] s = Novelty.scores(m, new Novelty.Representations(new float[2][2], probes, null));
        assertTrue(s[1] > 2 * s[0], "across the narrow axis is farther: " + s[0] + " vs " + s[1]);
        double[] sv = Novelty.scores(m, va);
        long above = java.util.Arrays.stream(sv).filter(v -> v > m.threshold()).count();
        assertEquals(0.05, above / (double) n, 0.002, "5 % of validation stars above the threshold");
        assertEquals(1.0, Novelty.quantile(sv, 0.95), 1e-9, "scaled so the edge (95th percentile) of the validation stars scores 1");
    }

    /**
     * Relative Mahalanobis: two unit-variance SYNTHETIC classes at x = -3 and +3; the background
     * Gaussian of both has variance ~10 along x and 1 along y. Its squared distance is subtracted
     * from the nearest class's, so a step along y (which no class explains better than the
     * background) adds nothing, and a point on a class mean scores below one between the classes.
     */
    @Test
    void relativeDistanceSubtractsTheBackgroundGaussian() {
        Random r = new Random(2);
        int n = 4000;
        double[][] x = new double[n][];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = i % 2;
            x[i] = new double[]{r.nextGaussian() + (y[i] == 0 ? -3 : 3), r.nextGaussian()};
        }
        NoveltyModel.Part cls = Novelty.fitPerClass("embedding", x, y, 2, true);
        NoveltyModel.Part bg = Novelty.gaussian("embedding", x, true);
        NoveltyModel.Part rel = new NoveltyModel.Part("embedding", cls.means(), cls.precisions(), 1, null, bg.means()[0], bg.precisions()[0]);
        double[] d = Novelty.distances(rel, new float[][]{{0, 0}, {0, 6}, {3, 0}});
        assertEquals(9 - 0, d[0], 0.6, "between the classes: 9 from a class, 0 from the background");
        assertEquals(d[0], d[1], 0.6, "a step along y is as far from the classes as from the background");
        assertEquals(0 - 0.9, d[2], 0.3, "on a class mean: 0 minus 9/10 from the background");
    }

    /** Ledoit-Wolf keeps a class with fewer SYNTHETIC stars than dimensions invertible, and leaves a well-sampled isotropic one nearly spherical. */
    @Test
    void ledoitWolfShrinkage() {
        Random r = new Random(3);
        double[][] few = new double[5][20], many = new double[5000][3];
        for (double[] row : few) for (int j = 0; j < row.length; j++) row[j] = r.nextGaussian();
        for (double[] row : many) for (int j = 0; j < row.length; j++) row[j] = 2 * r.nextGaussian();
        double[] p = Novelty.gaussian("input", few, true).precisions()[0];
        for (double v : p) assertTrue(Double.isFinite(v));
        double[] q = Novelty.gaussian("input", many, true).precisions()[0];
        for (int a = 0; a < 3; a++) {
            for (int b = 0; b < 3; b++) assertEquals(a == b ? 0.25 : 0, q[a * 3 + b], 0.01, "precision ~ I / 4 for sd 2");
        }
    }

    private static float[] point(Random r, int cls) {
        return new float[]{(float) (10 * r.nextGaussian()), (float) (r.nextGaussian() + (cls == 0 ? -20 : 20))};
    }
}
