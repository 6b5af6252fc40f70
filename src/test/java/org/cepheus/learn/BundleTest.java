package org.cepheus.learn;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.cepheus.service.ProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.*;

/** Bundles survive a round trip exactly; corrupt, foreign-version and tampered files are refused clearly. */
class BundleTest {
    @TempDir Path dir;

    @Test
    void classifyingInChunksGivesTheSamePredictionsAsAllAtOnce() throws Exception {
        ModelBundle b = ModelBundle.load(LearnFixtures.trainedCnn2d());
        List<Star> stars = Star.of(LearnFixtures.smallCrts());
        Classifier c = new Classifier(b);
        List<Prediction> whole = c.classify(stars, ProgressMonitor.NONE, stars.size());
        List<Prediction> chunked = c.classify(stars, ProgressMonitor.NONE, 7);
        assertEquals(stars.size(), chunked.size());
        for (int i = 0; i < whole.size(); i++) {
            assertEquals(whole.get(i).id(), chunked.get(i).id());
            // batches of 7 instead of 45 change BLAS's blocking: equal to float rounding, not to the bit
            assertArrayEquals(whole.get(i).probabilities(), chunked.get(i).probabilities(), 1e-6f, whole.get(i).id());
            assertEquals(whole.get(i).predicted(), chunked.get(i).predicted());
            assertEquals(whole.get(i).flags(), chunked.get(i).flags());
        }
    }

    @Test
    void roundTripGivesIdenticalPredictions() throws Exception {
        ModelBundle a = ModelBundle.load(LearnFixtures.trainedCnn2d());
        Path copy = dir.resolve("copy.zip");
        a.save(copy);
        ModelBundle b = ModelBundle.load(copy);
        assertEquals(a.manifest().classNames(), b.manifest().classNames());
        assertEquals(a.manifest().split(), b.manifest().split());
        List<Star> stars = Star.of(LearnFixtures.smallCrts());
        List<Prediction> pa = new Classifier(a).classify(stars, ProgressMonitor.NONE);
        List<Prediction> pb = new Classifier(b).classify(stars, ProgressMonitor.NONE);
        assertEquals(stars.size(), pa.size());
        for (int i = 0; i < pa.size(); i++) {
            assertArrayEquals(pa.get(i).probabilities(), pb.get(i).probabilities(), pa.get(i).id());
            assertEquals(pa.get(i).predicted(), pb.get(i).predicted());
        }
        assertFalse(Files.list(dir).anyMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temp file left");
        assertTrue(Files.getPosixFilePermissions(copy).contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ),
                "a saved model is readable like any file, not owner-only like a temp file");
    }

    @Test
    void notAZipIsRefused() throws IOException {
        Path f = dir.resolve("junk.zip");
        Files.writeString(f, "this is not a model");
        InvalidBundleException e = assertThrows(InvalidBundleException.class, () -> ModelBundle.load(f));
        assertTrue(e.getMessage().contains("junk.zip") && e.getMessage().contains("not a Cepheus model"), e.getMessage());
    }

    @Test
    void truncatedFileIsRefused() throws IOException {
        byte[] all = Files.readAllBytes(LearnFixtures.trainedCnn2d());
        Path f = dir.resolve("cut.zip");
        Files.write(f, java.util.Arrays.copyOf(all, all.length / 2));
        assertThrows(InvalidBundleException.class, () -> ModelBundle.load(f));
    }

    @Test
    void otherFormatVersionIsRefusedWithBothVersions() throws IOException {
        Path f = rewrite("v99.zip", (name, bytes) -> {
            if (!name.equals("manifest.json")) return bytes;
            ObjectNode m = (ObjectNode) TrainingConfig.JSON.readTree(bytes);
            m.put("formatVersion", 99);
            return TrainingConfig.JSON.writeValueAsBytes(m);
        });
        InvalidBundleException e = assertThrows(InvalidBundleException.class, () -> ModelBundle.load(f));
        assertTrue(e.getMessage().contains("99") && e.getMessage().contains("version " + ModelBundle.FORMAT_VERSION), e.getMessage());
    }

    @Test
    void manifestNotMatchingTheNetworkIsRefused() throws IOException {
        Path f = rewrite("classes.zip", (name, bytes) -> {
            if (!name.equals("manifest.json")) return bytes;
            ObjectNode m = (ObjectNode) TrainingConfig.JSON.readTree(bytes);
            m.putArray("classNames").add("EW").add("LPV");
            return TrainingConfig.JSON.writeValueAsBytes(m);
        });
        InvalidBundleException e = assertThrows(InvalidBundleException.class, () -> ModelBundle.load(f));
        assertTrue(e.getMessage().contains("3 outputs") && e.getMessage().contains("2 classes"), e.getMessage());
    }

    @Test
    void unexpectedEntryInTheNetworkIsRefusedBeforeDeserialising() throws IOException {
        Path f = rewrite("smuggled.zip", (name, bytes) -> {
            if (!name.equals("network.zip")) return bytes;
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream z = new ZipOutputStream(out);
                 ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(bytes))) {
                for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                    z.putNextEntry(new ZipEntry(e.getName()));
                    in.transferTo(z);
                }
                z.putNextEntry(new ZipEntry("normalizer.bin"));
                z.write(new byte[]{(byte) 0xAC, (byte) 0xED, 0, 5});
            }
            return out.toByteArray();
        });
        InvalidBundleException e = assertThrows(InvalidBundleException.class, () -> ModelBundle.load(f));
        assertTrue(e.getMessage().contains("normalizer.bin"), e.getMessage());
    }

    @Test
    void evaluatingOnACatalogWithoutTheModelsClassesOrStarsFailsClearly() throws IOException {
        ModelBundle b = ModelBundle.load(LearnFixtures.trainedCnn2d());
        var rrd = LearnFixtures.crts(Set.of("RRd"), 5);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new EvaluateJob(b, rrd, SplitPart.ALL, FeatureStore.inMemory()).run(ProgressMonitor.NONE));
        assertTrue(e.getMessage().contains("RRd"), e.getMessage());
        IllegalArgumentException t = assertThrows(IllegalArgumentException.class,
                () -> new EvaluateJob(b, rrd, SplitPart.TEST, FeatureStore.inMemory()).run(ProgressMonitor.NONE));
        assertTrue(t.getMessage().contains("test stars"), t.getMessage());
    }

    @Test
    void evaluationOnTheTestPartUsesExactlyTheHeldBackStarsAndCountsUnknownClasses() throws Exception {
        ModelBundle b = ModelBundle.load(LearnFixtures.trainedCnn2d());
        EvaluationResult r = new EvaluateJob(b, LearnFixtures.smallCrts(), SplitPart.TEST, FeatureStore.inMemory()).run(ProgressMonitor.NONE);
        assertEquals(Set.copyOf(b.manifest().split().test()),
                Set.copyOf(r.predictions().stream().map(Prediction::id).toList()));
        var withRrd = LearnFixtures.crts(Set.of("EW", "LPV", "RRab", "RRd"), 15);
        EvaluationResult all = new EvaluateJob(b, withRrd, SplitPart.ALL, FeatureStore.inMemory()).run(ProgressMonitor.NONE);
        assertEquals(45, all.count());
        assertEquals(java.util.Map.of("RRd", 15), all.skippedClasses());
        assertEquals(b.manifest().testMetrics().accuracy(), r.accuracy(), 1e-9,
                "the stored test metrics are those of the saved weights");
    }

    private Path rewrite(String name, LearnFixtures.EntryRewriter f) throws IOException {
        return LearnFixtures.rewriteTrained(dir.resolve(name), f);
    }
}
