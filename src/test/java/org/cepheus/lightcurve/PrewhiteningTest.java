package org.cepheus.lightcurve;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import org.cepheus.catalog.LightCurve;
import org.cepheus.service.ProgressMonitor;
import org.junit.jupiter.api.Test;

/** Prewhitening on the real CRTS double-mode RR Lyrae (RRd) of the test subset. */
class PrewhiteningTest {

    private static boolean doubleModeRatio(double a, double b) {
        double r = Math.min(a, b) / Math.max(a, b);
        return r > 0.73 && r < 0.76; // P1/P0 of RRd stars ~ 0.745
    }

    @Test
    void secondPeriodOfCrtsRrdStarsIsOftenAtTheDoubleModeRatio() {
        List<LightCurve> rrd = RealCurves.crts().stream().filter(c -> "RRd".equals(c.label())).toList();
        assertEquals(30, rrd.size(), "RRd stars of the test subset");
        PeriodOptions o = PeriodOptions.defaults();
        PeriodSearch search = PeriodSearch.of(o);
        int prewhitened = 0, secondPeak = 0;
        List<String> found = new ArrayList<>();
        for (LightCurve lc : rrd) {
            List<Periodogram> steps = Prewhitening.run(search, lc, FrequencyGrid.forCurve(lc, o), 2, o.peakAnalysis(), ProgressMonitor.NONE);
            assertEquals(2, steps.size(), lc.id());
            double p1 = steps.get(0).bestPeriod(), p2 = steps.get(1).bestPeriod();
            assertTrue(Math.abs(1 / p2 - 1 / p1) >= o.peakAnalysis().prewhitenExclusion() / lc.timeSpan(),
                    "a later step does not find the removed frequency again: " + lc.id());
            if (doubleModeRatio(p1, p2)) {
                prewhitened++;
                found.add(String.format("%s %.5f/%.5f", lc.id(), p1, p2));
            }
            // without prewhitening: the second peak of the first periodogram
            if (doubleModeRatio(p1, steps.get(0).peaks().get(1).period())) secondPeak++;
        }
        System.out.println("CRTS RRd: prewhitening's second period at P1/P0 0.73-0.76 for " + prewhitened
                + " of 30 (the first periodogram's second peak: " + secondPeak + "); " + found);
        // measured 10 of 30 (second peak without prewhitening: 5): CRTS's sparse, trend-laden sampling
        // sends the other residual searches to long-period trends and one-day aliases
        assertTrue(prewhitened >= 8, prewhitened + " of 30");
        assertTrue(prewhitened > secondPeak, "prewhitening finds more than the plain second peak");
    }

    /** SYNTHETIC: two sinusoids; the second step finds the weaker one, the first's fit is gone. */
    @Test
    void secondStepFindsTheWeakerOfTwoSyntheticModes() {
        int n = 400;
        java.util.Random rnd = new java.util.Random(3);
        double[] t = new double[n], m = new double[n];
        for (int i = 0; i < n; i++) t[i] = 500 * rnd.nextDouble();
        java.util.Arrays.sort(t);
        for (int i = 0; i < n; i++) {
            m[i] = 15 + 0.3 * Math.sin(2 * Math.PI * t[i] / 0.4) + 0.1 * Math.sin(2 * Math.PI * t[i] / 0.537) + 0.02 * rnd.nextGaussian();
        }
        LightCurve lc = new LightCurve("synthetic-two-modes", "", t, m, null);
        PeriodOptions o = PeriodOptions.defaults();
        List<Periodogram> steps = Prewhitening.run(PeriodSearch.of(o), lc, FrequencyGrid.forCurve(lc, o), 3, o.peakAnalysis(), ProgressMonitor.NONE);
        assertEquals(0.4, steps.get(0).bestPeriod(), 1e-4);
        assertEquals(0.537, steps.get(1).bestPeriod(), 1e-4);
        assertTrue(steps.get(1).bestPower() > 0.5, "the second mode dominates the residuals");
        assertTrue(steps.get(2).fap() > 1e-3, "after both modes no significant period is left: " + steps.get(2).best());
    }

    /** Real EROS-1 eclipsing binaries at their catalog periods: phase 0 at primary minimum is the faintest part of the fold. */
    @Test
    void primaryMinimumEpochPutsTheEclipseAtPhaseZero() {
        List<LightCurve> ecl = RealCurves.eros("ECL").stream().filter(c -> c.metadata().hasPeriod() && c.size() >= 60).limit(40).toList();
        assertTrue(ecl.size() >= 20, "EROS ECL stars: " + ecl.size());
        int atZero = 0, maxLight = 0;
        for (LightCurve lc : ecl) {
            double p = lc.metadata().period();
            if (faintestBinNearZero(PhaseFold.fold(lc, p, PhaseFold.epoch(lc, p, PhaseFold.Epoch.PRIMARY_MINIMUM)))) atZero++;
            if (faintestBinNearZero(PhaseFold.fold(lc, p, PhaseFold.epoch(lc, p, PhaseFold.Epoch.MAX_LIGHT)))) maxLight++;
        }
        System.out.println("EROS ECL: phase 0 +- 0.05 at >= 80% of the deepest eclipse for " + atZero + " of " + ecl.size()
                + " (epoch at max light: " + maxLight + ")");
        assertTrue(atZero >= 0.6 * ecl.size(), atZero + " of " + ecl.size());
        assertTrue(atZero > 2 * maxLight, "max light puts phase 0 elsewhere");
    }

    /**
     * Phase 0 (the first and last of 20 bins) is at least 80% as deep as the deepest bin, below the
     * median: an eclipse, the primary or one as deep (equal minima of contact binaries).
     */
    private static boolean faintestBinNearZero(FoldedCurve f) {
        double[] m = f.binnedMean(20).mean();
        double[] sorted = java.util.Arrays.stream(m).filter(Double::isFinite).sorted().toArray();
        double median = sorted[sorted.length / 2], deepest = sorted[sorted.length - 1];
        double atZero = Math.max(Double.isNaN(m[0]) ? -99 : m[0], Double.isNaN(m[19]) ? -99 : m[19]);
        return atZero - median >= 0.8 * (deepest - median);
    }
}
