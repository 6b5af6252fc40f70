package org.cepheus.cli;

import org.cepheus.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code cepheus audit} end to end through picocli on the bundled real CRTS sample (12 stars of
 * each of EW, LPV, RRab, RRc): the ranking, its evidence, and the refusals a user meets.
 */
class AuditCommandTest {
    static final List<String> CLASSES = List.of("EW", "LPV", "RRab", "RRc");
    static final int CAP = 12;

    /** The stars the sample's labels table gives these classes: the first CAP by sorted id per class. */
    static Map<String, String> expectedStars() throws Exception {
        Map<String, TreeSet<String>> byClass = new TreeMap<>();
        for (String l : Files.readAllLines(TestData.sampleData().resolve("crts/labels.csv")).subList(1, 141)) {
            String[] f = l.split(",");
            String id = Path.of(f[0]).getFileName().toString().split("-")[0];
            if (CLASSES.contains(f[1])) byClass.computeIfAbsent(f[1], c -> new TreeSet<>()).add(id);
        }
        Map<String, String> out = new HashMap<>();
        for (var e : byClass.entrySet()) {
            for (String id : new ArrayList<>(e.getValue()).subList(0, CAP)) out.put(id, e.getKey());
        }
        return out;
    }

    @Test
    void everyLabelledStarRankedOnceWithSuggestionAndEvidence(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("audit.csv");
        CliRun r = CliRun.of("audit", TestData.sampleData().resolve("crts").toString(), "--classes", String.join(",", CLASSES),
                "--per-class-cap", String.valueOf(CAP), "--model-kind", "period-features", "--folds", "3", "--epochs", "15",
                "--seed", "3", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("48 labelled stars audited in 3 folds"), r.out());

        List<String> lines = Files.readAllLines(out);
        List<String> head = Arrays.asList(lines.get(0).split(","));
        assertEquals(List.of("rank", "id", "given", "suggested", "suspicion", "issue", "p_given", "threshold_given",
                "p_suggested", "period_days", "amplitude_mag", "colour_mag", "fold"), head.subList(0, 13));
        assertEquals(CLASSES.stream().map(c -> "p_" + c).toList(), head.subList(13, head.size()));

        Map<String, String> expected = expectedStars();
        assertEquals(expected.size() + 1, lines.size(), "one row per labelled star");
        Set<String> seen = new HashSet<>();
        double lastSuspicion = Double.POSITIVE_INFINITY;
        Map<String, List<Double>> periods = new HashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            String[] c = lines.get(i).split(",", -1);
            assertEquals(head.size(), c.length, lines.get(i));
            assertEquals(i, Integer.parseInt(c[0]), "ranks in order: " + lines.get(i));
            assertTrue(seen.add(c[1]), "star listed twice: " + c[1]);
            assertEquals(expected.get(c[1]), c[2], "the given label is the labels table's: " + lines.get(i));
            assertTrue(CLASSES.contains(c[3]) && !c[3].equals(c[2]), "suggested is another class: " + lines.get(i));
            double suspicion = Double.parseDouble(c[4]);
            assertTrue(suspicion <= lastSuspicion + 1e-9, "most suspicious first: " + lines.get(i));
            lastSuspicion = suspicion;
            int fold = Integer.parseInt(c[12]);
            assertTrue(fold >= 1 && fold <= 3, lines.get(i));
            double sum = 0;
            for (int k = 13; k < c.length; k++) sum += Double.parseDouble(c[k]);
            assertEquals(1, sum, 0.01, "probabilities sum to 1: " + lines.get(i));
            assertEquals(Double.parseDouble(c[13 + CLASSES.indexOf(c[2])]), Double.parseDouble(c[6]), 1e-4, "p_given");
            periods.computeIfAbsent(c[2], k -> new ArrayList<>()).add(c[9].isEmpty() ? Double.NaN : Double.parseDouble(c[9]));
            assertTrue(c[11].isEmpty(), "one band, no colour: " + lines.get(i));
        }
        assertEquals(expected.keySet(), seen);
        // the evidence is the stars' own photometry: Miras and semiregulars vary over tens to hundreds of
        // days, RR Lyrae within a day: at least three quarters of each class (a period search on sparse
        // CRTS sampling can land on an alias; 9 of these 12 RRab are within 0.35-1 d)
        assertTrue(periods.get("LPV").stream().filter(p -> p > 20).count() >= 9, "LPV periods " + periods.get("LPV"));
        assertTrue(periods.get("RRab").stream().filter(p -> p > 0.35 && p < 1).count() >= 9, "RRab periods " + periods.get("RRab"));
        assertTrue(periods.get("RRc").stream().filter(p -> p > 0.2 && p < 0.5).count() >= 9, "RRc periods " + periods.get("RRc"));
    }

    @Test
    void aBadLabelsFileIsAnErrorNamingFileAndLine(@TempDir Path tmp) throws Exception {
        Path crts = TestData.sampleData().resolve("crts");
        List<String> rows = Files.readAllLines(crts.resolve("labels.csv"));
        List<String> bad = new ArrayList<>(rows.subList(0, 3));
        bad.add("lc/1001006006382-EW.csv"); // line 4: no class column
        bad.addAll(rows.subList(3, 60));
        Path labels = tmp.resolve("my-labels.csv");
        Files.write(labels, bad.stream().map(l -> l.startsWith("lc/") ? crts.resolve(l.split(",")[0]) + l.substring(l.split(",")[0].length()) : l).toList());
        Path out = tmp.resolve("audit.csv");
        CliRun r = CliRun.of("audit", crts.toString(), "--labels", labels.toString(), "--model-kind", "period-features",
                "--folds", "3", "--out", out.toString());
        assertNotEquals(0, r.code(), r.out());
        assertTrue(r.err().contains("my-labels.csv:4:"), "names the file and line: " + r.err());
        assertTrue(r.err().contains("labels file not usable for an audit"), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void fewerThanTwoFoldsIsRefusedBeforeReading(@TempDir Path tmp) {
        for (String k : List.of("1", "0", "-3")) {
            CliRun r = CliRun.of("audit", TestData.sampleData().resolve("crts").toString(), "--model-kind", "period-features",
                    "--folds", k, "--out", tmp.resolve("a.csv").toString());
            assertNotEquals(0, r.code());
            assertTrue(r.err().contains("--folds must be 2 or more") && r.err().contains("got " + k), r.err());
            assertFalse(r.err().contains("Reading"), "refused before the catalog is read: " + r.err());
            assertFalse(Files.exists(tmp.resolve("a.csv")));
        }
    }
}
