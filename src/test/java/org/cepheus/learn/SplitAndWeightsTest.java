package org.cepheus.learn;

import org.cepheus.catalog.LightCurve;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.*;

/** Stratified 60/20/20 split on the real CRTS label counts, and inverse-frequency class weights. */
class SplitAndWeightsTest {
    // the seven paper classes of ../shared/data/crts with their real counts
    static final Map<String, Integer> CRTS = Map.of("EW", 994, "EA", 996, "RRab", 994, "RRc", 994, "RRd", 250,
            "RS_CVn", 757, "LPV", 256);

    static List<Star> stars() {
        List<Star> out = new ArrayList<>();
        LightCurve dummy = new LightCurve("x", "", new double[]{0, 1}, new double[]{0, 0}, null); // synthetic
        CRTS.forEach((c, n) -> {
            for (int i = 0; i < n; i++) out.add(new Star(c + "-" + i, c, List.of(dummy)));
        });
        return out;
    }

    @Test
    void everyClassKeepsItsShareInEveryPart() {
        List<Star> stars = stars();
        Manifest.SplitIds s = StratifiedSplit.split("crts", stars, TrainingConfig.Split.PAPER, 42);
        Map<String, String> label = new TreeMap<>();
        for (Star st : stars) label.put(st.id(), st.label());
        Set<String> all = new HashSet<>(s.train());
        all.addAll(s.validation());
        all.addAll(s.test());
        assertEquals(stars.size(), all.size(), "parts are disjoint and cover every star");
        assertEquals(stars.size(), s.train().size() + s.validation().size() + s.test().size());
        CRTS.forEach((c, n) -> {
            long tr = s.train().stream().filter(id -> label.get(id).equals(c)).count();
            long va = s.validation().stream().filter(id -> label.get(id).equals(c)).count();
            long te = s.test().stream().filter(id -> label.get(id).equals(c)).count();
            assertEquals(0.6 * n, tr, 1.0, c);
            assertEquals(0.2 * n, va, 1.0, c);
            assertEquals(0.2 * n, te, 1.0, c);
        });
    }

    @Test
    void sameSeedSameSplitWhateverTheOrder() {
        List<Star> stars = stars();
        Manifest.SplitIds a = StratifiedSplit.split("crts", stars, TrainingConfig.Split.PAPER, 42);
        List<Star> shuffled = new ArrayList<>(stars);
        Collections.shuffle(shuffled, new Random(3));
        Manifest.SplitIds b = StratifiedSplit.split("crts", shuffled, TrainingConfig.Split.PAPER, 42);
        assertEquals(new HashSet<>(a.test()), new HashSet<>(b.test()));
        Manifest.SplitIds c = StratifiedSplit.split("crts", stars, TrainingConfig.Split.PAPER, 43);
        assertNotEquals(new HashSet<>(a.test()), new HashSet<>(c.test()));
    }

    @Test
    void tinyClassesStillReachValidationAndTest() {
        LightCurve dummy = new LightCurve("x", "", new double[]{0, 1}, new double[]{0, 0}, null); // synthetic
        List<Star> stars = new ArrayList<>();
        for (int i = 0; i < 3; i++) stars.add(new Star("a" + i, "A", List.of(dummy)));
        Manifest.SplitIds s = StratifiedSplit.split("x", stars, TrainingConfig.Split.PAPER, 1);
        assertEquals(List.of(1, 1, 1), List.of(s.train().size(), s.validation().size(), s.test().size()));
    }

    @Test
    void classWeightsAreInverseToClassCounts() {
        // 30 of class 0, 10 of class 1: weights n/(k n_c) = 40/60 and 40/20
        int[] labels = new int[40];
        for (int i = 30; i < 40; i++) labels[i] = 1;
        int[] train = new int[40];
        for (int i = 0; i < 40; i++) train[i] = i;
        float[] w = TrainingData.classWeights(labels, train, 2);
        assertEquals(40f / 60, w[0], 1e-6);
        assertEquals(2f, w[1], 1e-6);
        assertEquals(30 * w[0], 10 * w[1], 1e-4, "each class carries the same total weight");
    }

    @Test
    void metricsFromAKnownConfusionMatrix() {
        // rows true, columns predicted: A 8 right 2 wrong; B 5 right 5 as A
        int[][] conf = {{8, 2}, {5, 5}};
        EvaluationResult r = Metrics.fromConfusion(List.of("A", "B"), conf, List.of(), Map.of(), 0);
        assertEquals(13 / 20.0, r.accuracy(), 1e-12);
        assertEquals(8 / 13.0, r.precision()[0], 1e-12);
        assertEquals(5 / 7.0, r.precision()[1], 1e-12);
        assertEquals(0.8, r.recall()[0], 1e-12);
        double f1a = 2 * (8 / 13.0) * 0.8 / (8 / 13.0 + 0.8), f1b = 2 * (5 / 7.0) * 0.5 / (5 / 7.0 + 0.5);
        assertEquals((f1a + f1b) / 2, r.macroF1(), 1e-12);
        assertArrayEquals(new double[]{0.5, 0.5}, r.confusionNormalised()[1], 1e-12);
    }

    @Test
    void reusedTestStarsAreTheTestPartAndNoneInCommonIsRefused() {
        List<Star> stars = stars();
        Set<String> reuse = Set.of("EW-1", "RRd-7", "not-here");
        Manifest.SplitIds s = StratifiedSplit.splitWithTest("crts", stars, TrainingConfig.Split.PAPER, 42, reuse);
        assertEquals(Set.of("EW-1", "RRd-7"), new HashSet<>(s.test()), "the test part is the reused stars present");
        assertFalse(s.train().contains("EW-1") || s.validation().contains("EW-1"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> StratifiedSplit.splitWithTest("crts", stars, TrainingConfig.Split.PAPER, 42, Set.of("a", "b")));
        assertTrue(e.getMessage().startsWith("none of the 2 test stars to reuse is among the labelled stars of crts"), e.getMessage());
    }
}
