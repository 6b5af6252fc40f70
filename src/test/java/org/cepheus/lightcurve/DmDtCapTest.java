package org.cepheus.lightcurve;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.SplittableRandom;
import org.cepheus.catalog.LightCurve;
import org.cepheus.service.CancelledException;
import org.cepheus.service.ProgressMonitor;
import org.junit.jupiter.api.Test;

/** The pair cap of dm-dt images: unchanged images under it, a seeded unbiased sample past it. */
class DmDtCapTest {

    /** A long curve: 8 seasons of 240 nights, several visits a night, a 5.37 d sawtooth with noise (synthetic). */
    static LightCurve syntheticLong(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double perNight = Math.max(1, n / 1920.0);
        double[] t = new double[n], m = new double[n];
        for (int i = 0; i < n; i++) {
            int night = (int) Math.min(1919, i / perNight);
            t[i] = 53_500 + (night / 240) * 365.25 + (night % 240) + 0.3 * (i - night * perNight) / perNight;
            double phase = (t[i] / 5.37) % 1;
            m[i] = 15 + 0.8 * (phase < 0.25 ? 1 - phase / 0.25 : (phase - 0.25) / 0.75) + 0.05 * r.nextGaussian();
        }
        return new LightCurve("synthetic-long-" + n, "V", t, m, null);
    }

    @Test
    void thePresetCapIsAboveEveryRealCrtsCurveAndTheirImagesAreExactlyAllPairs() {
        DmDtGrid g = DmDtGrid.mahabal();
        DmDt capped = new DmDt(g);
        DmDt all = new DmDt(g, 0, 0);
        assertEquals(1 << 22, capped.maxPairs(), "the dmdt preset's cap");
        List<LightCurve> curves = RealCurves.crts();
        int largest = 0;
        for (LightCurve lc : curves) {
            largest = Math.max(largest, lc.size());
            assertFalse(capped.samples(lc.size()), lc.id());
            for (DmDt.Normalisation n : DmDt.Normalisation.values()) {
                assertArrayEquals(all.histogram(lc, n), capped.histogram(lc, n), lc.id() + " " + n);
            }
        }
        assertTrue(largest > 100, "real curves of some length");
    }

    @Test
    void aRealCurvePastASmallCapIsSampledDeterministicallyAndStaysCloseToExact() {
        DmDtGrid g = DmDtGrid.mahabal();
        LightCurve lc = RealCurves.crts().stream().max(java.util.Comparator.comparingInt(LightCurve::size)).orElseThrow();
        long pairs = DmDt.pairs(lc.size());
        DmDt small = new DmDt(g, pairs / 4, 7);
        assertTrue(small.samples(lc.size()));
        assertEquals(pairs / 4, small.pairsCounted(lc.size()));
        float[] a = small.histogram(lc, DmDt.Normalisation.RAW);
        assertArrayEquals(a, new DmDt(g, pairs / 4, 7).histogram(lc, DmDt.Normalisation.RAW), "seeded: the same every run");
        assertFalse(java.util.Arrays.equals(a, new DmDt(g, pairs / 4, 8).histogram(lc, DmDt.Normalisation.RAW)), "the seed matters");
        float[] exact = new DmDt(g, 0, 0).histogram(lc, DmDt.Normalisation.RAW);
        // raw counts are scaled up to all pairs: the totals agree to the sampling error
        double sa = sum(a), se = sum(exact);
        assertEquals(se, sa, 0.01 * se);
        assertTrue(l1(a, exact) < 0.05, "L1 " + l1(a, exact));
    }

    @Test
    void aLongSyntheticCurveIsCappedAndCloseToItsExactImage() {
        DmDtGrid g = DmDtGrid.mahabal();
        LightCurve lc = syntheticLong(20_000, 3); // 2e8 pairs: ~1 s exact
        DmDt capped = new DmDt(g, 1 << 20, DmDt.defaultSeed());
        float[] exact = new DmDt(g, 0, 0).histogram(lc, DmDt.Normalisation.RAW);
        float[] sampled = capped.histogram(lc, DmDt.Normalisation.RAW);
        double d = l1(sampled, exact);
        // a uniform sample of M pairs: L1 ~ sum sqrt(p(1-p)/M) over cells, here ~0.01
        assertTrue(d < 0.02, "L1 " + d);
        float[] mah = capped.histogram(lc, DmDt.Normalisation.MAHABAL);
        float[] mahExact = new DmDt(g, 0, 0).histogram(lc, DmDt.Normalisation.MAHABAL);
        for (int k = 0; k < mah.length; k++) assertEquals(mahExact[k], mah[k], 2, "cell " + k + " on the 0-255 scale");
    }

    @Test
    void theSampledCountStopsWhenCancelled() {
        LightCurve lc = syntheticLong(5_000, 1);
        DmDt dmdt = new DmDt(DmDtGrid.mahabal(), 1 << 30, 1);
        ProgressMonitor cancelled = new ProgressMonitor() {
            @Override public void progress(double fraction, String message) { }
            @Override public boolean isCancelled() { return true; }
        };
        long t0 = System.nanoTime();
        assertThrows(CancelledException.class, () -> dmdt.histogram(lc, DmDt.Normalisation.RAW, cancelled));
        assertTrue(System.nanoTime() - t0 < 1_000_000_000L);
    }

    static double sum(float[] h) {
        double s = 0;
        for (float v : h) s += v;
        return s;
    }

    /** L1 distance of the two images, each divided by its sum. */
    static double l1(float[] a, float[] b) {
        double sa = sum(a), sb = sum(b), d = 0;
        for (int k = 0; k < a.length; k++) d += Math.abs(a[k] / sa - b[k] / sb);
        return d;
    }
}
