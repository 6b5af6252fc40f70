package org.cepheus.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cepheus.TestData;
import org.cepheus.service.ProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A catalog larger than the memory it may use is refused with the -Xmx to use, never an OutOfMemoryError. */
class MemoryBudgetTest {

    @Test
    void aCatalogOverTheBudgetIsRefusedSayingWhatToDo() throws IOException {
        Path crts = TestData.crts();
        Catalog all = CatalogLoader.load(crts, CatalogLoader.Options.defaults(), ProgressMonitor.NONE);
        long points = all.curves().stream().mapToLong(LightCurve::size).sum();
        // a budget of a tenth of what these real curves need
        MemoryBudget small = new MemoryBudget(points * MemoryBudget.BYTES_PER_POINT / 10);
        IOException e = assertThrows(MemoryBudget.CatalogTooLargeException.class,
                () -> CatalogLoader.load(crts, CatalogLoader.Options.defaults(), ProgressMonitor.NONE, small));
        assertTrue(e.getMessage().startsWith("the catalog is too large for this Java heap ("), e.getMessage());
        assertTrue(e.getMessage().matches(".*after \\d+ of \\d+ files its light curves already need about \\d+\\.\\d MB; start Java with -Xmx\\d+m or more.*--per-class-cap.*"),
                e.getMessage());
        // enough budget: the same catalog loads whole
        MemoryBudget enough = new MemoryBudget(points * MemoryBudget.BYTES_PER_POINT * 2 + all.size() * 1024L);
        assertEquals(all.size(), CatalogLoader.load(crts, CatalogLoader.Options.defaults(), ProgressMonitor.NONE, enough).size());
    }

    @Test
    void aSingleFileTooLargeToParseIsThatFilesProblemOnly(@TempDir Path dir) throws IOException {
        Path ogle = RealFiles.firstFile(TestData.ogle().resolve("I"), ".dat");
        Path big = dir.resolve("big.dat");
        StringBuilder sb = new StringBuilder();
        String rows = Files.readString(ogle);
        while (sb.length() < 400_000) sb.append(rows);
        Files.writeString(big, sb);
        Files.copy(ogle, dir.resolve(ogle.getFileName()));
        Catalog c = CatalogLoader.load(dir, CatalogLoader.Options.defaults(), ProgressMonitor.NONE, new MemoryBudget(500_000));
        assertEquals(1, c.size(), "the real star beside it loads");
        LoadProblem p = c.problems().get(0);
        assertEquals(big, p.file());
        assertTrue(p.message().matches("0 MB is too large to read within this Java heap \\(\\d+ MB\\); start Java with -Xmx\\d+m or more"),
                p.message());
    }

    @Test
    void oneFileWhoseCurvesTakeMostOfTheBudgetIsRefusedAloneAndTheRestLoads(@TempDir Path dir) throws IOException {
        // a real CRTS multi-star file: all 311 test curves' rows in one long-format CSV, beside one real OGLE star
        Catalog crts = CatalogLoader.load(TestData.crts(), CatalogLoader.Options.defaults(), ProgressMonitor.NONE);
        CatalogExport.write(crts, dir.resolve("all-crts.csv"));
        Path ogle = RealFiles.firstFile(TestData.ogle().resolve("I"), ".dat");
        Files.copy(ogle, dir.resolve(ogle.getFileName()));
        long crtsPoints = crts.curves().stream().mapToLong(LightCurve::size).sum();
        // a budget the file passes (its size is under half) but its curves take more than a quarter of
        long size = Files.size(dir.resolve("all-crts.csv"));
        MemoryBudget budget = new MemoryBudget(size * 5 / 2);
        assertTrue(crtsPoints * MemoryBudget.BYTES_PER_POINT > size * 5 / 8, "the curves take over a quarter");
        Catalog c = CatalogLoader.load(dir, CatalogLoader.Options.defaults(), ProgressMonitor.NONE, budget);
        assertEquals(1, c.size(), "the OGLE star loads");
        LoadProblem p = c.problems().get(0);
        assertTrue(p.file().endsWith("all-crts.csv"), p.toString());
        assertTrue(p.message().matches("its " + crts.size() + " light curves would need about \\d+ MB, more than a quarter of what this Java heap"
                + " \\(\\d+ MB\\) allows a catalog; start Java with -Xmx\\d+m or more to read it"), p.message());
    }
}
