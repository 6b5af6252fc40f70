package org.cepheus.catalog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cepheus.TestData;
import org.cepheus.service.ProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The AAVSO reader on a real EROS-1 two-band star written in AAVSO's download layout
 * (realdata/converted, see its README: 247 real rows, 8 synthetic fainter-than and discrepant rows).
 */
class AavsoReaderTest {
    private static final Path CONVERTED = TestData.root().resolve("converted");
    private static final Path CSV = CONVERTED.resolve("aavso-eros-135_9613.csv");
    private static final Path TSV = CONVERTED.resolve("aavso-eros-135_9613.tsv");

    private static Map<String, LightCurve> byBand(Catalog c) {
        Map<String, LightCurve> m = new TreeMap<>();
        for (LightCurve lc : c.curves()) m.put(lc.band(), lc);
        return m;
    }

    private static LightCurve eros(String band) throws IOException {
        return new OgleReader().read(TestData.eros().resolve(band).resolve("135_9613.dat")).curves().get(0);
    }

    @Test
    void bothDelimitersGiveTheRealPointsPerBandWithUpperLimitsSetAside() throws IOException {
        for (Path file : List.of(CSV, TSV)) {
            Catalog c = CatalogLoader.load(file, CatalogLoader.Options.defaults(), ProgressMonitor.NONE);
            Map<String, LightCurve> bands = byBand(c);
            assertEquals(List.of("B", "R"), List.copyOf(bands.keySet()), file.toString());
            for (String band : List.of("R", "B")) {
                LightCurve got = bands.get(band), real = eros(band);
                assertEquals("135_9613", got.id());
                assertEquals(real.size(), got.size(), band + " points: the real rows only");
                assertArrayEquals(real.mag(), got.mag(), "magnitudes, the two with ':' included");
                assertArrayEquals(real.err(), got.err());
                for (int i = 0; i < real.size(); i++) assertEquals(real.time()[i] + 2448000, got.time()[i], 1e-6);
                assertEquals("JD", got.metadata().timeScale());
            }
            SetAside r = bands.get("R").setAside(), b = bands.get("B").setAside();
            assertEquals(3, r.count(SetAside.Reason.UPPER_LIMIT));
            assertEquals(3, r.size());
            assertEquals(2, b.count(SetAside.Reason.UPPER_LIMIT));
            assertEquals(2, b.size(), "the T-flagged fainter-than row is dropped, not set aside");
            assertArrayEquals(new int[]{249, 250, 251}, r.line(), "source lines of the upper limits");
            assertArrayEquals(new double[]{20.5, 20.8, 21.0}, r.mag());
            assertArrayEquals(new int[]{252, 253}, b.line());
            assertEquals(List.of(file + ": 3 discrepant observations (validation flag T/D) dropped"),
                    c.problems().stream().map(LoadProblem::toString).toList(), "one line, no row errors");
        }
    }

    @Test
    void observerCodesAreKeptPerCurve() throws IOException {
        Map<String, LightCurve> bands = byBand(CatalogLoader.load(CSV, CatalogLoader.Options.defaults(), ProgressMonitor.NONE));
        assertEquals("EROS:124, SYNA:2, SYNB:1", bands.get("R").metadata().extra().get("observers"));
        assertEquals("3", bands.get("R").metadata().extra().get("observerCount"));
        assertEquals("EROS:123, SYNA:1, SYNB:1", bands.get("B").metadata().extra().get("observers"));
    }

    @Test
    void detectedFromTheHeaderAndForcedByName() throws IOException {
        byte[] head = Files.readAllBytes(CSV);
        ReaderRegistry registry = ReaderRegistry.standard(null);
        assertEquals("aavso", registry.detect(CSV, head).orElseThrow().name());
        assertEquals("aavso", registry.detect(TSV, Files.readAllBytes(TSV)).orElseThrow().name());
        Catalog forced = CatalogLoader.load(CSV, CatalogLoader.Options.defaults().withFormat("aavso"), ProgressMonitor.NONE);
        assertEquals(2, forced.curves().size());
    }

    @Test
    void withoutStarNameTheFileNameIsTheIdAndBadRowsAreNamed(@TempDir Path dir) throws IOException {
        List<String> lines = Files.readAllLines(TSV);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String[] f = lines.get(i).split("\t", -1);
            f[17] = i == 0 ? "Star Name" : ""; // no star name
            if (i == 5) f[1] = "bright"; // a broken magnitude
            sb.append(String.join("\t", f)).append('\n');
        }
        Path file = Files.writeString(dir.resolve("mystar.txt"), sb);
        ReadResult r = new AavsoReader().read(file);
        assertEquals(List.of("mystar", "mystar"), r.curves().stream().map(LightCurve::id).toList());
        assertEquals(246, r.curves().get(0).size() + r.curves().get(1).size());
        assertEquals(6, r.problems().get(0).line());
        assertTrue(r.problems().get(0).message().startsWith("expected a number for Magnitude"), r.problems()::toString);
    }

    @Test
    void aBandWithOnlyUpperLimitsGivesNoCurveAndSaysSo(@TempDir Path dir) throws IOException {
        List<String> lines = Files.readAllLines(CSV);
        StringBuilder sb = new StringBuilder(lines.get(0)).append('\n');
        for (String l : lines.subList(1, lines.size())) {
            // the real B rows left out: B keeps only its synthetic fainter-than rows
            if (l.contains("\"B\",\"EROS\"")) continue;
            sb.append(l).append('\n');
        }
        ReadResult r = new AavsoReader().read(Files.writeString(dir.resolve("limits.csv"), sb));
        assertEquals(List.of("R"), r.curves().stream().map(LightCurve::band).toList());
        assertTrue(r.problems().stream().anyMatch(p -> p.message().equals(
                "star 135_9613 band B: only 2 fainter-than observations, no curve")), r.problems()::toString);
    }

    @Test
    void aSpaceDelimitedDownloadIsRefusedByNameAskingForCsvOrTabs(@TempDir Path dir) throws IOException {
        // the real rows' tabs turned into spaces: "Observer Code" and the empty fields no longer separable
        Path file = Files.writeString(dir.resolve("spaces.txt"), Files.readString(TSV).replace('\t', ' '));
        assertEquals("aavso", ReaderRegistry.standard(null).detect(file, Files.readAllBytes(file)).orElseThrow().name());
        ReadResult r = new AavsoReader().read(file);
        assertEquals(List.of(), r.curves());
        assertEquals(1, r.problems().size());
        LoadProblem p = r.problems().get(0);
        assertEquals(file, p.file());
        assertEquals(1, p.line());
        assertTrue(p.message().contains("download it as CSV or tab-delimited"), p::toString);
    }
}
