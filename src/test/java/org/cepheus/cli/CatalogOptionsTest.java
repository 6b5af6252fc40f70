package org.cepheus.cli;

import org.cepheus.TestData;
import org.cepheus.catalog.CatalogLoader;
import org.cepheus.catalog.CurveFilters;
import org.cepheus.catalog.LightCurve;
import org.cepheus.learn.FeatureStore;
import org.cepheus.service.ProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every command that reads a catalog takes the same catalog options, and the cap is one rule. */
class CatalogOptionsTest {
    private static final List<String> OPTIONS =
            List.of("--format", "--columns", "--classes", "--min-points", "--labels", "--per-class-cap");

    @Test
    void everyCatalogCommandHasTheSameOptions() {
        CommandLine root = CepheusCommand.create(FeatureStore.inMemory());
        List<CommandLine> readers = List.of(root.getSubcommands().get("catalog").getSubcommands().get("info"),
                root.getSubcommands().get("catalog").getSubcommands().get("export"));
        readers = new java.util.ArrayList<>(readers);
        for (String verb : List.of("train", "evaluate", "classify", "report", "features", "period", "dmdt", "fold")) {
            readers.add(root.getSubcommands().get(verb));
        }
        for (CommandLine c : readers) {
            for (String o : OPTIONS) {
                assertNotNull(c.getCommandSpec().findOption(o), c.getCommandName() + " " + o);
            }
            assertTrue(c.getCommandSpec().findOption("--per-class").hidden(), c.getCommandName() + ": old name hidden");
        }
    }

    @Test
    void theCapKeepsTheFirstIdsOfEachClassLikeTheLoader() throws Exception {
        Set<String> classes = Set.of("RRab", "EW");
        List<LightCurve> all = CatalogLoader.load(TestData.crts(), CatalogLoader.Options.defaults().withClasses(classes),
                ProgressMonitor.NONE).curves();
        List<LightCurve> loaded = CatalogLoader.load(TestData.crts(), CatalogLoader.Options.defaults()
                .withClasses(classes).withPerClassCap(4), ProgressMonitor.NONE).curves();
        List<LightCurve> reversed = new java.util.ArrayList<>(all);
        java.util.Collections.reverse(reversed);
        List<LightCurve> capped = CurveFilters.perClassCap(reversed, 4);
        assertEquals(8, capped.size());
        assertEquals(loaded.stream().map(LightCurve::id).sorted().toList(),
                capped.stream().map(LightCurve::id).sorted().toList(), "the first ids by sort, whatever the order given");
        assertEquals(all, CurveFilters.perClassCap(all, 0), "0: no cap");
    }

    @Test
    void periodReadsTheCapUnderBothNames(@TempDir Path tmp) throws Exception {
        for (String name : List.of("--per-class-cap", "--per-class")) {
            Path out = tmp.resolve(name.substring(2) + ".csv");
            CliRun r = CliRun.of("period", TestData.crts().toString(), "--classes", "RRab", name, "2",
                    "--min-points", "10", "--oversampling", "2", "--out", out.toString());
            assertEquals(0, r.code(), r.err());
            assertEquals(1 + 2, Files.readAllLines(out).size(), name);
        }
    }
}
