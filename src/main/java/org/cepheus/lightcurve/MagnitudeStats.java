package org.cepheus.lightcurve;

import java.util.Arrays;

/**
 * Period-free statistics of a light curve's magnitudes (the classical "hand-made" variability
 * features): moments, percentile ranges and ratios, Stetson K, von Neumann ratio.
 */
public final class MagnitudeStats {
    private MagnitudeStats() { }

    public static double mean(double[] x) {
        double s = 0;
        for (double v : x) s += v;
        return s / x.length;
    }

    public static double std(double[] x) {
        double mu = mean(x), s = 0;
        for (double v : x) s += (v - mu) * (v - mu);
        return x.length > 1 ? Math.sqrt(s / (x.length - 1)) : 0;
    }

    /** Percentile (0..100), see {@link Stats#percentile}; kept for the feature code, which passes sorted values. */
    public static double percentile(double[] sorted, double q) {
        return Stats.percentileOfSorted(sorted, q);
    }

    public static double[] sorted(double[] x) {
        double[] s = x.clone();
        Arrays.sort(s);
        return s;
    }

    /** Sample skewness (biased estimator; robust enough for n >= 10). */
    public static double skewness(double[] x) {
        double mu = mean(x), m2 = 0, m3 = 0;
        for (double v : x) {
            double d = v - mu;
            m2 += d * d;
            m3 += d * d * d;
        }
        m2 /= x.length;
        m3 /= x.length;
        return m2 > 0 ? m3 / Math.pow(m2, 1.5) : 0;
    }

    /** Excess kurtosis. */
    public static double kurtosis(double[] x) {
        double mu = mean(x), m2 = 0, m4 = 0;
        for (double v : x) {
            double d = v - mu;
            m2 += d * d;
            m4 += d * d * d * d;
        }
        m2 /= x.length;
        m4 /= x.length;
        return m2 > 0 ? m4 / (m2 * m2) - 3 : 0;
    }

    /** Fraction of points more than one standard deviation from the mean. */
    public static double beyondOneStd(double[] x) {
        double mu = mean(x), sd = std(x);
        int c = 0;
        for (double v : x) if (Math.abs(v - mu) > sd) c++;
        return (double) c / x.length;
    }

    /** Median absolute deviation from the median. */
    public static double mad(double[] x) {
        return Stats.mad(x, Stats.median(x));
    }

    /** Stetson K (single band): mean |delta| / rms delta, delta = normalised residuals. */
    public static double stetsonK(double[] m, double[] err) {
        int n = m.length;
        double mu = mean(m), sa = 0, s2 = 0, f = Math.sqrt((double) n / Math.max(1, n - 1));
        double sd = std(m);
        for (int i = 0; i < n; i++) {
            double e = err != null && err[i] > 0 ? err[i] : (sd > 0 ? sd : 1);
            double d = f * (m[i] - mu) / e;
            sa += Math.abs(d);
            s2 += d * d;
        }
        return s2 > 0 ? (sa / n) / Math.sqrt(s2 / n) : 0;
    }

    /** von Neumann ratio: mean square successive difference over variance (small = smooth in time). */
    public static double vonNeumann(double[] m) {
        if (m.length < 3) return 2;
        double s = 0;
        for (int i = 1; i < m.length; i++) s += (m[i] - m[i - 1]) * (m[i] - m[i - 1]);
        double var = std(m);
        var *= var;
        return var > 0 ? s / (m.length - 1) / var : 2;
    }

    /** Median of the errors, or NaN without errors. */
    public static double medianError(double[] err) {
        return err == null ? Double.NaN : Stats.median(err);
    }
}
