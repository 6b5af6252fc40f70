package org.cepheus.learn;

import org.cepheus.service.ProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Temperature scaling on a real model: the period-features preset trained on real CRTS stars of the
 * 7 paper classes fits T on its validation stars, T is where their NLL is lowest, the bundle keeps
 * it, every prediction applies it, and a bundle written without one gives the network's own
 * probabilities.
 */
class CalibrationTest {
    @TempDir Path dir;

    static List<Star> part(ModelBundle b, List<String> ids) {
        Set<String> want = new HashSet<>(ids);
        return Star.of(LearnFixtures.crts(LearnFixtures.PAPER, 30)).stream().filter(s -> want.contains(s.id())).toList();
    }

    static float[][] probabilities(ModelBundle b, List<Star> stars) {
        return new Classifier(b, LearnFixtures.periodFeaturesStore()).classify(stars, ProgressMonitor.NONE).stream()
                .map(Prediction::probabilities).toArray(float[][]::new);
    }

    static int[] labels(ModelBundle b, List<Star> stars) {
        return stars.stream().mapToInt(s -> b.manifest().classNames().indexOf(s.label())).toArray();
    }

    @Test
    void theFittedTemperatureIsWhereTheValidationNllOfRealStarsIsLowest() throws Exception {
        ModelBundle b = ModelBundle.load(LearnFixtures.trainedPeriodFeatures7());
        Double t = b.manifest().temperature();
        assertNotNull(t, "the preset asks for a temperature");
        List<Star> val = part(b, b.manifest().split().validation());
        int[] y = labels(b, val);
        assertTrue(val.size() >= 30, val.size() + " validation stars");
        double atT = Calibration.nll(probabilities(b, val), y);
        double at1 = Calibration.nll(probabilities(b.withManifest(b.manifest().withTemperature(null)), val), y);
        double below = Calibration.nll(probabilities(b.withManifest(b.manifest().withTemperature(t / 1.25)), val), y);
        double above = Calibration.nll(probabilities(b.withManifest(b.manifest().withTemperature(t * 1.25)), val), y);
        assertTrue(atT <= at1 + 1e-6, "NLL at T = " + t + ": " + atT + ", at 1: " + at1);
        if (Math.abs(t - 1) > 0.05) assertTrue(atT < at1, "T = " + t + " must lower the NLL: " + atT + " vs " + at1);
        assertTrue(atT <= below + 1e-6 && atT <= above + 1e-6, "T is the minimum: " + below + " / " + atT + " / " + above);
        assertEquals(t, Calibration.fit(b, val, LearnFixtures.periodFeaturesStore(), ProgressMonitor.NONE), 1e-3 * t,
                "fitting again on the same stars gives the stored T");
    }

    @Test
    void aTemperatureSurvivesTheBundleRoundTripAndIsAppliedAsSoftmaxOfLogitsOverT() throws Exception {
        ModelBundle b = ModelBundle.load(LearnFixtures.trainedPeriodFeatures7());
        List<Star> test = part(b, b.manifest().split().test());
        float[][] p1 = probabilities(b.withManifest(b.manifest().withTemperature(null)), test);
        Path file = dir.resolve("t.zip");
        b.withManifest(b.manifest().withTemperature(2.5)).save(file);
        ModelBundle loaded = ModelBundle.load(file);
        assertEquals(2.5, loaded.manifest().temperature());
        float[][] p = probabilities(loaded, test);
        boolean softer = false;
        for (int i = 0; i < p.length; i++) {
            // softmax(z / T) is proportional to softmax(z)^(1/T)
            double sum = 0;
            for (float v : p1[i]) sum += Math.pow(v, 1 / 2.5);
            for (int c = 0; c < p[i].length; c++) {
                assertEquals(Math.pow(p1[i][c], 1 / 2.5) / sum, p[i][c], 1e-4, test.get(i).id() + " class " + c);
            }
            assertEquals(Predictor.argmax(p1[i]), Predictor.argmax(p[i]), "one network: the best class stays");
            softer |= max(p[i]) < max(p1[i]) - 1e-3;
        }
        assertTrue(softer, "T > 1 lowers the best probabilities");
    }

