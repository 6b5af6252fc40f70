package org.cepheus.learn;

import org.cepheus.TestData;
import org.cepheus.catalog.Catalog;
import org.cepheus.catalog.CatalogLoader;
import org.cepheus.service.ProgressMonitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The novelty detector inside a real bundle: a period-features model trained on real CRTS stars of
 * the 7 paper classes (30 each) carries it, scores every star, flags at most the preset's share of its own
 * validation stars, and scores real stars of classes it never saw (HADS, ELL, Cep_II, PCEB, ...)
 * higher; a bundle without a detector (as written before) still loads and gives NaN.
 */
class NoveltyBundleTest {
    static final Set<String> PAPER = LearnFixtures.PAPER;
    @TempDir static Path dir;
    static Path model;
    static FeatureStore store;

    @BeforeAll
    static void train() {
        model = LearnFixtures.trainedPeriodFeatures7();
        store = LearnFixtures.periodFeaturesStore();
    }

    @Test
    void theBundleCarriesTheDetectorAndFlagsItsOwnValidationStarsAtThePresetRate() throws Exception {
        ModelBundle b = ModelBundle.load(model);
        NoveltyModel n = b.manifest().novelty();
        assertNotNull(n, "the preset asks for a detector");
        assertEquals(List.of("embedding"), n.parts().stream().map(NoveltyModel.Part::space).toList());
        NoveltyModel.Part e = n.parts().get(0);
        assertEquals(7, e.precisions().length, "per-class covariance: one precision per class");
        assertTrue(e.relative(), "relative Mahalanobis: a background Gaussian of all training stars");
        assertEquals(e.dimension(), e.backgroundMean().length);
        assertNotNull(e.offset(), "relative values are scaled from the validation median");
        assertEquals(0.95, n.retention());
        Catalog crts = LearnFixtures.crts(PAPER, 30);
        List<Prediction> preds = new Classifier(b, store).classify(crts, ProgressMonitor.NONE);
        Set<String> val = new HashSet<>(b.manifest().split().validation());
        int flaggedVal = 0;
        for (Prediction p : preds) {
            assertTrue(Double.isFinite(p.novelty()), p.id());
            assertEquals(p.novelty() > n.threshold(), p.flags().contains(Prediction.Flag.NOVEL), p.id());
            if (val.contains(p.id()) && p.flags().contains(Prediction.Flag.NOVEL)) flaggedVal++;
        }
        assertTrue(flaggedVal <= Math.ceil(0.05 * val.size()), flaggedVal + " of " + val.size() + " validation stars flagged");
    }

    @Test
    void starsOfClassesTheModelNeverSawScoreHigher() throws Exception {
        ModelBundle b = ModelBundle.load(model);
        Catalog unseen = CatalogLoader.load(TestData.crts(), CatalogLoader.Options.defaults()
                .withClasses(Set.of("HADS", "ELL", "Cep_II", "PCEB", "Hump", "beta_lyrae", "ACEP")), ProgressMonitor.NONE);
        Catalog known = LearnFixtures.crts(PAPER, 30);
        Set<String> test = new HashSet<>(b.manifest().split().test());
        double[] u = new Classifier(b, store).classify(unseen, ProgressMonitor.NONE).stream().mapToDouble(Prediction::novelty).toArray();
        double[] k = new Classifier(b, store).classify(known, ProgressMonitor.NONE).stream().filter(p -> test.contains(p.id()))
                .mapToDouble(Prediction::novelty).toArray();
        assertTrue(u.length >= 40 && k.length >= 40, u.length + " unseen, " + k.length + " known");
        double auc = 0;
        for (double x : u) for (double y : k) auc += x > y ? 1 : x == y ? 0.5 : 0;
        auc /= (double) u.length * k.length;
        assertTrue(auc > 0.6, "unseen-class stars score above held-out known stars: AUROC " + auc);
    }

    @Test
    void aBundleWithoutADetectorLoadsAndGivesNaN() throws Exception {
        Path old = LearnFixtures.rewriteManifest(model, dir.resolve("old.zip"), m -> m.remove("novelty"));
        ModelBundle b = ModelBundle.load(old);
        assertNull(b.manifest().novelty());
        Prediction p = new Classifier(b, store).classify(LearnFixtures.crts(Set.of("EW"), 3), ProgressMonitor.NONE).get(0);
        assertTrue(Double.isNaN(p.novelty()));
        assertFalse(p.flags().contains(Prediction.Flag.NOVEL));
    }

    @Test
    void aDetectorThatDoesNotFitTheClassesIsRefusedInWords() throws Exception {
        Path bad = LearnFixtures.rewriteManifest(model, dir.resolve("bad.zip"),
                m -> ((com.fasterxml.jackson.databind.node.ArrayNode) m.get("novelty").get("parts").get(0).get("means")).remove(0));
        InvalidBundleException e = assertThrows(InvalidBundleException.class, () -> ModelBundle.load(bad));
        assertTrue(e.getMessage().contains("novelty part 'embedding' has 6 class means for 7 classes"), e.getMessage());
    }

    /** The margin rule fires for two classes, where p < 0.5 never can. */
    @Test
    void aSmallMarginIsFlaggedLowProbabilityForAnyNumberOfClasses() throws Exception {
        ModelBundle b = ModelBundle.load(model);
        Star s = Star.of(LearnFixtures.crts(Set.of("EW"), 1)).get(0);
        Classifier c = new Classifier(b, store);
        assertTrue(c.flags(s, new float[]{0.56f, 0.44f}).contains(Prediction.Flag.LOW_PROBABILITY), "margin 0.12 < 0.2");
        assertFalse(c.flags(s, new float[]{0.7f, 0.3f}).contains(Prediction.Flag.LOW_PROBABILITY), "margin 0.4");
        assertTrue(c.flags(s, new float[]{0.45f, 0.35f, 0.2f}).contains(Prediction.Flag.LOW_PROBABILITY));
    }
}
