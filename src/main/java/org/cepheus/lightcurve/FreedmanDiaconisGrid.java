package org.cepheus.lightcurve;

import java.util.Collection;
import java.util.List;
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

    /** FD bin counts and ranges of one curve over all its n(n-1)/2 pairs. */
    public static CurveBins perCurve(LightCurve c, double pairQuantile) {
        double[] t = c.time(), m = c.mag();
        int n = t.length;
        int pairs = n * (n - 1) / 2;
        double[] dm = new double[pairs], dt = new double[pairs];
        int k = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                dm[k] = m[j] - m[i];
                dt[k] = t[j] - t[i];
                k++;
            }
        }
        double baseline = t[n - 1] - t[0];
        int dtBins = fdBins(dt, pairs);
        double[] q = Stats.quantilesInPlace(dm, pairs, 0, pairQuantile, 0.25, 0.75, 1 - pairQuantile, 1);
        int dmBins = fdBins(q[2], q[3], q[5] - q[0], pairs);
        return new CurveBins(dmBins, dtBins, q[1], q[4], baseline);
    }

    private static int fdBins(double[] v, int n) {
        double[] q = Stats.quantilesInPlace(v, n, 0, 0.25, 0.75, 1);
        return fdBins(q[1], q[2], q[3] - q[0], n);
    }

    /** numpy's 'fd': width = 2 IQR n^(-1/3); ceil(range / width) bins, 1 when the width is 0. */
    static int fdBins(double q25, double q75, double range, int n) {
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
