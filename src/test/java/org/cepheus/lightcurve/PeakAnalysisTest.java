package org.cepheus.lightcurve;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Random;
import org.cepheus.catalog.LightCurve;
import org.junit.jupiter.api.Test;

/** S/N, FAP, alias flags and the period uncertainty of the listed peaks. */
class PeakAnalysisTest {

    private static LightCurve ogle(String id) {
        return RealCurves.ogle().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    private static Peak near(List<Peak> peaks, double period) {
        return peaks.stream().filter(p -> Math.abs(p.period() - period) < 2e-3 * period).findFirst()
                .orElseThrow(() -> new AssertionError("no listed peak near " + period + " d in " + peaks));
    }

    @Test
    void bothSidesOfTheOneDayAliasAreFlaggedOnOgleCep0025() {
        LightCurve lc = ogle("OGLE-LMC-CEP-0025");
        Periodogram pg = PeriodSearch.of(PeriodOptions.defaults()).search(lc);
        assertEquals(lc.metadata().period(), pg.bestPeriod(), 1e-3 * pg.bestPeriod(), "best is the catalog period");
        // f_best + 1.0027 (0.787 d) and the mirror 1.0027 - f_best (1.3607 d)
        assertEquals(java.util.Set.of(Peak.Alias.ONE_DAY), near(pg.peaks(), 0.7870).aliases());
        assertEquals(java.util.Set.of(Peak.Alias.MIRROR), near(pg.peaks(), 1.3607).aliases());
        assertTrue(pg.best().aliases().isEmpty(), "a 3.7 d best is no alias of the sampling");
        for (Peak p : pg.peaks()) {
            assertTrue(p.fap() >= 0 && p.fap() <= 1, "FAP of every peak: " + p);
            assertTrue(p.snr() > 10, "these peaks stand far above the local median power: " + p);
        }
        assertEquals(pg.fap(), pg.best().fap(), 0);
        assertTrue(pg.peaks().get(1).fap() >= pg.best().fap(), "a lower peak is likelier noise");
        double err = pg.best().periodError();
        assertTrue(err > 0 && err < 1e-4, "period error " + err);
        assertTrue(Double.isNaN(pg.peaks().get(1).periodError()), "uncertainty for the best only");
    }

    /** SYNTHETIC sinusoids in white noise: the stated uncertainty matches the scatter of the found periods. */
    @Test
    void periodErrorMatchesTheScatterOfRepeatedSyntheticSearches() {
        double period = 0.731, amp = 0.1, sigma = 0.05;
        int n = 150, runs = 300;
        Random rnd = new Random(7);
        double[] t = new double[n];
        for (int i = 0; i < n; i++) t[i] = 300 * rnd.nextDouble();
        java.util.Arrays.sort(t);
        ExactLombScargle search = new ExactLombScargle(PeriodOptions.defaults());
        double f0 = 1 / period, sum2 = 0, stated = 0;
        for (int r = 0; r < runs; r++) {
            double[] m = new double[n];
            for (int i = 0; i < n; i++) m[i] = 15 + amp * Math.sin(2 * Math.PI * t[i] / period) + sigma * rnd.nextGaussian();
            LightCurve lc = new LightCurve("synthetic-" + r, "", t, m, null);
            Periodogram pg = search.search(lc, FrequencyGrid.between(f0 - 0.01, f0 + 0.01, 201));
            double d = pg.bestPeriod() - period;
            sum2 += d * d;
            stated += pg.best().periodError();
        }
        double scatter = Math.sqrt(sum2 / runs), mean = stated / runs;
        assertEquals(scatter, mean, 0.2 * scatter, "stated " + mean + " vs measured scatter " + scatter);
    }

    @Test
    void mirrorAndOneDayFlagsFollowTheirDefinitions() {
        double fb = 0.25, df = 1e-5;
        List<Peak> flagged = PeakFinder.flagAliases(List.of(
                new Peak(fb, 1, java.util.Set.of()),
                new Peak(fb + 1.0027379, 0.8, java.util.Set.of()),
                new Peak(1.0027379 - fb, 0.7, java.util.Set.of()),
                new Peak(2.0054758 - fb, 0.6, java.util.Set.of()),
                new Peak(2 * fb, 0.5, java.util.Set.of()),
                new Peak(0.61, 0.4, java.util.Set.of())), df);
        assertEquals("one-day", flagged.get(1).aliasText());
        assertEquals("mirror", flagged.get(2).aliasText());
        assertEquals("mirror", flagged.get(3).aliasText());
        assertEquals("half", flagged.get(4).aliasText());
        assertEquals("", flagged.get(5).aliasText());
    }
}
