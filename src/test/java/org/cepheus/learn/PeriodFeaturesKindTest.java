package org.cepheus.learn;

import org.cepheus.SharedData;
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
        System.setProperty("cepheus.featureCache", dir.resolve("features").toString());
        Catalog crts = CatalogLoader.load(SharedData.crts(), CatalogLoader.Options.defaults()
                .withClasses(Set.of("EW", "RRab", "LPV")).withPerClassCap(30).withMinPoints(10), ProgressMonitor.NONE);
        assertEquals(90, Star.of(crts).size());
        TrainingConfig config = TrainingConfig.preset("period-features").withEpochs(25).withPatience(25).withSeed(7);
        Path out = dir.resolve("period-features.zip");
        TrainingOutcome outcome = new TrainingJob(crts, config, out, null).run(ProgressMonitor.NONE);

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
}
