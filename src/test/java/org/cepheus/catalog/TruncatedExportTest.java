package org.cepheus.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.cepheus.TestData;
import org.cepheus.service.ProgressMonitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An export of the sample data cut short, as by a copy or download that stopped: the loader says
 * "truncated" instead of loading part of the rows without a word. (A text file cut exactly at a
 * line break cannot be told from a shorter file; that limit is in docs/catalog.md.)
 */
class TruncatedExportTest {
    private static Catalog sample;
    private static long samplePoints;

    @BeforeAll
    static void loadSample() throws IOException {
        sample = CatalogLoader.load(TestData.sampleData(), CatalogLoader.Options.defaults(), ProgressMonitor.NONE);
        samplePoints = points(sample);
    }

    private static long points(Catalog c) {
        return c.curves().stream().mapToLong(LightCurve::size).sum();
    }

    @ParameterizedTest
    @ValueSource(strings = {"csv", "fits", "vot", "ecsv", "parquet"})
    void aFileCutAnywhereIsReportedTruncated(String ext, @TempDir Path dir) throws IOException {
        Path full = dir.resolve("full." + ext);
        CatalogExport.write(sample, full);
        byte[] bytes = Files.readAllBytes(full);
        for (double fraction : new double[]{0.999, 0.5, 0.1, 0.003}) {
            assertTruncated(dir, ext, bytes, (int) (bytes.length * fraction));
        }
        if (ext.equals("fits")) {
            assertTruncated(dir, ext, bytes, bytes.length - FitsBlocks.BLOCK); // whole blocks missing
        } else if (ext.equals("parquet")) {
            assertTruncated(dir, ext, bytes, bytes.length - 1); // the footer's closing magic number missing
        } else {
            // the last field of a row cut short: every field is there, only the newline is missing
            int lastBreak = new String(bytes, 0, bytes.length / 2, java.nio.charset.StandardCharsets.ISO_8859_1).lastIndexOf('\n');
            assertTruncated(dir, ext, bytes, lastBreak - 2);
            if (ext.equals("vot")) assertTruncated(dir, ext, bytes, bytes.length - 3);
        }
    }

    private static void assertTruncated(Path dir, String ext, byte[] bytes, int length) throws IOException {
        Path cut = dir.resolve("cut" + length + "." + ext);
        Files.write(cut, Arrays.copyOf(bytes, length));
        Catalog back = CatalogLoader.load(cut, CatalogLoader.Options.defaults(), ProgressMonitor.NONE);
        List<LoadProblem> problems = back.problems();
        assertEquals(1, problems.size(), () -> length + " bytes of " + bytes.length + ": " + problems);
        assertTrue(problems.get(0).message().contains("truncated"), problems.get(0)::toString);
        assertTrue(points(back) < samplePoints);
        for (LightCurve c : back.curves()) { // what is loaded is exactly what was written
            LightCurve a = sample.curves().stream().filter(s -> s.id().equals(c.id()) && s.band().equals(c.band()))
                    .findFirst().orElseThrow();
            assertEquals(a.label(), c.label());
            for (int i = 0; i < c.size(); i++) {
                assertEquals(a.time()[i], c.time()[i], c.id());
                assertEquals(a.mag()[i], c.mag()[i], c.id());
                if (a.err() != null) assertEquals(a.err()[i], c.err()[i], c.id());
            }
        }
    }
}
