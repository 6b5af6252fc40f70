package org.cepheus.lightcurve;

import org.cepheus.TestData;
import org.cepheus.catalog.Catalog;
import org.cepheus.catalog.CatalogLoader;
import org.cepheus.catalog.LightCurve;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The coarse-then-fine period search of feature extraction (preset "coarse") on real curves: it
 * finds what the fine grid finds, OGLE's catalog periods, and its grids fill their FFT.
 */
class CoarseSearchTest {
    private static final PeriodFinder FINE = PeriodFinder.gls(5);
    private static final PeriodFinder COARSE = PeriodFinder.gls(5, new PeriodFinder.Coarse(1, 8));

    @Test
    void ogleCepheidsSamePeriodsAsTheFineGridAndTheCatalog() throws Exception {
        Map<String, Double> catalog = new HashMap<>();
        for (String line : Files.readAllLines(TestData.ogle().resolve("cepFO4.dat"))) {
            String[] f = line.trim().split("\\s+");
            catalog.put(f[0], Double.parseDouble(f[3]));
        }
        Catalog cat = CatalogLoader.load(TestData.ogle(), CatalogLoader.Options.defaults(), null);
        int known = 0, coarseOk = 0, fineOk = 0, same = 0;
        for (LightCurve c : cat.curves()) {
            Double p = catalog.get(c.id());
            if (p == null) continue;
            known++;
            List<PeriodFinder.Candidate> fine = FINE.find(c.time(), c.mag(), c.err(), 3, 0.1, 1000);
            List<PeriodFinder.Candidate> coarse = COARSE.find(c.time(), c.mag(), c.err(), 3, 0.1, 1000);
            assertEquals(3, coarse.size(), c.id());
            for (int i = 1; i < coarse.size(); i++) {
                assertTrue(coarse.get(i).power() <= coarse.get(i - 1).power(), c.id() + ": best first");
                assertTrue(Math.abs(1 / coarse.get(i).period() - 1 / coarse.get(0).period()) > 1 / c.timeSpan(),
                        c.id() + ": distinct peaks");
            }
            double pf = fine.get(0).period(), pc = coarse.get(0).period();
            if (Math.abs(pf - pc) / pf < 1e-4) {
                same++;
                // refined exactly on both grids: the same power (to the refinement's step, wider on the coarse grid)
                assertEquals(fine.get(0).power(), coarse.get(0).power(), 1e-3 * fine.get(0).power(), c.id());
            }
            if (Math.abs(pf - p) / p < 1e-3) fineOk++;
            if (Math.abs(pc - p) / p < 1e-3) coarseOk++;
        }
        assertTrue(known >= 200, known + " stars with catalog periods");
        assertTrue(same >= 0.99 * known, same + " of " + known + " with the fine grid's period");
        assertTrue(coarseOk >= fineOk - 1, "catalog periods: coarse " + coarseOk + ", fine " + fineOk);
    }

    @Test
    void coarseGridFillsItsFftAndKeepsTheRange() {
        double baseline = 2900, os = 1, fftOs = 1.15;
        FrequencyGrid least = FrequencyGrid.automatic(baseline, os, 0.1, 1000);
        FrequencyGrid g = PeriodFinder.coarseGrid(baseline, os, fftOs, 0.1, 1000);
        int nfft = Fft.ceilPow2((long) Math.ceil(fftOs * least.count()));
        assertEquals(nfft, Fft.ceilPow2((long) Math.ceil(fftOs * g.count())), "same FFT length");
        assertTrue(g.count() >= least.count() && g.count() <= nfft / fftOs, g.count() + " frequencies");
        assertEquals(least.fMin(), g.fMin(), 1e-12);
        assertEquals(least.fMax(), g.fMax(), 1e-9);
    }
}
