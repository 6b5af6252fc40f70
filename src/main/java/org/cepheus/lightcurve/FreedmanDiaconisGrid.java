package org.cepheus.lightcurve;

import java.util.Collection;
import java.util.List;
import java.util.SplittableRandom;
import org.cepheus.catalog.LightCurve;

/**
 * The dm-dt grid of Bassi, Sharma & Gomekar 2021: for every curve, the Freedman-Diaconis rule
 * (bin width 2 IQR / n^(1/3), n = number of pairs; count = ceil(range / width), as numpy's 'fd')
 * gives a bin count for its dm and for its dt pair differences; the median count over the catalog
 * fixes the grid of the whole survey (the paper: 90 dm x 53 dt on CRTS).
 *
 * <p>The range is ours (the paper does not say): uniform edges from a low to a high end chosen to be
 * robust to outliers. dm: per curve the pairQuantile and 1-pairQuantile quantiles of its dm values,
 * then the catalogPercentile of the lower ends and the complementary percentile of the upper ends.
 * dt: from 0 to the complementary catalogPercentile of the curves' baselines.
 */
public final class FreedmanDiaconisGrid {
    private FreedmanDiaconisGrid() { }

    /** What one curve says: its FD bin counts and the ends of its dm and dt ranges. */
    public record CurveBins(int dmBins, int dtBins, double dmLow, double dmHigh, double baseline) { }

    public static DmDtGrid build(Collection<LightCurve> curves, DmDtPreset.FdSettings s) {
        List<CurveBins> per = curves.parallelStream()
                .filter(c -> c.size() >= 3)
                .map(c -> perCurve(c, s.pairQuantile()))
                .toList();
        if (per.isEmpty()) throw new IllegalArgumentException("no curve with 3 or more points to derive an FD grid from");
        int n = per.size();
        double[] dmB = new double[n], dtB = new double[n], lo = new double[n], hi = new double[n], base = new double[n];
        for (int i = 0; i < n; i++) {
            CurveBins b = per.get(i);
            dmB[i] = b.dmBins();
            dtB[i] = b.dtBins();
            lo[i] = b.dmLow();
            hi[i] = b.dmHigh();
            base[i] = b.baseline();
        }
        int dmCount = Math.max(1, (int) Math.round(Stats.median(dmB)));
        int dtCount = Math.max(1, (int) Math.round(Stats.median(dtB)));
        double p = s.catalogPercentile();
        double dmLo = Stats.quantile(lo, p);
        double dmHi = Stats.quantile(hi, 1 - p);
        double dtHi = Stats.quantile(base, 1 - p);
        if (!(dmHi > dmLo) || !(dtHi > 0)) {
            throw new IllegalArgumentException("catalog has no spread in dm or dt to build an FD grid from");
        }
        return new DmDtGrid(linspace(dmLo, dmHi, dmCount), linspace(0, dtHi, dtCount));
    }

    /**
     * Most pairs one curve's quantiles are taken from. Beyond it (n > 1,448 points; every survey
     * curve we have is shorter) a seeded uniform sample of this many pairs stands in: a 100,000-point
     * curve has 5e9 pairs, 80 GB of differences. Memory and time stay O(n + MAX_PAIRS).
     */
    static final int MAX_PAIRS = 1 << 20;
    private static final long SAMPLE_SEED = 20210517L;

    /**
     * FD bin counts and ranges of one curve over its n(n-1)/2 pairs: the quartiles and the
     * pairQuantile ends from all pairs or, past {@link #MAX_PAIRS}, from a sample of them; the
     * ranges (extremes) and the n of the FD width always from all pairs.
     */
    public static CurveBins perCurve(LightCurve c, double pairQuantile) {
        double[] t = c.time(), m = c.mag();
        int n = t.length;
        long pairs = (long) n * (n - 1) / 2;
        int k = (int) Math.min(pairs, MAX_PAIRS);
        double[] dm = new double[k], dt = new double[k];
        if (pairs == k) {
            int p = 0;
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    dm[p] = m[j] - m[i];
                    dt[p] = t[j] - t[i];
                    p++;
                }
            }
        } else {
            SplittableRandom r = new SplittableRandom(SAMPLE_SEED); // the same curve always gives the same grid
            for (int p = 0; p < k; p++) {
                int i = r.nextInt(n), j = r.nextInt(n - 1);
                if (j >= i) j++; // two distinct points: a uniform unordered pair
                int a = Math.min(i, j), b = Math.max(i, j);
                dm[p] = m[b] - m[a];
                dt[p] = t[b] - t[a];
            }
        }
        // exact extremes in O(n): rounding is monotone, so these equal the extremes over all pairs
        double dmMin = Double.POSITIVE_INFINITY, dmMax = Double.NEGATIVE_INFINITY, dtMin = Double.POSITIVE_INFINITY;
        double lowest = m[0], highest = m[0];
        for (int j = 1; j < n; j++) {
            dmMax = Math.max(dmMax, m[j] - lowest);
            dmMin = Math.min(dmMin, m[j] - highest);
            dtMin = Math.min(dtMin, t[j] - t[j - 1]);
            lowest = Math.min(lowest, m[j]);
            highest = Math.max(highest, m[j]);
        }
        double baseline = t[n - 1] - t[0];
        double[] qt = Stats.quantilesInPlace(dt, k, 0.25, 0.75);
        int dtBins = fdBins(qt[0], qt[1], baseline - dtMin, pairs);
        double[] q = Stats.quantilesInPlace(dm, k, pairQuantile, 0.25, 0.75, 1 - pairQuantile);
        int dmBins = fdBins(q[1], q[2], dmMax - dmMin, pairs);
        return new CurveBins(dmBins, dtBins, q[0], q[3], baseline);
    }

    /** numpy's 'fd': width = 2 IQR n^(-1/3); ceil(range / width) bins, 1 when the width is 0. */
    static int fdBins(double q25, double q75, double range, long n) {
        double width = 2 * (q75 - q25) / Math.cbrt(n);
        if (!(width > 0) || !(range > 0)) return 1;
        return Math.max(1, (int) Math.ceil(range / width));
    }

    static double[] linspace(double from, double to, int bins) {
        double[] e = new double[bins + 1];
        for (int i = 0; i <= bins; i++) e[i] = from + (to - from) * i / bins;
        e[bins] = to;
        return e;
    }
}
