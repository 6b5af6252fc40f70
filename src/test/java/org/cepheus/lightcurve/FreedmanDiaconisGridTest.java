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
            for (int k = 0; k < ps.length; k++) {
                double h = ps[k] * (n - 1);
                int lo = (int) Math.floor(h);
                double want = sorted[lo] + (h - lo) * (sorted[Math.min(n - 1, lo + 1)] - sorted[lo]);
                assertEquals(want, q[k], 1e-12, "n=" + n + " p=" + ps[k]);
            }
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
}
