package org.cepheus.lightcurve;

import org.cepheus.TestData;
import org.cepheus.catalog.Catalog;
import org.cepheus.catalog.CatalogLoader;
import org.cepheus.catalog.LightCurve;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Fourier decomposition against OGLE's own published parameters of LMC Cepheids (cepFO4.dat:
 * I-band amplitude, R21, R31), fitted at OGLE's period: the same numbers from the same data.
 */
class FourierFitTest {
    private static final int STARS = 60;
    private static List<LightCurve> curves;
    private static Map<String, double[]> ogle; // id -> amplitude, R21, R31

    @BeforeAll
    static void load() throws IOException {
        ogle = new HashMap<>();
        for (String line : Files.readAllLines(TestData.ogle().resolve("cepFO4.dat"))) {
            String[] f = line.trim().split("\\s+");
            ogle.put(f[0], new double[]{Double.parseDouble(f[6]), Double.parseDouble(f[7]), Double.parseDouble(f[9])});
        }
        Catalog cat = CatalogLoader.load(TestData.ogle(), CatalogLoader.Options.defaults(), null);
        curves = new ArrayList<>();
        for (LightCurve c : cat.curves()) {
            if (c.metadata().hasPeriod() && ogle.containsKey(c.id()) && curves.size() < STARS) curves.add(c);
        }
        assertEquals(STARS, curves.size(), "OGLE Cepheids with catalog periods");
    }

    @Test
    void amplitudeRatiosAndAmplitudeMatchOgle() {
        double[] dR21 = new double[STARS], dR31 = new double[STARS], dAmp = new double[STARS];
        double[] explained = new double[STARS];
        for (int i = 0; i < STARS; i++) {
            LightCurve c = curves.get(i);
            FourierFit f = FourierFit.fit(c.time(), c.mag(), c.err(), c.metadata().period(), 4);
            double[] ref = ogle.get(c.id());
            dAmp[i] = Math.abs(f.peakToPeak() - ref[0]);
            dR21[i] = Math.abs(f.amplitudeRatio(2) - ref[1]);
            dR31[i] = Math.abs(f.amplitudeRatio(3) - ref[2]);
            explained[i] = f.explainedVariance();
        }
        assertTrue(median(dR21) < 0.02, "median |R21 - OGLE| = " + median(dR21));
        assertTrue(median(dR31) < 0.02, "median |R31 - OGLE| = " + median(dR31));
        // a Cepheid folded at its period is mostly explained (OGLE-LMC-CEP-0227, an eclipsing
        // binary Cepheid, is a known exception, hence the median)
        assertTrue(median(explained) > 0.9, "median explained variance " + median(explained));
        assertTrue(median(dAmp) < 0.03, "median |amplitude - OGLE| = " + median(dAmp));
    }

    @Test
    void phaseDifferencesDoNotDependOnTheTimeOrigin() {
        LightCurve c = curves.get(0);
        double p = c.metadata().period();
        double[] shifted = c.time().clone();
        for (int i = 0; i < shifted.length; i++) shifted[i] += 0.37 * p + 1000;
        FourierFit a = FourierFit.fit(c.time(), c.mag(), c.err(), p, 4);
        FourierFit b = FourierFit.fit(shifted, c.mag(), c.err(), p, 4);
        assertEquals(0, angle(a.phaseDifference(2) - b.phaseDifference(2)), 1e-6);
        assertEquals(0, angle(a.phaseDifference(3) - b.phaseDifference(3)), 1e-6);
        assertTrue(angle(a.phase(1) - b.phase(1)) > 0.1, "the phase itself moves with the origin");
    }

    @Test
    void wrongPeriodExplainsLittle() {
        LightCurve c = curves.get(1);
        FourierFit right = FourierFit.fit(c.time(), c.mag(), c.err(), c.metadata().period(), 4);
        FourierFit wrong = FourierFit.fit(c.time(), c.mag(), c.err(), c.metadata().period() * 1.0371, 4);
        assertTrue(wrong.explainedVariance() < right.explainedVariance() - 0.3,
                right.explainedVariance() + " vs " + wrong.explainedVariance());
    }

    private static double angle(double d) {
        return Math.abs(Math.atan2(Math.sin(d), Math.cos(d)));
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
