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
 * Seeded mutation fuzzing of every catalog reader through {@code CatalogLoader.load}: real files of
 * each format ({@link Seeds}) damaged by {@link Mutator}, each loaded beside intact real files.
 * The load must not throw, the intact curves must load identically, and every problem of the
 * damaged file must name it in words. The stored regression inputs (src/test/resources/fuzz-corpus/catalog)
 * are replayed first. Coverage-guided fuzzing of the same property is {@link FuzzTargetsTest}.
 * <p>
 * {@code -Dcepheus.fuzz.catalogInputs=N} (default 200, about 10 s) and {@code -Dcepheus.fuzz.seed=S}
 * for longer or other runs.
 */
class CatalogMutationTest {

    @Test
    void damagedFilesCostOnlyThemselves() throws Exception {
        Seeds s = Seeds.get();
        org.cepheus.catalog.Catalog intact = Checks.baselineCatalog(s);
        assertEquals(s.seeds.size(), intact.size(), () -> "one intact curve per seed: " + intact.curves());
        assertTrue(intact.problems().isEmpty(), () -> intact.problems().toString());
        int n = Integer.getInteger("cepheus.fuzz.catalogInputs", 200);
        Random random = new Random(Long.getLong("cepheus.fuzz.seed", 11L));
        Findings<Checks.CatalogOutcome> f = new Findings<>("catalog", Checks.CatalogOutcome.class);
        Assertions.assertTimeoutPreemptively(Duration.ofMinutes(10), () -> {
            for (Seeds.Seed seed : s.seeds) {
                assertEquals(Checks.CatalogOutcome.LOADED, Checks.catalog(s, seed, seed.bytes()), "intact seed " + seed.relativePath());
            }
            for (Path stored : Findings.corpus("catalog")) {
                String name = Findings.originalName(stored);
                Seeds.Seed as = new Seeds.Seed("stored", name, Files.readAllBytes(stored));
                run(s, as, as.bytes(), "stored input " + stored.getFileName(), f);
            }
            for (int i = 0; i < n; i++) {
                Seeds.Seed seed = s.seeds.get(i % s.seeds.size());
                Mutator m = new Mutator(Mutator.Dice.of(random));
                byte[] damaged = m.mutate(seed.bytes(), 3);
                run(s, seed, damaged, seed.format() + " " + m.applied(), f);
            }
        });
        System.out.println(f.summary());
        assertTrue(f.failures().isEmpty(), f.summary());
    }

    private static void run(Seeds s, Seeds.Seed seed, byte[] damaged, String how, Findings<Checks.CatalogOutcome> f)
            throws java.io.IOException {
        try {
            f.count(Checks.catalog(s, seed, damaged));
        } catch (AssertionError e) {
            f.failed(seed.relativePath(), damaged, how, e);
        }
    }
}
