package org.cepheus.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * Seeded mutation fuzzing of {@code ModelBundle.load}: a really trained cnn2d bundle damaged by
 * {@link Mutator#mutateBundle} (zip bytes, truncation, one entry's content: manifest text and
 * numbers, the network's configuration or weights; dropped, duplicated or renamed entries). Every
 * input must load or be refused by an IOException whose message names the file in words, never
 * a runtime exception or a raw JDK message. Stored regression inputs
 * (src/test/resources/fuzz-corpus/bundle) are replayed first.
 * <p>
 * {@code -Dcepheus.fuzz.bundleInputs=N} (default 30) and {@code -Dcepheus.fuzz.seed=S}.
 */
class BundleMutationTest {

    @Test
    void damagedBundlesAreRefusedInWords() throws Exception {
        Path real = Seeds.trainedBundle();
        byte[] original = Files.readAllBytes(real);
        assertEquals(Checks.BundleOutcome.LOADED, Checks.bundle(real), "the intact bundle");
        int n = Integer.getInteger("cepheus.fuzz.bundleInputs", 30);
        Random random = new Random(Long.getLong("cepheus.fuzz.seed", 11L));
        Findings<Checks.BundleOutcome> f = new Findings<>("bundle", Checks.BundleOutcome.class);
        Path dir = Seeds.tempDir("cepheus-robust-bundles");
        Assertions.assertTimeoutPreemptively(Duration.ofMinutes(10), () -> {
            for (Path stored : Findings.corpus("bundle")) {
                byte[] b = Files.readAllBytes(stored);
                if (Findings.originalName(stored).equals(MANIFEST)) b = withManifest(original, b);
                run(dir, b, original, "stored input " + stored.getFileName(), f);
            }
            for (int i = 0; i < n; i++) {
                Mutator m = new Mutator(Mutator.Dice.of(random));
                byte[] damaged = m.mutateBundle(original);
                run(dir, damaged, original, m.applied().toString(), f);
            }
        });
        System.out.println(f.summary());
        assertTrue(f.failures().isEmpty(), f.summary());
    }

    private static final String MANIFEST = "manifest.json";

    private static void run(Path dir, byte[] damaged, byte[] original, String how, Findings<Checks.BundleOutcome> f)
            throws java.io.IOException {
        Path file = dir.resolve("model.zip");
        Files.write(file, damaged);
        try {
            f.count(Checks.bundle(file));
        } catch (AssertionError e) {
            // a damaged manifest is kept alone (a few kB, not the whole model): replayed on the freshly trained one
            byte[] manifest = onlyManifestDiffers(original, damaged);
            if (manifest != null) f.failed(MANIFEST, manifest, how, e);
            else f.failed("model.zip", damaged, how, e);
        }
    }

    private static byte[] onlyManifestDiffers(byte[] original, byte[] damaged) {
        try {
            Map<String, byte[]> a = Mutator.entries(original), b = Mutator.entries(damaged);
            if (!a.keySet().equals(b.keySet()) || b.get(MANIFEST) == null) return null;
            for (String k : a.keySet()) if (!k.equals(MANIFEST) && !Arrays.equals(a.get(k), b.get(k))) return null;
            return b.get(MANIFEST);
        } catch (java.io.IOException e) {
            return null;
        }
    }

    static byte[] withManifest(byte[] bundle, byte[] manifest) throws java.io.IOException {
        Map<String, byte[]> e = Mutator.entries(bundle);
        e.put(MANIFEST, manifest);
        return Mutator.zip(e);
    }
}
