package org.cepheus.lightcurve;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.cepheus.catalog.LightCurve;
import org.junit.jupiter.api.Test;

/**
 * Worked example, by hand (n pairs, FD width 2 IQR / n^(1/3), quantiles type 7):
 * <pre>
 * A t=0,1,2,30 m=0,1,0,1  dm sorted -1,0,0,1,1,1  IQR 0..1=1, w=2/6^(1/3)=1.1006, range 2 -> 2 bins
 *                          dt sorted 1,1,2,28,29,30 IQR 1..28.75, w=30.54, range 29 -> 1 bin
 * B t=0,1,3,7  m=0,2,1,3  dm sorted -1,1,1,2,2,3  IQR 1..2=1, w=1.1006, range 4 -> 4 bins
 *                          dt sorted 1,2,3,4,6,7   IQR 2.25..5.5, w=3.577, range 6 -> 2 bins
 * C t=0..4     m=0 (flat)  dm IQR 0 -> 1 bin; dt 10 pairs IQR 1..2.75, w=1.6246, range 3 -> 2 bins
 * median counts: dm (2,4,1) -> 2, dt (1,2,2) -> 2
 * range with no trimming: dm from min(-1,-1,0)=-1 to max(1,3,0)=3; dt from 0 to max baseline 30
 * with catalogPercentile .25: dm low = q25(-1,-1,0) = -1, high = q75(1,3,0) = 2; dt high = q75(30,7,4) = 18.5
 * </pre>
 */
class FreedmanDiaconisGridTest {

    static final List<LightCurve> SYNTHETIC = List.of(
            new LightCurve("synthetic-A", "", new double[]{0, 1, 2, 30}, new double[]{0, 1, 0, 1}, null),
            new LightCurve("synthetic-B", "", new double[]{0, 1, 3, 7}, new double[]{0, 2, 1, 3}, null),
            new LightCurve("synthetic-C", "", new double[]{0, 1, 2, 3, 4}, new double[]{0, 0, 0, 0, 0}, null));

    @Test
    void perCurveCountsMatchTheHandComputation() {
        int[][] expected = {{2, 1}, {4, 2}, {1, 2}};
        for (int i = 0; i < 3; i++) {
            var b = FreedmanDiaconisGrid.perCurve(SYNTHETIC.get(i), 0);
            assertEquals(expected[i][0], b.dmBins(), "dm bins of " + SYNTHETIC.get(i).id());
            assertEquals(expected[i][1], b.dtBins(), "dt bins of " + SYNTHETIC.get(i).id());
        }
    }

    @Test
    void catalogGridMatchesTheHandComputation() {
        DmDtGrid g = FreedmanDiaconisGrid.build(SYNTHETIC, new DmDtPreset.FdSettings("test", 0, 0));
        assertArrayEquals(new double[]{-1, 1, 3}, g.dmEdges(), 1e-12);
        assertArrayEquals(new double[]{0, 15, 30}, g.dtEdges(), 1e-12);
        DmDtGrid trimmed = FreedmanDiaconisGrid.build(SYNTHETIC, new DmDtPreset.FdSettings("test", 0, 0.25));
        assertArrayEquals(new double[]{-1, 0.5, 2}, trimmed.dmEdges(), 1e-12);
        assertArrayEquals(new double[]{0, 9.25, 18.5}, trimmed.dtEdges(), 1e-12);
    }

    @Test
    void quantilesAgreeWithSorting() {
        java.util.Random r = new java.util.Random(3);
        for (int n : new int[]{1, 2, 5, 17, 1000}) {
            double[] v = new double[n];
            for (int i = 0; i < n; i++) v[i] = Math.floor(r.nextGaussian() * 5); // with ties
            double[] sorted = v.clone();
            java.util.Arrays.sort(sorted);
            double[] ps = {0, 0.005, 0.25, 0.5, 0.75, 0.995, 1};
            double[] q = Stats.quantilesInPlace(v.clone(), n, ps);
            for (int k = 0; k < ps.length; k++) assertEquals(quantile(sorted, ps[k]), q[k], 1e-12, "n=" + n + " p=" + ps[k]);
        }
    }

    @Test
    void crtsSubsetGivesAPlausibleGrid() {
        // every 20th CRTS curve: the grid must cover the bulk of the pairs of those curves
        List<LightCurve> sub = new java.util.ArrayList<>();
        for (int i = 0; i < RealCurves.crts().size(); i += 20) sub.add(RealCurves.crts().get(i));
        DmDtGrid g = DmDtGrid.freedmanDiaconis(sub);
        assertTrue(g.dmEdges()[0] < 0 && g.dmEdges()[g.dmBins()] > 0, g.toString());
        long inside = 0, all = 0;
        DmDt d = new DmDt(g);
        for (LightCurve lc : sub) {
            for (float c : d.histogram(lc)) inside += (long) c;
            all += (long) lc.size() * (lc.size() - 1) / 2;
        }
        assertTrue(inside > 0.95 * all, "grid " + g + " keeps only " + inside + " of " + all + " pairs");
    }

