package org.cepheus.learn;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.cepheus.TestData;
import org.cepheus.catalog.Catalog;
import org.cepheus.catalog.CatalogLoader;
import org.cepheus.service.ProgressMonitor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;

/** Small real CRTS subsets and fast training settings shared by the learn tests. */
final class LearnFixtures {
    private LearnFixtures() { }

    private static Catalog small;

    /** 15 real CRTS stars each of EW, LPV and RRab (the first by sorted id): 45 curves. */
    static synchronized Catalog smallCrts() {
        if (small == null) small = crts(Set.of("EW", "LPV", "RRab"), 15);
        return small;
    }

    static Catalog crts(Set<String> classes, int perClass) {
        try {
            return CatalogLoader.load(TestData.crts(), CatalogLoader.Options.defaults()
                    .withClasses(classes).withPerClassCap(perClass), ProgressMonitor.NONE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static java.nio.file.Path trained;

    /** A cnn2d model trained for 2 epochs on {@link #smallCrts()}, shared by the tests (read-only). */
    static synchronized java.nio.file.Path trainedCnn2d() {
        if (trained == null) {
            try {
                java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("cepheus-learn-test");
                dir.toFile().deleteOnExit();
                java.nio.file.Path out = dir.resolve("cnn2d.zip");
                new TrainingJob(smallCrts(), fast("cnn2d", 2), out, null).run(ProgressMonitor.NONE);
                out.toFile().deleteOnExit();
                trained = out;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return trained;
    }

    /** The 7 classes of the paper (CRTS names). */
    static final Set<String> PAPER = Set.of("EW", "EA", "RRab", "RRc", "RRd", "RS_CVn", "LPV");
    private static java.nio.file.Path periodFeatures;
    private static FeatureStore periodFeaturesStore;

    /**
     * The period-features preset trained on real CRTS stars of the 7 paper classes (30 each; 25
     * epochs, seed 7), shared by the tests (read-only): it carries the preset's novelty detector
     * and softmax temperature.
     */
    static synchronized java.nio.file.Path trainedPeriodFeatures7() {
        if (periodFeatures == null) {
            try {
                java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("cepheus-pf7-test");
                dir.toFile().deleteOnExit();
                periodFeaturesStore = FeatureStore.onDisk(dir.resolve("features"));
                java.nio.file.Path out = dir.resolve("pf.zip");
                TrainingConfig cfg = TrainingConfig.preset("period-features").withEpochs(25).withPatience(25).withSeed(7);
                new TrainingJob(crts(PAPER, 30), cfg, out, null).features(periodFeaturesStore).run(ProgressMonitor.NONE);
                out.toFile().deleteOnExit();
                periodFeatures = out;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return periodFeatures;
    }

    /** The feature store {@link #trainedPeriodFeatures7()} was trained with (features already extracted). */
    static synchronized FeatureStore periodFeaturesStore() {
        trainedPeriodFeatures7();
        return periodFeaturesStore;
    }

    /** A kind's preset shortened for tests: short sequences, a few epochs, faster learning. */
    static TrainingConfig fast(String kind, int epochs) {
        TrainingConfig c = TrainingConfig.preset(kind);
        c = c.withEncoding(c.encoding().withSequenceLength(96).withMaxSequenceLength(96));
        if (kind.equals("cnn-lstm")) {
            ObjectNode a = c.architecture().deepCopy();
            a.putArray("dense").add(64).add(32); // the paper's 1024/512 are slow to move on 27 stars
            c = c.withArchitecture(a);
        }
        return c.withEpochs(epochs).withBatchSize(8).withLearningRate(1e-3).withPatience(10);
    }

    /** Rewrites one entry of a zip, for tampered-bundle tests. */
    interface EntryRewriter { byte[] apply(String name, byte[] bytes) throws IOException; }

    /** A copy of {@link #trainedCnn2d()} at {@code out} with its entries passed through {@code f}. */
    static java.nio.file.Path rewriteTrained(java.nio.file.Path out, EntryRewriter f) throws IOException {
        return rewrite(trainedCnn2d(), out, f);
    }

    /** A copy of a bundle at {@code out} whose manifest.json is edited by {@code edit}. */
    static java.nio.file.Path rewriteManifest(java.nio.file.Path from, java.nio.file.Path out,
                                              java.util.function.Consumer<ObjectNode> edit) throws IOException {
        return rewrite(from, out, (name, bytes) -> {
            if (!name.equals("manifest.json")) return bytes;
            ObjectNode m = (ObjectNode) TrainingConfig.JSON.readTree(bytes);
            edit.accept(m);
            return TrainingConfig.JSON.writeValueAsBytes(m);
        });
    }

    /** A copy of a bundle at {@code out} with its entries passed through {@code f}. */
    static java.nio.file.Path rewrite(java.nio.file.Path from, java.nio.file.Path out, EntryRewriter f) throws IOException {
        try (java.io.InputStream is = java.nio.file.Files.newInputStream(from);
             java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(is);
             java.io.OutputStream os = java.nio.file.Files.newOutputStream(out);
             java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(os)) {
            for (java.util.zip.ZipEntry e; (e = in.getNextEntry()) != null; ) {
                z.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                z.write(f.apply(e.getName(), in.readAllBytes()));
            }
        }
        return out;
    }
}
