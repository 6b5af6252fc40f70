package org.cepheus.catalog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cepheus.TestData;
import org.cepheus.service.ProgressMonitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** sample-data (CRTS + OGLE, with labels) exported to each format and read back through auto-detection. */
class ExportRoundTripTest {
    private static Catalog sample;

    @BeforeAll
    static void loadSample() throws IOException {
        sample = CatalogLoader.load(TestData.sampleData(), CatalogLoader.Options.defaults(), ProgressMonitor.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"csv", "fits", "vot", "ecsv"})
    void exportReadsBackIdentically(String ext, @TempDir Path dir) throws IOException {
        Path out = dir.resolve("sample." + ext);
        long rows = CatalogExport.write(sample, out);
        assertEquals(sample.curves().stream().mapToLong(LightCurve::size).sum(), rows);
        try (var s = Files.list(dir)) {
            assertEquals(1, s.count(), "no temporary file left behind");
        }
        Catalog back = CatalogLoader.load(out, CatalogLoader.Options.defaults(), ProgressMonitor.NONE);
        assertTrue(back.problems().isEmpty(), back.problems()::toString);
        assertEquals(sample.size(), back.size());
        for (int i = 0; i < sample.size(); i++) {
            LightCurve a = sample.curves().get(i), b = back.curves().get(i);
            assertEquals(a.id(), b.id());
            assertEquals(a.band(), b.band());
            assertEquals(a.label(), b.label());
            assertArrayEquals(a.time(), b.time(), a.id());
            assertArrayEquals(a.mag(), b.mag(), a.id());
            assertArrayEquals(a.err(), b.err(), a.id());
        }
        assertEquals(sample.classCounts(), back.classCounts());
    }

    @Test
    void unknownExtensionIsRefused(@TempDir Path dir) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CatalogExport.write(sample, dir.resolve("x.xlsx")));
        assertTrue(e.getMessage().contains(".csv, .fits, .vot or .ecsv"));
    }
}
