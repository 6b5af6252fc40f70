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
                byte[] b = withEntry(original, Findings.originalName(stored), Files.readAllBytes(stored));
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

    private static void run(Path dir, byte[] damaged, byte[] original, String how, Findings<Checks.BundleOutcome> f)
            throws java.io.IOException {
        Path file = dir.resolve("model.zip");
        Files.write(file, damaged);
        try {
            f.count(Checks.bundle(file));
        } catch (AssertionError e) {
            // kept as the one damaged entry when only one differs (a few kB, not the whole model)
            String entry = onlyDamagedEntry(original, damaged, "");
            f.failed(entry == null ? "model.zip" : entry, entry == null ? damaged : entryOf(damaged, entry), how, e);
        }
    }

    /** The path (outer/inner) of the one entry that differs, or null. */
    private static String onlyDamagedEntry(byte[] original, byte[] damaged, String prefix) {
        try {
            Map<String, byte[]> a = Mutator.entries(original), b = Mutator.entries(damaged);
            if (!a.keySet().equals(b.keySet())) return null;
            String differs = null;
            for (String k : a.keySet()) {
                if (Arrays.equals(a.get(k), b.get(k))) continue;
                if (differs != null) return null;
                differs = k;
            }
            if (differs == null) return null;
            if (differs.endsWith(".zip")) {
                String inner = onlyDamagedEntry(a.get(differs), b.get(differs), prefix + differs + "/");
                if (inner != null) return inner;
            }
            return prefix + differs;
        } catch (java.io.IOException e) {
            return null;
        }
    }

    private static byte[] entryOf(byte[] zip, String path) throws java.io.IOException {
        int slash = path.indexOf('/');
        Map<String, byte[]> e = Mutator.entries(zip);
        return slash < 0 ? e.get(path) : entryOf(e.get(path.substring(0, slash)), path.substring(slash + 1));
    }

    /** {@code bundle} with the entry at {@code path} (outer/inner) replaced; "model.zip" is the whole bundle. */
    static byte[] withEntry(byte[] bundle, String path, byte[] content) throws java.io.IOException {
        if (path.equals("model.zip")) return content;
        int slash = path.indexOf('/');
        Map<String, byte[]> e = Mutator.entries(bundle);
        if (slash < 0) {
            e.put(path, content);
        } else {
            String outer = path.substring(0, slash);
            e.put(outer, withEntry(e.get(outer), path.substring(slash + 1), content));
        }
        return Mutator.zip(e);
    }
}
