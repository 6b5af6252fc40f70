package org.cepheus.learn;

import org.cepheus.TestData;
import org.cepheus.catalog.Catalog;
import org.cepheus.catalog.CatalogLoader;
import org.cepheus.service.ProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The period-features kind end to end on a small real CRTS subset (3 classes x 30 stars): it
 * trains through the framework, beats chance clearly on its held-out stars, and its bundle
 * re-encodes new curves from the photometry alone.
 */
class PeriodFeaturesKindTest {

    @Test
    void trainsOnRealCrtsAndBeatsChance(@TempDir Path dir) throws Exception {
        FeatureStore store = FeatureStore.onDisk(dir.resolve("features"));
        Catalog crts = CatalogLoader.load(TestData.crts(), CatalogLoader.Options.defaults()
                .withClasses(Set.of("EW", "RRab", "LPV")).withPerClassCap(30).withMinPoints(10), ProgressMonitor.NONE);
        assertEquals(90, Star.of(crts).size());
        TrainingConfig config = TrainingConfig.preset("period-features").withEpochs(25).withPatience(25).withSeed(7);
        Path out = dir.resolve("period-features.zip");
        TrainingOutcome outcome = new TrainingJob(crts, config, out, null).features(store).run(ProgressMonitor.NONE);

        assertNotNull(outcome.test(), "test metrics: " + outcome.error());
        // chance is 1/3 for three balanced classes
        assertTrue(outcome.test().macroF1() > 0.7, "held-out macro-F1 " + outcome.test().macroF1());
        assertTrue(outcome.history().get(0).trainLoss() > outcome.history().get(outcome.history().size() - 1).trainLoss(),
                "training loss falls");

        ModelBundle bundle = ModelBundle.load(out);
        List<InputSpec> inputs = bundle.manifest().inputs();
        assertEquals("period-features", inputs.get(0).encoder());
        assertTrue(inputs.get(0).params().get("names").size() > 40, "the feature list travels in the bundle");
    }

    @Test
    void ensembleMembersTrainApartAndTheirMeanIsThePrediction(@TempDir Path dir) throws Exception {
        FeatureStore store = FeatureStore.onDisk(dir.resolve("features"));
        Catalog crts = LearnFixtures.smallCrts();
        TrainingConfig base = TrainingConfig.preset("period-features").withEpochs(4).withPatience(4).withSeed(3);
        com.fasterxml.jackson.databind.node.ObjectNode a = base.architecture().deepCopy();
        a.put("members", 3);
        Path out = dir.resolve("ensemble.zip");
        TrainingOutcome outcome = new TrainingJob(crts, base.withArchitecture(a), out, null).features(store).run(ProgressMonitor.NONE);
        assertNotNull(outcome.test(), "test metrics: " + outcome.error());

        ModelBundle bundle = ModelBundle.load(out);
        List<Star> stars = Star.of(crts);
        int[] all = java.util.stream.IntStream.range(0, stars.size()).toArray();
        EncodedCache cache = EncodedCache.build(stars, bundle.encoders(store), ProgressMonitor.NONE);
        org.nd4j.linalg.dataset.api.MultiDataSet ds;
        try (CachedBatchIterator it = new CachedBatchIterator(cache, bundle.manifest().inputs(), all, null,
                bundle.classNames().size(), all.length, null)) {
            ds = it.next();
        }
        org.nd4j.linalg.api.ndarray.INDArray[] members = bundle.network().output(false, ds.getFeatures(),
                ds.getFeaturesMaskArrays());
        assertEquals(3, members.length, "one softmax output per member");
        assertTrue(members[0].sub(members[1]).amaxNumber().doubleValue() > 1e-3
                        && members[1].sub(members[2]).amaxNumber().doubleValue() > 1e-3,
                "members start from different weights and stay different");

        // the ensemble's probability: the mean of its members' softmax(logits / T), T the bundle's
        // fitted temperature; softmax(z / T) is proportional to softmax(z)^(1/T)
        double t = bundle.manifest().temperatureOrOne();
        assertNotNull(bundle.manifest().temperature(), "the preset fits a temperature");
        List<Prediction> predictions = new Classifier(bundle, store).classify(stars, ProgressMonitor.NONE);
        for (int i = 0; i < stars.size(); i++) {
            float[] p = predictions.get(i).probabilities();
            double[] sums = new double[3];
            for (int m = 0; m < 3; m++) for (int c = 0; c < p.length; c++) sums[m] += Math.pow(members[m].getDouble(i, c), 1 / t);
            for (int c = 0; c < p.length; c++) {
                double mean = 0;
                for (int m = 0; m < 3; m++) mean += Math.pow(members[m].getDouble(i, c), 1 / t) / sums[m] / 3;
                assertEquals(mean, p[c], 1e-5, stars.get(i).id() + " class " + c);
            }
        }
    }
}
