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
    @ValueSource(strings = {"csv", "fits", "vot", "ecsv", "parquet"})
    void exportReadsBackIdentically(String ext, @TempDir Path dir) throws IOException {
        Path out = dir.resolve("sample." + ext);
        long rows = CatalogExport.write(sample, out);
        assertEquals(sample.curves().stream().mapToLong(c -> c.size() + c.setAside().size()).sum(), rows,
                "one row per point and per set-aside point");
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
            assertEquals(a.metadata().timeScale(), b.metadata().timeScale(), a.id());
            assertArrayEquals(a.setAside().time(), b.setAside().time(), a.id());
            assertArrayEquals(a.setAside().reason(), b.setAside().reason(), a.id());
        }
        assertEquals(sample.classCounts(), back.classCounts());
    }

    /**
     * Real sample curves renamed to ids a spreadsheet would run or a naive CSV would split: the
     * CSV holds them neutralised and quoted, and the loader reads back the original ids.
     */
    @Test
    void awkwardIdsSurviveTheCsvRoundTrip(@TempDir Path dir) throws IOException {
        String[] ids = {"=HYPERLINK(\"http://x\",\"y\")", "-OGLE-LMC-CEP-0040", "@1001006006382", "HV \"2447\", LMC",
                "+2.5", "1001006006382"};
        java.util.List<LightCurve> curves = new java.util.ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            LightCurve c = sample.curves().get(i);
            curves.add(new LightCurve(ids[i], c.band(), c.time(), c.mag(), c.err(), "=cmd|' /C calc'!A0", null));
        }
        Path out = dir.resolve("awkward.csv");
        CatalogExport.write(new Catalog("awkward", curves, java.util.List.of()), out);
        java.util.List<String> lines = Files.readAllLines(out);
        assertTrue(lines.contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"," + curves.get(0).band() + ","
                + curves.get(0).time()[0] + "," + curves.get(0).mag()[0] + "," + curves.get(0).err()[0] + ",'=cmd|' /C calc'!A0,,"),
                lines.get(1));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("+2.5,")), "a numeric id is not altered");

        Catalog back = CatalogLoader.load(out, CatalogLoader.Options.defaults(), ProgressMonitor.NONE);
        assertTrue(back.problems().isEmpty(), back.problems()::toString);
        assertEquals(java.util.List.of(ids), back.curves().stream().map(LightCurve::id).toList());
        for (LightCurve c : back.curves()) assertEquals("=cmd|' /C calc'!A0", c.label());
    }

    @Test
    void unknownExtensionIsRefused(@TempDir Path dir) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CatalogExport.write(sample, dir.resolve("x.xlsx")));
        assertTrue(e.getMessage().contains(".csv, .fits, .vot, .ecsv or .parquet"), e.getMessage());
    }
}