    @Test
    void aBundleWithoutATemperatureGivesTheNetworksOwnProbabilities() throws Exception {
        Path model = LearnFixtures.trainedPeriodFeatures7();
        Path old = LearnFixtures.rewriteManifest(model, dir.resolve("old.zip"), m -> m.remove("temperature"));
        ModelBundle b = ModelBundle.load(old);
        assertNull(b.manifest().temperature());
        assertEquals(1.0, b.manifest().temperatureOrOne());
        List<Star> test = part(b, b.manifest().split().test());
        float[][] p = probabilities(b, test);
        EncodedCache cache = EncodedCache.build(test, b.encoders(LearnFixtures.periodFeaturesStore()), ProgressMonitor.NONE);
        int[] all = java.util.stream.IntStream.range(0, test.size()).toArray();
        float[][] own = Predictor.probabilities(b.network(), cache, b.manifest().inputs(), all, b.manifest().classNames().size(),
                ProgressMonitor.NONE);
        for (int i = 0; i < p.length; i++) {
            for (int c = 0; c < p[i].length; c++) assertEquals(own[i][c], p[i][c], 1e-6, test.get(i).id());
        }
        // and the logits the temperature divides reproduce the network's softmax at T = 1
        float[][] fromLogits = Calibration.probabilities(Calibration.logits(b.network(), cache, b.manifest().inputs(), all,
                ProgressMonitor.NONE), 1.0);
        for (int i = 0; i < p.length; i++) {
            for (int c = 0; c < p[i].length; c++) assertEquals(own[i][c], fromLogits[i][c], 1e-5, test.get(i).id());
        }
    }

    @Test
    void theLogitsOfA2dCnnReproduceItsSoftmax() throws Exception {
        ModelBundle b = ModelBundle.load(LearnFixtures.trainedCnn2d());
        List<Star> stars = Star.of(LearnFixtures.smallCrts());
        EncodedCache cache = EncodedCache.build(stars, b.encoders(FeatureStore.inMemory()), ProgressMonitor.NONE);
        int[] all = java.util.stream.IntStream.range(0, stars.size()).toArray();
        float[][] own = Predictor.probabilities(b.network(), cache, b.manifest().inputs(), all, b.manifest().classNames().size(),
                1.0, ProgressMonitor.NONE);
        float[][] z = Calibration.probabilities(Calibration.logits(b.network(), cache, b.manifest().inputs(), all, ProgressMonitor.NONE), 1.0);
        for (int i = 0; i < own.length; i++) for (int c = 0; c < own[i].length; c++) assertEquals(own[i][c], z[i][c], 1e-5);
    }

    @Test
    void aTemperatureThatIsNotPositiveIsRefusedInWords() throws Exception {
        Path bad = LearnFixtures.rewriteManifest(LearnFixtures.trainedPeriodFeatures7(), dir.resolve("bad.zip"),
                m -> m.put("temperature", 0.0));
        InvalidBundleException e = assertThrows(InvalidBundleException.class, () -> ModelBundle.load(bad));
        assertTrue(e.getMessage().contains("the softmax temperature is 0.0 (needs a finite number > 0)"), e.getMessage());
    }

    @Test
    void expectedCalibrationErrorIsTheGapBetweenConfidenceAndAccuracy() {
        // 10 stars at best probability 0.8: 8 right gives 0, all right gives 0.2
        float[][] p = new float[10][];
        int[] y = new int[10];
        for (int i = 0; i < 10; i++) { p[i] = new float[]{0.8f, 0.2f}; y[i] = i < 8 ? 0 : 1; }
        assertEquals(0, Calibration.ece(p, y, 15), 1e-6);
        assertEquals(0.2, Calibration.ece(p, new int[10], 15), 1e-6);
        assertEquals(-(8 * Math.log(0.8) + 2 * Math.log(0.2)) / 10, Calibration.nll(p, y), 1e-6);
    }

    static float max(float[] p) {
        float m = 0;
        for (float v : p) m = Math.max(m, v);
        return m;
    }
}
