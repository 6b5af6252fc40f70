package org.cepheus.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.cepheus.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** train / evaluate / classify / info from the command line on real CRTS curves. */
class LearnCommandsTest {
    @TempDir static Path dir;
    static Path model;
    static String trainOutput;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @BeforeAll
    static void train() {
        model = dir.resolve("m.zip");
        CliRun r = run("train", TestData.crts().toString(), "--classes", "EW,LPV", "--per-class-cap", "10",
                "--model", "cnn2d", "--epochs", "2", "--batch", "4", "--lr", "1e-3", "--out", model.toString());
        assertEquals(0, r.code(), r.err());
        trainOutput = r.out();
    }

    @Test
    void trainPrintsOneLinePerEpochAndTheTestScores() {
        List<String> epochLines = trainOutput.lines().filter(l -> l.startsWith("epoch ")).toList();
        assertEquals(2, epochLines.size(), trainOutput);
        assertTrue(epochLines.get(0).contains("val_macro_f1"), epochLines.get(0));
        assertTrue(trainOutput.contains("test (4 stars)"), trainOutput);
        assertTrue(Files.exists(model));
    }

    @Test
    void evaluateJsonHasTheDocumentedShape() throws Exception {
        CliRun r = run("evaluate", model.toString(), TestData.crts().toString(), "--split", "test", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        List<String> keys = new ArrayList<>();
        for (Iterator<String> it = j.fieldNames(); it.hasNext(); ) keys.add(it.next());
        assertEquals(List.of("accuracy", "macro_precision", "macro_recall", "macro_f1", "classes", "confusion"),
                keys.subList(0, 6));
        assertEquals(List.of("EW", "LPV"), List.of(j.get("classes").get(0).asText(), j.get("classes").get(1).asText()));
        assertEquals(2, j.get("confusion").size());
        int total = 0;
        for (JsonNode row : j.get("confusion")) for (JsonNode v : row) total += v.asInt();
        assertEquals(4, total, "exactly the 2+2 held-back test stars of the model");
        assertEquals(0, j.get("skipped").asInt());
    }

    @Test
    void evaluateOnAllSkipsAndCountsUnknownClasses() throws Exception {
        Path sub = dir.resolve("mixed");
        Files.createDirectories(sub);
        int copied = 0;
        try (var files = Files.list(TestData.crts().resolve("lc")).sorted()) {
            for (Path f : (Iterable<Path>) files::iterator) {
                String n = f.getFileName().toString();
                if ((n.endsWith("-EW.csv") || n.endsWith("-RRd.csv")) && copied < 60) {
                    Files.copy(f, sub.resolve(n));
                    copied++;
                }
            }
        }
        CliRun r = run("evaluate", model.toString(), sub.toString(), "--split", "all", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        long rrd;
        try (var s = Files.list(sub)) { rrd = s.filter(p -> p.toString().endsWith("-RRd.csv")).count(); }
        assertTrue(rrd > 0);
        assertEquals(rrd, j.get("skipped_classes").get("RRd").asLong());
        assertEquals(copied - rrd, j.get("count").asLong());
    }

    @Test
    void classifyWritesTheCsvWithOneProbabilityColumnPerClass() throws Exception {
        Path sub = dir.resolve("few");
        Files.createDirectories(sub);
        try (var files = Files.list(TestData.crts().resolve("lc")).sorted()) {
            files.limit(12).forEach(f -> {
                try { Files.copy(f, sub.resolve(f.getFileName())); } catch (java.io.IOException e) { throw new RuntimeException(e); }
            });
        }
        Path csv = dir.resolve("pred.csv");
        CliRun r = run("classify", model.toString(), sub.toString(), "--out", csv.toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = Files.readAllLines(csv);
        assertEquals("id,predicted,probability,novelty,flag,p_EW,p_LPV", lines.get(0));
        assertEquals(13, lines.size());
        String[] row = lines.get(1).split(",", -1);
        assertEquals(7, row.length);
        double p = Double.parseDouble(row[2]);
        assertEquals(1.0, Double.parseDouble(row[5]) + Double.parseDouble(row[6]), 2e-4);
        assertEquals(Math.max(Double.parseDouble(row[5]), Double.parseDouble(row[6])), p, 1e-4);
    }

    @Test
    void evaluateTakesTheCatalogOptions() {
        CliRun r = run("evaluate", model.toString(), TestData.crts().toString(), "--split", "all",
                "--classes", "EW", "--per-class-cap", "3", "--json");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\"count\" : 3"), r.out());
    }

    @Test
    void aCatalogWithoutTheHeldBackStarsNamesTheOptionToUse() {
        // the model was trained on CRTS; the OGLE Cepheids hold none of its test stars
        CliRun r = run("evaluate", model.toString(), TestData.ogle().toString(), "--split", "test");
        java.util.List<String> errors = r.err().lines().filter(l -> l.startsWith("cepheus: ")).toList();
        assertEquals(1, errors.size(), r.err());
        assertTrue(errors.get(0).startsWith("cepheus: none of the model's ") && errors.get(0).contains("; use --split all"), r.err());
        assertFalse(r.err().contains("Evaluate button"), "the command line is not told about a button");
    }

    @Test
    void withoutSplitACatalogLackingTheHeldBackStarsIsScoredWholeAndSaysSo() throws Exception {
        Path sub = dir.resolve("other-ew");
        Files.createDirectories(sub);
        var split = org.cepheus.learn.ModelBundle.readManifest(model).split();
        java.util.Set<String> trained = new java.util.HashSet<>(split.train());
        java.util.Set<String> seen = new java.util.HashSet<>(split.train());
        seen.addAll(split.validation());
        seen.addAll(split.test());
        int copied = 0;
        try (var files = Files.list(TestData.crts().resolve("lc")).sorted()) {
            for (Path f : (Iterable<Path>) files::iterator) {
                String n = f.getFileName().toString();
                String id = n.substring(0, n.indexOf('-'));
                if (n.endsWith("-EW.csv") && (copied == 0 ? trained.contains(id) : !seen.contains(id)) && copied < 5) {
                    Files.copy(f, sub.resolve(n));
                    copied++;
                }
            }
        }
        // a folder of EW curves: one training star of the model, the others never seen by it
        CliRun r = run("evaluate", model.toString(), sub.toString(), "--json");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("scored: all labelled stars"), r.err());
        assertTrue(r.err().contains("warning: 1 of the scored stars were used to train or validate the model"), r.err());
    }

    @Test
    void corruptModelGivesOneLineNamingTheFile() throws Exception {
        Path bad = dir.resolve("bad.zip");
        Files.writeString(bad, "nope");
        CliRun r = run("evaluate", bad.toString(), TestData.crts().toString());
        assertNotEquals(0, r.code());
        assertTrue(r.err().startsWith("cepheus: ") && r.err().contains("bad.zip"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }

    @Test
    void infoNamesTheBackendAndVersions() {
        CliRun r = run("info");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("backend:   CpuBackend"), r.out());
        assertTrue(r.out().matches("(?s).*libnd4j:   (onednn|avx512|avx2|generic|set by the user: \\S+) build.*"), r.out());
        assertTrue(r.out().contains("dl4j:      1.0.0-M2.1"), r.out());
        assertTrue(r.out().toLowerCase().contains("blas"), r.out());
    }
}
