package org.cepheus.robust;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * Jazzer (coverage-guided) targets for the catalog readers and the model loader, checking the
 * same properties as {@link CatalogMutationTest} and {@link BundleMutationTest}. The fuzzer's
 * bytes choose the real seed and drive {@link Mutator}, so it searches the space of damage to
 * real files rather than random bytes no reader would recognise.
 * <p>
 * Jazzer does run here on Java 17 (its agent attaches itself, no native set-up), but only under
 * JAZZER_FUZZ: in the normal run it would only replay the empty input, while attaching its agent to
 * the shared test JVM, instrumenting every org.cepheus class loaded after it and printing ~150
 * lines; so the class is off without JAZZER_FUZZ and the seeded tests guard the normal run. To fuzz,
 * one target per run:
 * <pre>
 * JAZZER_FUZZ=1 JAZZER_INSTRUMENT='org.cepheus.**' mvn test -Dtest='FuzzTargetsTest#catalogFile' -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 * Findings land under src/test/resources/org/cepheus/robust/FuzzTargetsTestInputs/; turn them into
 * files of fuzz-corpus/ (the seeded tests replay those) by writing the mutant the input gives.
 */
@EnabledIfEnvironmentVariable(named = "JAZZER_FUZZ", matches = ".+")
class FuzzTargetsTest {

    @FuzzTest(maxDuration = "10m")
    void catalogFile(FuzzedDataProvider data) throws Exception {
        Seeds s = Seeds.get();
        Seeds.Seed seed = s.seeds.get(data.consumeInt(0, s.seeds.size() - 1));
        Mutator m = new Mutator(n -> data.consumeInt(0, n - 1));
        Checks.catalog(s, seed, m.mutate(seed.bytes(), 4));
    }

    @FuzzTest(maxDuration = "10m")
    void bundle(FuzzedDataProvider data) throws Exception {
        byte[] original = Files.readAllBytes(Seeds.trainedBundle());
        Mutator m = new Mutator(n -> data.consumeInt(0, n - 1));
        byte[] damaged = original;
        for (int i = 0, ops = data.consumeInt(1, 3); i < ops; i++) damaged = m.mutateBundle(damaged);
        Path file = Seeds.tempDir("cepheus-fuzz-bundle").resolve("model.zip");
        Files.write(file, damaged);
        Checks.bundle(file);
        Seeds.deleteTree(file.getParent());
    }
}
