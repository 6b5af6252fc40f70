package org.cepheus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import org.cepheus.TestData;
import org.cepheus.catalog.Catalog;
import org.cepheus.catalog.CatalogLoader;
import org.cepheus.catalog.LightCurve;
import org.cepheus.service.ProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogCommandTest {
    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private static Map<String, Integer> classes(JsonNode json) {
        Map<String, Integer> m = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = json.get("classes").fields(); it.hasNext(); ) {
            var e = it.next();
            m.put(e.getKey(), e.getValue().asInt());
        }
        return m;
    }

    @Test
    void infoJsonOnSampleData() throws Exception {
        CliRun r = run("catalog", "info", TestData.sampleData().toString(), "--json", "--min-points", "100");
        assertEquals(0, r.code(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals(Arrays.asList("curves", "stars", "classes", "classStars", "points", "setAside", "upperLimits",
                "uncertainEstimates", "timeScales", "errors"),
                Arrays.asList(iterable(json.fieldNames())));
        Catalog c = CatalogLoader.load(TestData.sampleData(), CatalogLoader.Options.defaults().withMinPoints(100),
                ProgressMonitor.NONE);
        assertEquals(c.size(), json.get("curves").asInt());
        assertEquals(c.classCounts(), classes(json));
        int[] points = c.curves().stream().mapToInt(LightCurve::size).sorted().toArray();
        assertEquals(points[0], json.get("points").get("min").asInt());
        assertEquals(points[points.length - 1], json.get("points").get("max").asInt());
        assertEquals((points[points.length / 2 - 1] + points[points.length / 2]) / 2.0, json.get("points").get("median").asDouble());
        // the sample's only notice: one EA point set aside as a magnitude outlier at loading
        assertEquals(c.problems().size(), json.get("errors").size());
        for (JsonNode e : json.get("errors")) assertTrue(e.get("message").asText().contains(" set aside as "), e.toString());
        assertEquals(1, r.out().strip().lines().count(), "exactly one JSON object");
    }

    @Test
    void infoJsonListsErrorsWithFileAndLine(@TempDir Path dir) throws Exception {
        Path source = Files.list(TestData.ogle().resolve("I")).sorted().findFirst().orElseThrow();
        var lines = new java.util.ArrayList<>(Files.readAllLines(source));
        lines.set(11, "5262.5 bad 0.01");
        Files.write(dir.resolve("star.dat"), lines);
        CliRun r = run("catalog", "info", dir.toString(), "--json");
        assertEquals(0, r.code());
        JsonNode e = new ObjectMapper().readTree(r.out()).get("errors").get(0);
        assertTrue(e.get("file").asText().endsWith("star.dat"));
        assertEquals(12, e.get("line").asInt());
        assertTrue(e.get("message").asText().contains("expected a number for magnitude"));
    }

    @Test
    void nothingLoadedGivesNonZeroExitAndOneLine(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("empty.dat"), "");
        CliRun r = run("catalog", "info", dir.toString());
        assertEquals(1, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("no light curves loaded"), r.err());
        CliRun missing = run("catalog", "info", dir.resolve("nope").toString());
        assertEquals(1, missing.err().strip().lines().count(), missing.err());
        assertTrue(missing.err().contains("no such file"), missing.err());
        assertTrue(missing.code() != 0);
    }

    @Test
    void exportThenInfoGivesTheSameSummary(@TempDir Path dir) throws Exception {
        // with every point kept: an export writes a catalog's points, not the ones set aside at loading
        String sample = TestData.sampleData().toString();
        String original = run("catalog", "info", sample, "--json", "--keep-outliers").out();
        for (String ext : new String[]{"csv", "fits", "vot", "parquet"}) {
            Path out = dir.resolve("export." + ext);
            CliRun export = run("catalog", "export", sample, "--keep-outliers", "--out", out.toString());
            assertEquals(0, export.code(), export.err());
            assertEquals(original, run("catalog", "info", out.toString(), "--json", "--keep-outliers").out(), ext);
        }
    }

    @Test
    void anExportThatWouldLoseStarsIsRefusedBeforeWriting(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("unicode.csv");
        java.nio.file.Files.writeString(csv, "id,time,mag\nV* α Cen,1.0,10.5\nV* α Cen,2.0,10.6\nV* β Cen,1.5,11.0\n");
        Path out = dir.resolve("out.fits");
        CliRun export = run("catalog", "export", csv.toString(), "--out", out.toString());
        assertEquals(2, export.code(), export.err());
        assertTrue(export.err().contains("star 'V* α Cen'") && export.err().contains("ASCII"), export.err());
        assertTrue(!java.nio.file.Files.exists(out), "nothing written");
        assertEquals(0, run("catalog", "export", csv.toString(), "--out", dir.resolve("out.vot").toString()).code());
    }

    @Test
    void humanInfoShowsCountsAndClasses() {
        CliRun r = run("catalog", "info", TestData.ogle().toString(), "--classes", "F");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("Classes: F "), r.out());
        assertTrue(r.out().contains("Points per curve: min "), r.out());
        assertTrue(r.out().contains("Errors: none"), r.out());
    }

    @Test
    void twoBandStarsAreCountedAsStarsAndAsCurvesNamed() throws Exception {
        // the EROS test stars have R and B: 30 CEP stars are 60 curves (the GUI's table counts stars)
        CliRun r = run("catalog", "info", TestData.eros().toString(), "--classes", "CEP");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Classes: CEP 30 stars (60 curves)"), r.out());
        CliRun j = run("catalog", "info", TestData.eros().toString(), "--classes", "CEP", "--json");
        JsonNode root = new ObjectMapper().readTree(j.out());
        assertEquals(60, root.get("classes").get("CEP").asInt());
        assertEquals(30, root.get("classStars").get("CEP").asInt());
        assertEquals(30, root.get("stars").asInt());
    }

    private static String[] iterable(Iterator<String> it) {
        java.util.List<String> l = new java.util.ArrayList<>();
        it.forEachRemaining(l::add);
        return l.toArray(new String[0]);
    }
}
