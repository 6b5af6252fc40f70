package org.cepheus.learn;

import org.cepheus.catalog.Catalog;
import org.cepheus.lightcurve.FeatureExtractor;
import org.cepheus.service.ProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The feature store the callers create: the disk cache lives where the caller says (never the
 * user's home unless asked), a second store on the same folder reads back exactly what the first
 * extracted, and a feature table computed through the disk cache equals one computed from scratch.
 */
class FeatureStoreTest {

    private static long files(Path dir) throws Exception {
        if (!Files.exists(dir)) return 0;
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).count();
        }
    }

    @Test
    void theSettingNamesTheFolderOrTurnsTheDiskOff(@TempDir Path home) {
        assertEquals(home.resolve(".cache/cepheus/features"), FeatureStore.fromSetting(null, home).root());
        assertEquals(home.resolve("elsewhere"), FeatureStore.fromSetting(home.resolve("elsewhere").toString(), home).root());
        assertNull(FeatureStore.fromSetting("off", home).root());
    }

    @Test
    void aSecondStoreOnTheSameFolderReadsTheSameFeatures(@TempDir Path dir) throws Exception {
        Catalog cat = LearnFixtures.crts(Set.of("RRab", "EW"), 3);
        TrainingConfig cfg = TrainingConfig.preset("period-features");
        PeriodFeatureInputs.Settings s = PeriodFeatureInputs.withBandsOf(
                cfg.architecture(PeriodFeaturesKind.Architecture.class).features(), Star.of(cat));
        FeatureExtractor fx = PeriodFeatureInputs.extractor(s);
        Path root = dir.resolve("features");
        try (FeatureStore first = FeatureStore.onDisk(root); FeatureStore second = FeatureStore.onDisk(root);
             FeatureStore memory = FeatureStore.inMemory()) {
            for (Star star : Star.of(cat)) {
                FeatureExtractor.Result a = first.extract(s, fx, star);
                FeatureExtractor.Result b = second.extract(s, fx, star);
                FeatureExtractor.Result c = memory.extract(s, fx, star);
                assertArrayEquals(c.scalars(), a.scalars(), star.id());
                assertArrayEquals(a.scalars(), b.scalars(), star.id());
                assertArrayEquals(a.shape(), b.shape(), star.id());
                assertEquals(a.period(), b.period(), 0, star.id());
            }
        }
        assertEquals(6, files(root), "one file per star, under the folder the caller chose");
    }

    @Test
    void tablesThroughTheDiskCacheEqualTablesFromScratch(@TempDir Path dir) throws Exception {
        Catalog cat = LearnFixtures.crts(Set.of("RRab", "LPV"), 4);
        TrainingConfig cfg = TrainingConfig.preset("period-features");
        Path root = dir.resolve("features");
        Path scratch = dir.resolve("scratch.csv"), cold = dir.resolve("cold.csv"), warm = dir.resolve("warm.csv");
        try (FeatureStore none = FeatureStore.inMemory()) {
            FeatureTable.writeCsv(FeatureTable.job(cat, cfg, none).run(ProgressMonitor.NONE), scratch);
        }
        assertFalse(Files.exists(root), "a memory-only store writes nothing");
        try (FeatureStore disk = FeatureStore.onDisk(root)) {
            FeatureTable.writeCsv(FeatureTable.job(cat, cfg, disk).run(ProgressMonitor.NONE), cold);
        }
        assertTrue(files(root) > 0);
        try (FeatureStore disk = FeatureStore.onDisk(root)) { // a new run: memory empty, disk filled
            FeatureTable.writeCsv(FeatureTable.job(cat, cfg, disk).run(ProgressMonitor.NONE), warm);
        }
        assertEquals(Files.readString(scratch), Files.readString(cold));
        assertEquals(Files.readString(scratch), Files.readString(warm));
    }
}
