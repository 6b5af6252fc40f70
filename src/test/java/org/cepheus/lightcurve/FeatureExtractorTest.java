package org.cepheus.lightcurve;

import org.cepheus.TestData;
import org.cepheus.catalog.Catalog;
import org.cepheus.catalog.CatalogLoader;
import org.cepheus.catalog.LightCurve;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Features of real curves: OGLE Cepheids against OGLE's catalog, EROS colours, bad points. */
class FeatureExtractorTest {
    private static final PeriodFinder GLS = PeriodFinder.gls(5);

    private static FeatureExtractor extractor(List<String> bands) {
        return new FeatureExtractor(FeatureExtractor.Options.defaults(bands), GLS);
    }

    @Test
    void ogleCepheidsPeriodAmplitudeAndFourierRatios() throws IOException {
        Map<String, double[]> ogle = new HashMap<>(); // period, I amplitude, R21
        for (String line : Files.readAllLines(TestData.ogle().resolve("cepFO4.dat"))) {
            String[] f = line.trim().split("\\s+");
            ogle.put(f[0], new double[]{Double.parseDouble(f[3]), Double.parseDouble(f[6]), Double.parseDouble(f[7])});
        }
        Catalog cat = CatalogLoader.load(TestData.ogle(), CatalogLoader.Options.defaults(), null);
        FeatureExtractor fx = extractor(List.of("I"));
        List<String> names = fx.names();
        int n = 0, periodOk = 0;
        List<Double> dAmp = new ArrayList<>();
        for (LightCurve c : cat.curves()) {
            double[] ref = ogle.get(c.id());
            if (ref == null || n == 30) continue;
            n++;
            FeatureExtractor.Result r = fx.extract(List.of(c));
            if (Math.abs(r.period() - ref[0]) / ref[0] < 1e-3) periodOk++;
            double[] v = r.scalars();
            double r21 = v[names.indexOf("I_r21")];
            assertTrue(r21 >= 0 && r21 < 1, c.id() + " R21 " + r21);
            dAmp.add(Math.abs(Math.pow(10, v[names.indexOf("I_log_ptp")]) - ref[1]));
            assertEquals(Math.log10(r.period()), v[names.indexOf("I_log_period")], 1e-9);
        }
        assertEquals(30, n);
        assertTrue(periodOk >= 28, "catalog period recovered for " + periodOk + " of 30");
        dAmp.sort(null);
        assertTrue(dAmp.get(15) < 0.05, "median |amplitude - OGLE| " + dAmp.get(15));
    }

    @Test
    void erosColoursSeparateLongPeriodVariablesFromRrLyrae() throws IOException {
        Catalog cat = CatalogLoader.load(TestData.eros(), CatalogLoader.Options.defaults()
                .withClasses(Set.of("LPV", "RRL")).withPerClassCap(12), null);
        FeatureExtractor fx = extractor(List.of("R", "B"));
        int colour = fx.names().indexOf("colour_B_R");
        Map<String, List<Double>> byClass = new HashMap<>();
        for (List<LightCurve> star : cat.byStar().values()) {
            assertEquals(2, star.size(), "EROS stars have R and B");
            double[] v = fx.extract(star).scalars();
            assertTrue(Double.isFinite(v[colour]));
            byClass.computeIfAbsent(star.get(0).label(), k -> new ArrayList<>()).add(v[colour]);
        }
        // red giants are much redder than RR Lyrae (B - R ~ 2.5 against ~ 0.6 in EROS magnitudes)
        assertTrue(median(byClass.get("LPV")) > median(byClass.get("RRL")) + 1, byClass.toString());
    }

    @Test
    void sentinelTimesAndHugeErrorsDoNotReachThePeriodSearch() throws IOException {
        Catalog cat = CatalogLoader.load(TestData.crts(), CatalogLoader.Options.defaults()
                .withClasses(Set.of("RRab")).withPerClassCap(3), null);
        LightCurve c = cat.curves().get(0);
        FeatureExtractor fx = extractor(List.of(c.band()));
        double clean = fx.extract(List.of(c)).period();
        // the same curve with a JD-0 sentinel point and a point with a 100x error added
        int n = c.size();
        double[] t = Arrays.copyOf(c.time(), n + 2), m = Arrays.copyOf(c.mag(), n + 2), e = Arrays.copyOf(c.err(), n + 2);
        t[n] = -2409998.5;
        m[n] = c.mag()[0];
        e[n] = c.err()[0];
        t[n + 1] = c.time()[n / 2] + 0.01;
        m[n + 1] = c.mag()[0] + 3;
        e[n + 1] = 100 * c.err()[0];
        FeatureExtractor.Result dirty = fx.extract(List.of(new LightCurve(c.id(), c.band(), t, m, e)));
        assertEquals(clean, dirty.period(), 1e-6 * clean);
        assertFalse(Double.isNaN(dirty.scalars()[0]));
    }

    private static double median(List<Double> v) {
        List<Double> s = new ArrayList<>(v);
        s.sort(null);
        return s.get(s.size() / 2);
    }

    /**
     * CRTS RRab (nightly sampling, non-sinusoidal light curves): the strongest one-harmonic peak is
     * often a one-day alias (0.3-0.4 d or 1.1-2 d); choosing among the top peaks by a four-harmonic
     * fit puts clearly more of them at a fundamental-mode period (0.4-0.9 d).
     */
    @Test
    void multiHarmonicChoiceRecoversMoreRrabPeriods() throws IOException {
        Catalog rrab = CatalogLoader.load(TestData.crts(), CatalogLoader.Options.defaults()
                .withClasses(java.util.Set.of("RRab")).withPerClassCap(80), org.cepheus.service.ProgressMonitor.NONE);
        FeatureExtractor strongest = new FeatureExtractor(FeatureExtractor.Options.defaults(List.of("V")), GLS);
        FeatureExtractor chosen = new FeatureExtractor(
                FeatureExtractor.Options.defaults(List.of("V")).withChoiceHarmonics(4), GLS);
        int before = 0, after = 0;
        for (LightCurve c : rrab.curves()) {
            double p0 = strongest.extract(List.of(c)).period(), p1 = chosen.extract(List.of(c)).period();
            if (p0 > 0.4 && p0 < 0.9) before++;
            if (p1 > 0.4 && p1 < 0.9) after++;
        }
        int n = rrab.curves().size();
        assertEquals(80, n);
        assertTrue(after >= 0.8 * n, after + " of " + n + " RRab periods in 0.4-0.9 d with the choice");
        assertTrue(after >= before + 0.05 * n, "choice " + after + " vs strongest peak " + before);
    }
}
