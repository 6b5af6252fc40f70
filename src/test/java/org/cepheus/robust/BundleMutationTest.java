package org.cepheus.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
 * {@code -Dcepheus.fuzz.bundleInputs=N} (default 40, about 30 s) and {@code -Dcepheus.fuzz.seed=S}.
 */
class BundleMutationTest {

    @Test
    void damagedBundlesAreRefusedInWords() throws Exception {
        Path real = Seeds.trainedBundle();
        byte[] original = Files.readAllBytes(real);
        assertEquals(Checks.BundleOutcome.LOADED, Checks.bundle(real), "the intact bundle");
        int n = Integer.getInteger("cepheus.fuzz.bundleInputs", 40);
        Random random = new Random(Long.getLong("cepheus.fuzz.seed", 11L));
        Findings<Checks.BundleOutcome> f = new Findings<>("bundle", Checks.BundleOutcome.class);
        Path dir = Seeds.tempDir("cepheus-robust-bundles");
        Assertions.assertTimeoutPreemptively(Duration.ofMinutes(10), () -> {
            for (Path stored : Findings.corpus("bundle")) {
                run(dir, Files.readAllBytes(stored), "stored input " + stored.getFileName(), f);
            }
            for (int i = 0; i < n; i++) {
                Mutator m = new Mutator(Mutator.Dice.of(random));
                byte[] damaged = m.mutateBundle(original);
                run(dir, damaged, m.applied().toString(), f);
            }
        });
        System.out.println(f.summary());
        assertTrue(f.failures().isEmpty(), f.summary());
    }

    private static void run(Path dir, byte[] damaged, String how, Findings<Checks.BundleOutcome> f) throws java.io.IOException {
        Path file = dir.resolve("model.zip");
        Files.write(file, damaged);
        try {
            f.count(Checks.bundle(file));
        } catch (AssertionError e) {
            f.failed("model.zip", damaged, how, e);
        }
    }
}
