package org.cepheus.lightcurve;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.cepheus.catalog.LightCurve;
import org.junit.jupiter.api.Test;

class DmDtTest {

    /** Straightforward reference: binary search on both axes, numpy's edge convention. */
    static int[] naive(LightCurve lc, DmDtGrid g) {
        int[] h = new int[g.cells()];
        double[] t = lc.time(), m = lc.mag();
        for (int i = 0; i < t.length; i++) {
            for (int j = i + 1; j < t.length; j++) {
                int a = bin(g.dmEdges(), m[j] - m[i]), b = bin(g.dtEdges(), t[j] - t[i]);
                if (a >= 0 && b >= 0) h[a * g.dtBins() + b]++;
            }
        }
        return h;
    }

    static int bin(double[] e, double v) {
        int last = e.length - 1;
        if (!(v >= e[0] && v <= e[last])) return -1;
        if (v == e[last]) return last - 1;
        int k = java.util.Arrays.binarySearch(e, v);
        return k >= 0 ? k : -k - 2;
    }

    @Test
    void mahabalGridHasTheIssuesEdges() {
        DmDtGrid g = DmDtGrid.mahabal();
        assertEquals(22, g.dmBins());
        assertEquals(24, g.dtBins());
        assertEquals(-8, g.dmEdges()[0]);
        assertEquals(0.1, g.dmEdges()[12]);
        assertEquals(8, g.dmEdges()[22]);
        assertEquals(1.0 / 145, g.dtEdges()[1], 1e-15);
        assertEquals(4.0 / 145, g.dtEdges()[4], 1e-15);
        assertEquals(3.0 / 25, g.dtEdges()[7], 1e-15);
        assertEquals(4000, g.dtEdges()[24]);
    }

    @Test
    void pairCountsAddUpOnRealCrtsCurves() {
        DmDtGrid g = DmDtGrid.mahabal();
        DmDt dmdt = new DmDt(g);
        // a coarse narrow grid too, so that many pairs fall outside the edges
        DmDtGrid narrow = new DmDtGrid(new double[]{-0.3, -0.05, 0, 0.05, 0.3}, new double[]{0.5, 10, 100, 1000});
        DmDt narrowDmDt = new DmDt(narrow);
        List<LightCurve> curves = RealCurves.crts().subList(0, 60);
        long outsideTotal = 0;
        for (LightCurve lc : curves) {
            for (var pair : List.of(new Object[]{g, dmdt}, new Object[]{narrow, narrowDmDt})) {
                DmDtGrid grid = (DmDtGrid) pair[0];
                float[] h = ((DmDt) pair[1]).histogram(lc);
                int[] ref = naive(lc, grid);
                long sum = 0, outside = 0;
                double[] t = lc.time(), m = lc.mag();
                for (int i = 0; i < t.length; i++)
                    for (int j = i + 1; j < t.length; j++)
                        if (bin(grid.dmEdges(), m[j] - m[i]) < 0 || bin(grid.dtEdges(), t[j] - t[i]) < 0) outside++;
                for (int k = 0; k < h.length; k++) {
                    assertEquals(ref[k], h[k], lc.id() + " cell " + k);
                    sum += (long) h[k];
                }
                long n = lc.size();
                assertEquals(n * (n - 1) / 2 - outside, sum, lc.id());
                if (grid == narrow) outsideTotal += outside;
            }
        }
        assertTrue(outsideTotal > 0, "the narrow grid must drop some pairs for the test to mean anything");
    }

    @Test
    void valuesOnEdgesFollowNumpyConvention() {
        // synthetic: dm and dt exactly on edges, including both outer edges
        LightCurve lc = new LightCurve("synthetic-edges", "", new double[]{0, 1, 2}, new double[]{0, 1, 2}, null);
        DmDtGrid g = new DmDtGrid(new double[]{0, 1, 2}, new double[]{0, 1, 2});
        float[] h = DmDt.histogram(lc, g);
        // pairs: (dm1, dt1) -> row 1 col 1 twice; (dm2, dt2) -> last bins (upper edge included)
        assertArrayEquals(new float[]{0, 0, 0, 3}, h);
    }

    @Test
    void normalisations() {
        LightCurve lc = RealCurves.crts().get(7);
        DmDt dmdt = new DmDt(DmDtGrid.mahabal());
        float[] raw = dmdt.histogram(lc, DmDt.Normalisation.RAW);
        float[] mah = dmdt.histogram(lc, DmDt.Normalisation.MAHABAL);
        float[] l2 = dmdt.histogram(lc, DmDt.Normalisation.L2);
        double pairs = lc.size() * (lc.size() - 1) / 2.0, norm = 0;
        for (int k = 0; k < raw.length; k++) {
            assertTrue(mah[k] >= 0 && mah[k] <= 255);
            assertEquals(raw[k] == 0, mah[k] == 0, "empty cells stay empty, filled cells are at least 1");
            assertEquals(Math.ceil(255 * raw[k] / pairs - 1e-5), mah[k], 1e-6);
            norm += l2[k] * l2[k];
        }
        assertEquals(1, norm, 1e-5);
    }

    @Test
    void parallelBatchEqualsOneByOne() {
        List<LightCurve> curves = RealCurves.crts().subList(100, 140);
        DmDt dmdt = new DmDt(DmDtGrid.mahabal());
        float[][] all = dmdt.histograms(curves, DmDt.Normalisation.RAW);
        for (int i = 0; i < curves.size(); i++) assertArrayEquals(dmdt.histogram(curves.get(i)), all[i]);
    }
}
