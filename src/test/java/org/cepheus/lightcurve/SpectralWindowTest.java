package org.cepheus.lightcurve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cepheus.TestData;
import org.cepheus.catalog.Catalog;
import org.cepheus.catalog.CatalogLoader;
import org.cepheus.catalog.LightCurve;
import org.cepheus.service.ProgressMonitor;
import org.junit.jupiter.api.Test;

/** The spectral window of real samplings (#12): the sums, and the nightly alias of ground-based data. */
class SpectralWindowTest {

    private static LightCurve firstOgle() throws Exception {
        Path f;
        try (var s = Files.list(TestData.ogle().resolve("I"))) {
            f = s.sorted().findFirst().orElseThrow();
        }
        Catalog c = CatalogLoader.load(f, CatalogLoader.Options.defaults(), ProgressMonitor.NONE);
        return c.curves().get(0);
    }

    @Test
    void theFastAndTheRotatedSumsAreTheDirectOnes() throws Exception {
        LightCurve lc = firstOgle();
        FrequencyGrid g = FrequencyGrid.forCurve(lc, PeriodOptions.defaults());
        double[] w = SpectralWindow.power(lc.time(), g, ProgressMonitor.NONE);
        double[] exact = SpectralWindow.exact(lc.time(), g, ProgressMonitor.NONE);
        assertTrue((long) lc.size() * g.count() > 4_000_000, "the fast path is tested: " + lc.size() + " x " + g.count());
        assertEquals(g.count(), w.length);
        int n = lc.size();
        for (int j = 0; j < g.count(); j += g.count() / 97 + 1) {
            double re = 0, im = 0;
            for (double t : lc.time()) {
                re += Math.cos(2 * Math.PI * g.frequency(j) * t);
                im += Math.sin(2 * Math.PI * g.frequency(j) * t);
            }
            double direct = (re * re + im * im) / ((double) n * n);
            assertEquals(direct, w[j], 1e-7, "at f = " + g.frequency(j));
            assertEquals(direct, exact[j], 1e-9, "rotation, at f = " + g.frequency(j));
        }
    }

    @Test
    void groundBasedSamplingPeaksNearOneSiderealDay() throws Exception {
        for (LightCurve lc : List.of(firstOgle(), crts())) {
            FrequencyGrid g = FrequencyGrid.between(0.5, 1.5, 20000); // the nightly alias is in here if anywhere
            double[] w = SpectralWindow.power(lc.time(), g, ProgressMonitor.NONE);
            SpectralWindow.WindowPeak top = SpectralWindow.peaks(w, g, 1).get(0);
            assertEquals(1.0027, top.frequency(), 0.01, lc.id() + ": observed at night, from one site");
            assertTrue(top.power() > 0.3, lc.id() + " " + top.power());
        }
    }

    private static LightCurve crts() throws Exception {
        return CatalogLoader.load(TestData.crts().resolve("lc/1001006006382-EW.csv"), CatalogLoader.Options.defaults(),
                ProgressMonitor.NONE).curves().get(0);
    }
}
