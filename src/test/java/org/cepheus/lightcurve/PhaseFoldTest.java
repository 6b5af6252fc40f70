package org.cepheus.lightcurve;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.cepheus.catalog.LightCurve;
import org.junit.jupiter.api.Test;

class PhaseFoldTest {

    static List<LightCurve> ogleWithPeriods(int count) {
        return RealCurves.ogle().stream().filter(c -> c.metadata().hasPeriod()).limit(count).toList();
    }

    @Test
    void foldIsSortedInUnitIntervalAndKeepsPoints() {
        for (LightCurve lc : ogleWithPeriods(5)) {
            FoldedCurve f = PhaseFold.fold(lc, lc.metadata().period());
            assertEquals(lc.size(), f.size());
            for (int i = 0; i < f.size(); i++) {
                assertTrue(f.phase()[i] >= 0 && f.phase()[i] < 1);
                if (i > 0) assertTrue(f.phase()[i] >= f.phase()[i - 1]);
            }
            // the epoch is the brightest point, which lands at phase 0
            double minMag = java.util.Arrays.stream(lc.mag()).min().orElseThrow();
            assertEquals(minMag, f.mag()[0]);
            assertEquals(0, f.phase()[0], 1e-12);
            // multiset of magnitudes unchanged
            double[] a = lc.mag().clone(), b = f.mag().clone();
            java.util.Arrays.sort(a);
            java.util.Arrays.sort(b);
            assertArrayEquals(a, b);
            FoldedCurve two = f.twoCycles();
            assertEquals(2 * lc.size(), two.size());
            assertEquals(f.phase()[3] + 1, two.phase()[lc.size() + 3]);
        }
    }

    @Test
    void catalogEpochPutsMaximumNearPhaseZero() {
        int near = 0;
        List<LightCurve> curves = ogleWithPeriods(40);
        for (LightCurve lc : curves) {
            FoldedCurve f = PhaseFold.fold(lc, lc.metadata().period(), lc.metadata().epoch());
            var mean = f.binnedMean(20);
            int brightest = 0;
            for (int b = 1; b < 20; b++) if (mean.mean()[b] < mean.mean()[brightest]) brightest = b;
            double ph = mean.phase()[brightest];
            if (Math.min(ph, 1 - ph) < 0.1) near++;
        }
        assertTrue(near >= 0.9 * curves.size(), near + " of " + curves.size());
    }

    @Test
    void dispersionIsLowAtTheTruePeriodOnly() {
        for (LightCurve lc : ogleWithPeriods(20)) {
            double p = lc.metadata().period();
            double right = PhaseFold.dispersion(lc, p);
            double wrong = PhaseFold.dispersion(lc, p * 0.8731);
            assertTrue(right < 0.3, lc.id() + " theta " + right);
            assertTrue(wrong > 0.6, lc.id() + " theta at a wrong period " + wrong);
        }
    }

    @Test
    void negativeTimesAndGivenEpoch() {
        assertEquals(0.75, PhaseFold.phase(-0.5, 2, 0), 1e-12);
        assertEquals(0.0, PhaseFold.phase(4, 2, 0), 1e-12);
        LightCurve lc = RealCurves.ogle().get(0);
        var e = assertThrows(IllegalArgumentException.class, () -> PhaseFold.fold(lc, -1));
        assertTrue(e.getMessage().contains("period"));
    }

    @Test
    void foldIsIdenticalToTheBoxedSortItReplaced() {
        for (LightCurve lc : ogleWithPeriods(10)) {
            double p = lc.metadata().period();
            for (double period : new double[]{p, p * 0.8731, 1.0, 0.5}) {
                assertSameFold(boxedFold(lc, period, PhaseFold.epochOfMaximum(lc)), PhaseFold.fold(lc, period), lc.id());
            }
        }
        // every time twice with different magnitudes: tied phases keep their input order
        LightCurve real = ogleWithPeriods(1).get(0);
        int n = real.size();
        double[] t = new double[2 * n], m = new double[2 * n];
        for (int i = 0; i < n; i++) {
            t[2 * i] = t[2 * i + 1] = real.time()[i];
            m[2 * i] = real.mag()[i];
            m[2 * i + 1] = real.mag()[i] + 0.01;
        }
        LightCurve doubled = new LightCurve(real.id() + "-doubled", "I", t, m, null);
        double p = real.metadata().period();
        assertSameFold(boxedFold(doubled, p, 0), PhaseFold.fold(doubled, p, 0), doubled.id());
    }

    private static void assertSameFold(FoldedCurve want, FoldedCurve got, String id) {
        assertArrayEquals(want.phase(), got.phase(), id + " phase");
        assertArrayEquals(want.mag(), got.mag(), id + " mag");
        assertArrayEquals(want.err(), got.err(), id + " err");
        assertEquals(want.epoch(), got.epoch(), id + " epoch");
    }

    /** PhaseFold.fold as it was before IndexSort: boxed indices sorted by phase (a stable sort). */
    private static FoldedCurve boxedFold(LightCurve lc, double period, double epoch) {
        double[] t = lc.time(), m = lc.mag(), e = lc.err();
        int n = t.length;
        double[] ph = new double[n];
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            ph[i] = PhaseFold.phase(t[i], period, epoch);
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(ph[a], ph[b]));
        double[] ps = new double[n], ms = new double[n], es = e == null ? null : new double[n];
        for (int k = 0; k < n; k++) {
            ps[k] = ph[order[k]];
            ms[k] = m[order[k]];
            if (es != null) es[k] = e[order[k]];
        }
        return new FoldedCurve(ps, ms, es, period, epoch);
    }
}
