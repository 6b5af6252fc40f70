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
}
