package org.cepheus.lightcurve;

import java.util.Arrays;

/**
 * Order statistics on primitive arrays: selection instead of sorting where it matters for speed.
 * The one percentile definition of Cepheus: linear interpolation between order statistics
 * (Hyndman-Fan type 7, numpy's default), used by the features, the dm-dt grid and training data.
 */
public final class Stats {
    private Stats() { }

    /**
     * Quantiles with linear interpolation between order statistics (Hyndman-Fan type 7, numpy's
     * default) of the first n values of a, which is reordered. ps must be ascending in 0..1.
     */
    static double[] quantilesInPlace(double[] a, int n, double... ps) {
        if (n == 0) throw new IllegalArgumentException("no values");
        double[] out = new double[ps.length];
        int from = 0; // a[0..from) are all <= everything selected so far
        for (int q = 0; q < ps.length; q++) {
            double h = ps[q] * (n - 1);
            int k = (int) Math.floor(h);
            double frac = h - k;
            if (k >= from) {
                select(a, from, n - 1, k);
                from = k;
            }
            double lo = a[k];
            double hi = lo;
            if (frac > 0 && k + 1 < n) hi = minOf(a, k + 1, n);
            out[q] = interpolate(lo, hi, frac);
        }
        return out;
    }

    /** The one interpolation between neighbouring order statistics (written once, so every caller agrees to the bit). */
    private static double interpolate(double lo, double hi, double frac) {
        return frac == 0 ? lo : lo * (1 - frac) + hi * frac;
    }

    /** The q-th percentile (0..100) of values already sorted ascending: O(1), same definition as {@link #percentile}. */
    public static double percentileOfSorted(double[] sorted, double q) {
        if (sorted.length == 0) throw new IllegalArgumentException("no values");
        double pos = q / 100.0 * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return interpolate(sorted[lo], sorted[hi], pos - lo);
    }

    static double quantile(double[] values, double p) {
        return quantilesInPlace(values.clone(), values.length, p)[0];
    }

    /**
     * The q-th percentile (0..100) of the values, in any order (left unchanged), like
     * numpy.percentile: at position q/100 * (n - 1) of the sorted values, interpolated linearly.
     *
     * @throws IllegalArgumentException when there are no values
     */
    public static double percentile(double[] values, double q) {
        if (!(q >= 0 && q <= 100)) throw new IllegalArgumentException("percentile " + q + " is outside 0..100");
        return quantile(values, q / 100);
    }

    public static double median(double[] values) {
        return quantile(values, 0.5);
    }

    /** Median absolute deviation from the median (unscaled). */
    static double mad(double[] values, double median) {
        double[] d = new double[values.length];
        for (int i = 0; i < d.length; i++) d[i] = Math.abs(values[i] - median);
        return quantilesInPlace(d, d.length, 0.5)[0];
    }

    static double std(double[] v) {
        if (v.length < 2) return 0;
        double mean = 0;
        for (double x : v) mean += x;
        mean /= v.length;
        double s = 0;
        for (double x : v) s += (x - mean) * (x - mean);
        return Math.sqrt(s / (v.length - 1));
    }

    private static double minOf(double[] a, int from, int to) {
        double m = a[from];
        for (int i = from + 1; i < to; i++) if (a[i] < m) m = a[i];
        return m;
    }

    /** Places the k-th smallest of a[lo..hi] at a[k], smaller left, larger right (Hoare/Wirth). */
    static void select(double[] a, int lo, int hi, int k) {
        while (hi > lo) {
            if (hi - lo < 16) {
                Arrays.sort(a, lo, hi + 1);
                return;
            }
            int mid = (lo + hi) >>> 1;
            double pivot = medianOf3(a[lo], a[mid], a[hi]);
            int i = lo, j = hi;
            while (i <= j) {
                while (a[i] < pivot) i++;
                while (a[j] > pivot) j--;
                if (i <= j) {
                    double t = a[i]; a[i] = a[j]; a[j] = t;
                    i++;
                    j--;
                }
            }
            if (k <= j) hi = j;
            else if (k >= i) lo = i;
            else return;
        }
    }

    private static double medianOf3(double a, double b, double c) {
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }
}
