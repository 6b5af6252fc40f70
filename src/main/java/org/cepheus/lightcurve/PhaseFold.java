package org.cepheus.lightcurve;

import org.cepheus.catalog.IndexSort;
import org.cepheus.catalog.LightCurve;

/**
 * Phase folding: phase = ((t - epoch) / P) mod 1, epoch at maximum brightness (the time of the
 * minimum magnitude) unless given. Works for any typed period, not only found ones.
 */
public final class PhaseFold {
    private PhaseFold() { }

    public static FoldedCurve fold(LightCurve lc, double period) {
        return fold(lc, period, epochOfMaximum(lc));
    }

    public static FoldedCurve fold(LightCurve lc, double period, double epoch) {
        checkPeriod(period);
        if (!Double.isFinite(epoch)) throw new IllegalArgumentException("epoch must be finite");
        double[] t = lc.time(), m = lc.mag(), e = lc.err();
        int n = t.length;
        double[] ph = new double[n];
        for (int i = 0; i < n; i++) ph[i] = phase(t[i], period, epoch);
        int[] order = IndexSort.byValue(ph); // stable, like the boxed sort it replaces: same order on ties
        double[] ps = new double[n], ms = new double[n], es = e == null ? null : new double[n];
        for (int k = 0; k < n; k++) {
            int i = order[k];
            ps[k] = ph[i];
            ms[k] = m[i];
            if (es != null) es[k] = e[i];
        }
        return new FoldedCurve(ps, ms, es, period, epoch);
    }

    /** ((t - epoch) / period) mod 1 in [0, 1). */
    public static double phase(double t, double period, double epoch) {
        double x = (t - epoch) / period;
        double p = x - Math.floor(x);
        return p >= 1 ? 0 : p; // x - floor(x) can round up to 1 for tiny negative x
    }

    /** Time of the brightest point (minimum magnitude); NaN for an empty curve. */
    public static double epochOfMaximum(LightCurve lc) {
        double[] m = lc.mag();
        if (m.length == 0) return Double.NaN;
        int best = 0;
        for (int i = 1; i < m.length; i++) if (m[i] < m[best]) best = i;
        return lc.time()[best];
    }

    /** Where phase 0 is put. */
    public enum Epoch {
        /** The brightest point (minimum magnitude): pulsators' convention. */
        MAX_LIGHT,
        /** The faintest point of a Fourier fit at the period: eclipsing binaries' convention. */
        PRIMARY_MINIMUM
    }

    /** The epoch of that kind for this period; NaN for an empty curve. */
    public static double epoch(LightCurve lc, double period, Epoch kind) {
        return kind == Epoch.MAX_LIGHT ? epochOfMaximum(lc) : epochOfPrimaryMinimum(lc, period, FoldPreset.defaults().fitHarmonics());
    }

    /**
     * Time of the faintest point of an h-harmonic Fourier fit (sampled at 1/1000 of the period),
     * in the first cycle of the curve: a fit, not the faintest point, which one outlier would set.
     */
    public static double epochOfPrimaryMinimum(LightCurve lc, double period, int h) {
        checkPeriod(period);
        double[] t = lc.time();
        if (t.length == 0) return Double.NaN;
        if (t.length < 8) return faintest(lc);
        FourierFit fit = FourierFit.fit(t, lc.mag(), lc.err(), period, h);
        double best = t[0], faint = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < 1000; i++) {
            double at = t[0] + period * i / 1000.0;
            double v = fit.model(at);
            if (v > faint) {
                faint = v;
                best = at;
            }
        }
        return best;
    }

    private static double faintest(LightCurve lc) {
        double[] m = lc.mag();
        int best = 0;
        for (int i = 1; i < m.length; i++) if (m[i] > m[best]) best = i;
        return lc.time()[best];
    }

    /** PDM theta with the preset's number of bins. */
    public static double dispersion(LightCurve lc, double period) {
        return pdmTheta(lc.time(), lc.mag(), period, FoldPreset.defaults().dispersionBins());
    }

    /**
     * Stellingwerf's (1978) phase dispersion theta = s^2 / sigma^2: pooled within-bin variance of
     * the folded curve over the total variance. Near 1 for a wrong period, small for the right one.
     * s^2 = sum_j sum_i (m - mean_j)^2 / (N - M) over M non-empty bins; NaN if undefined.
     */
    public static double pdmTheta(double[] t, double[] m, double period, int bins) {
        checkPeriod(period);
        int n = t.length;
        double[] sum = new double[bins], sum2 = new double[bins];
        int[] cnt = new int[bins];
        double total = 0, total2 = 0;
        double ref = n > 0 ? t[0] : 0;
        for (int i = 0; i < n; i++) {
            int b = Math.min(bins - 1, (int) (phase(t[i], period, ref) * bins));
            double v = m[i];
            sum[b] += v;
            sum2[b] += v * v;
            cnt[b]++;
            total += v;
            total2 += v * v;
        }
        double sigma2 = (total2 - total * total / n) / (n - 1);
        double within = 0;
        int used = 0;
        for (int b = 0; b < bins; b++) {
            if (cnt[b] == 0) continue;
            used++;
            within += sum2[b] - sum[b] * sum[b] / cnt[b];
        }
        if (n - used <= 0 || !(sigma2 > 0)) return Double.NaN;
        return (within / (n - used)) / sigma2;
    }

    private static void checkPeriod(double period) {
        if (!(period > 0) || !Double.isFinite(period)) {
            throw new IllegalArgumentException("period must be a positive number of days, got " + period);
        }
    }
}
