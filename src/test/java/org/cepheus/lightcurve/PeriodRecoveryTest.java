package org.cepheus.lightcurve;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.cepheus.catalog.LightCurve;
import org.cepheus.service.CancelledException;
import org.cepheus.service.ProgressMonitor;
import org.junit.jupiter.api.Test;

/**
 * Recovery of the OGLE catalog periods on the 250 stars of the in-repository subset that have one
 * in cepFO4.dat; it asks for 99% (250 stars cannot resolve 99.5%: one miss is 0.4%).
 * bench/PeriodSearchBench.java measures all 880 of the full set against the 99.5% target.
 */
class PeriodRecoveryTest {
    static final int SUBSET = 250;

    @Test
    void recoversOgleCatalogPeriods() {
        List<LightCurve> all = new ArrayList<>(RealCurves.ogle().stream().filter(c -> c.metadata().hasPeriod()).toList());
        assertEquals(SUBSET, all.size(), "stars of the test subset with an OGLE catalog period");
        java.util.Collections.shuffle(all, new java.util.Random(42));
        List<LightCurve> withPeriods = all.subList(0, SUBSET);
        List<PeriodResult> results = PeriodService.searchAll(withPeriods, PeriodOptions.defaults(), ProgressMonitor.NONE);
        int ok = 0;
        List<String> misses = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            double p = withPeriods.get(i).metadata().period();
            PeriodResult r = results.get(i);
            assertTrue(r.ok(), r.problem());
            assertEquals(withPeriods.get(i).id(), r.id());
            if (Math.abs(r.bestPeriod() - p) / p < 1e-3) ok++;
            else misses.add(r.id() + " " + p + " -> " + r.bestPeriod());
            assertTrue(r.fap() >= 0 && r.fap() <= 1);
        }
        assertTrue(ok >= 0.99 * SUBSET, ok + " of " + SUBSET + " recovered; misses " + misses);
        System.out.println("OGLE recovery on the test subset: " + ok + " of " + SUBSET + "; misses " + misses);
    }

    @Test
    void periodogramShapeAndFap() {
        LightCurve lc = RealCurves.ogle().stream().filter(c -> c.metadata().hasPeriod()).findFirst().orElseThrow();
        PeriodOptions o = PeriodOptions.defaults();
        Periodogram p = PeriodSearch.of(o).search(lc);
        assertEquals(o.topK(), p.peaks().size());
        for (int i = 1; i < p.peaks().size(); i++) {
            assertTrue(p.peaks().get(i).power() <= p.peaks().get(i - 1).power());
            assertTrue(Math.abs(p.peaks().get(i).frequency() - p.bestFrequency()) > 1 / lc.timeSpan(), "distinct peaks");
        }
        // a strong Cepheid: the FAP of its peak is tiny; the same curve with magnitudes shuffled is noise
        assertTrue(p.fap() < 1e-10, "fap " + p.fap());
        double[] shuffled = new double[lc.size()];
        Double[] boxed = box(lc.mag().clone());
        java.util.Collections.shuffle(java.util.Arrays.asList(boxed), new java.util.Random(5));
        for (int i = 0; i < boxed.length; i++) shuffled[i] = boxed[i];
        LightCurve noise = new LightCurve("synthetic-shuffled", "I", lc.time(), shuffled, lc.err());
        Periodogram pn = PeriodSearch.of(o).search(noise);
        assertTrue(pn.fap() > 0.01, "shuffled fap " + pn.fap());
    }

    @Test
    void serviceReportsBadCurvesAndCancels() {
        List<LightCurve> curves = new ArrayList<>(RealCurves.ogle().subList(0, 4));
        curves.add(new LightCurve("synthetic-3-points", "I", new double[]{0, 1, 2}, new double[]{1, 2, 1}, null));
        List<PeriodResult> r = PeriodService.searchAll(curves, PeriodOptions.defaults(), ProgressMonitor.NONE);
        assertEquals(5, r.size());
        assertTrue(r.get(0).ok());
        assertFalse(r.get(4).ok());
        assertTrue(r.get(4).problem().contains("synthetic-3-points"), r.get(4).problem());

        AtomicInteger calls = new AtomicInteger();
        ProgressMonitor cancelAfterTwo = new ProgressMonitor() {
            @Override public void progress(double f, String m) { calls.incrementAndGet(); }
            @Override public boolean isCancelled() { return calls.get() >= 2; }
        };
        assertThrows(CancelledException.class,
                () -> PeriodService.searchAll(RealCurves.ogle().subList(0, 200), PeriodOptions.defaults(), cancelAfterTwo));
        assertTrue(calls.get() < 200, "stopped early: " + calls.get());
    }

    private static Double[] box(double[] a) {
        Double[] b = new Double[a.length];
        for (int i = 0; i < a.length; i++) b[i] = a[i];
        return b;
    }
}