    /**
     * A synthetic 100,000-point curve (5e9 pairs; n(n-1)/2 overflows an int past 46,341 points):
     * even times and independent uniform magnitudes in [0, 1) have known pair distributions. dt of
     * a random pair has CDF 1 - (1 - x/T)^2 (quartiles 0.134 T and T/2); dm is triangular on
     * (-1, 1) with CDF (1 + x)^2 / 2 below 0 (quartiles -+0.2929, 0.5% ends -+0.9).
     */
    @Test
    void longSyntheticCurveIsSampledAndAgreesWithItsKnownDistribution() {
        int n = 100_000;
        double span = 1000;
        java.util.Random r = new java.util.Random(11);
        double[] t = new double[n], m = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = i * span / (n - 1);
            m[i] = r.nextDouble();
        }
        LightCurve lc = new LightCurve("synthetic-long", "", t, m, null);
        var b = FreedmanDiaconisGrid.perCurve(lc, 0.005);

        double cbrtPairs = Math.cbrt((double) n * (n - 1) / 2);
        double dtIqr = span * (0.5 - (1 - Math.sqrt(0.75)));
        double wantDt = span / (2 * dtIqr / cbrtPairs);
        double dmIqr = 2 * (1 - Math.sqrt(0.5));
        double wantDm = 2 / (2 * dmIqr / cbrtPairs); // range of m_j - m_i is just under 2
        assertEquals(wantDt, b.dtBins(), 0.01 * wantDt, "dt bins");
        assertEquals(wantDm, b.dmBins(), 0.01 * wantDm, "dm bins");
        assertEquals(-0.9, b.dmLow(), 0.005);
        assertEquals(0.9, b.dmHigh(), 0.005);
        assertEquals(span, b.baseline(), 1e-9);
        assertEquals(b, FreedmanDiaconisGrid.perCurve(lc, 0.005), "seeded: the same curve gives the same bins");
    }

    /** Just past the sampling threshold, the sample gives what all pairs give (computed here by sorting). */
    @Test
    void sampledCurveMatchesTheAllPairsComputation() {
        int n = 1500;
        assertTrue((long) n * (n - 1) / 2 > FreedmanDiaconisGrid.MAX_PAIRS, "the curve is long enough to be sampled");
        java.util.Random r = new java.util.Random(5);
        double[] t = new double[n], m = new double[n];
        double time = 0;
        for (int i = 0; i < n; i++) {
            time += r.nextExponential(); // uneven gaps like a survey's
            t[i] = time;
            m[i] = 15 + 0.5 * Math.sin(t[i] / 3.7) + 0.05 * r.nextGaussian();
        }
        LightCurve lc = new LightCurve("synthetic-1500", "", t, m, null);
        int pairs = n * (n - 1) / 2;
        double[] dm = new double[pairs], dt = new double[pairs];
        for (int i = 0, k = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++, k++) {
                dm[k] = m[j] - m[i];
                dt[k] = t[j] - t[i];
            }
        }
        java.util.Arrays.sort(dm);
        java.util.Arrays.sort(dt);
        int wantDm = FreedmanDiaconisGrid.fdBins(quantile(dm, 0.25), quantile(dm, 0.75), dm[pairs - 1] - dm[0], pairs);
        int wantDt = FreedmanDiaconisGrid.fdBins(quantile(dt, 0.25), quantile(dt, 0.75), dt[pairs - 1] - dt[0], pairs);
        var b = FreedmanDiaconisGrid.perCurve(lc, 0.005);
        assertEquals(wantDm, b.dmBins(), 0.01 * wantDm, "dm bins");
        assertEquals(wantDt, b.dtBins(), 0.01 * wantDt, "dt bins");
        assertEquals(quantile(dm, 0.005), b.dmLow(), 0.01);
        assertEquals(quantile(dm, 0.995), b.dmHigh(), 0.01);
    }

    /** Type-7 quantile of sorted values. */
    private static double quantile(double[] sorted, double p) {
        double h = p * (sorted.length - 1);
        int lo = (int) Math.floor(h);
        return sorted[lo] + (h - lo) * (sorted[Math.min(sorted.length - 1, lo + 1)] - sorted[lo]);
    }
}
