package org.cepheus.cli;

import org.cepheus.TestData;
import org.cepheus.catalog.Catalog;
import org.cepheus.catalog.CatalogLoader;
import org.cepheus.catalog.CuratedLabels;
import org.cepheus.learn.Manifest;
import org.cepheus.learn.ModelBundle;
import org.cepheus.service.ProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The label review's last step from the command line: a model trained on the original labels, a
 * curated labels file (two held-out stars relabelled, two excluded), a model trained on it keeping
 * the first model's test stars held back ({@code --test-stars-of}), and
 * {@code cepheus compare-models} scoring both on the same held-out stars by the curated labels.
 * Real CRTS curves (48 of the bundled sample: 12 each of EW, LPV, RRab, RRc).
 */
class CompareModelsCommandTest {

    @Test
    void beforeAndAfterCurationOnTheSameHeldOutStars(@TempDir Path tmp) throws Exception {
        Path data = tmp.resolve("crts");
        Files.createDirectories(data.resolve("lc"));
        Map<String, String> stars = AuditCommandTest.expectedStars();
        List<String> labels = new ArrayList<>(List.of("file,class"));
        try (var files = Files.list(TestData.sampleData().resolve("crts/lc"))) {
            for (Path f : files.sorted().toList()) {
                String id = f.getFileName().toString().split("-")[0];
                if (!stars.containsKey(id)) continue;
                Files.copy(f, data.resolve("lc").resolve(f.getFileName()));
                labels.add("lc/" + f.getFileName() + "," + stars.get(id));
            }
        }
        Files.write(data.resolve("labels.csv"), labels);
        String[] training = {"--model", "period-features", "--epochs", "15", "--seed", "4"};

        Path before = tmp.resolve("before.zip");
        CliRun r = CliRun.of(concat(new String[]{"train", data.toString(), "--out", before.toString()}, training));
        assertEquals(0, r.code(), r.err());

        // the review: two of the before model's test stars relabelled, two excluded
        Catalog catalog = CatalogLoader.load(data, new CatalogLoader.Options(null, "auto", Set.of(), 0, 0, null), ProgressMonitor.NONE);
        CuratedLabels curated = CuratedLabels.of(catalog);
        List<String> test = ModelBundle.load(before).manifest().split().test();
        assertTrue(test.size() >= 6, "test stars " + test);
        List<String> classes = List.of("EW", "LPV", "RRab", "RRc");
        Map<String, String> truth = new HashMap<>(stars);
        for (int i = 0; i < 4; i++) {
            String id = test.get(i), old = stars.get(id);
            if (i < 2) {
                String to = classes.get((classes.indexOf(old) + 1) % 4);
                curated.decide(new CuratedLabels.Decision(id, old, CuratedLabels.RELABEL, to, "test", "2026-12-02T05:00:00Z"));
                truth.put(id, to);
            } else {
                curated.decide(new CuratedLabels.Decision(id, old, CuratedLabels.EXCLUDE, null, "test", "2026-12-02T05:00:00Z"));
                truth.remove(id);
            }
        }
        Path curatedFile = data.resolve("labels" + CuratedLabels.SUFFIX);
        curated.save(curatedFile);

        Path after = tmp.resolve("after.zip");
        r = CliRun.of(concat(new String[]{"train", data.toString(), "--labels", curatedFile.toString(), "--test-stars-of",
                before.toString(), "--out", after.toString()}, training));
        assertEquals(0, r.code(), r.err());

        Path csv = tmp.resolve("cmp.csv");
        r = CliRun.of("compare-models", before.toString(), after.toString(), data.toString(), "--labels", curatedFile.toString(),
                "--out", csv.toString());
        assertEquals(0, r.code(), r.err());

        // the stars: labelled after curation, never trained or validated on by either model
        Set<String> seen = new HashSet<>();
        for (Path m : List.of(before, after)) {
            Manifest.SplitIds s = ModelBundle.load(m).manifest().split();
            seen.addAll(s.train());
            seen.addAll(s.validation());
        }
        Set<String> expected = new HashSet<>(truth.keySet());
        expected.removeAll(seen);
        List<String> rows = Files.readAllLines(csv);
        assertEquals("id,true,before,p_before,after,p_after,change", rows.get(0));
        Set<String> got = new HashSet<>();
        int[][] cb = new int[4][4], ca = new int[4][4];
        for (String line : rows.subList(1, rows.size())) {
            String[] c = line.split(",", -1);
            assertTrue(got.add(c[0]), "once: " + line);
            assertEquals(truth.get(c[0]), c[1], "judged by the curated label: " + line);
            String change = c[2].equals(c[4]) ? "same" : c[4].equals(c[1]) ? "fixed" : c[2].equals(c[1]) ? "broken" : "other";
            assertEquals(change, c[6], line);
            cb[classes.indexOf(c[1])][classes.indexOf(c[2])]++;
            ca[classes.indexOf(c[1])][classes.indexOf(c[4])]++;
        }
        assertEquals(expected, got, "the same held-out stars for both models");
        // --test-stars-of: the after model held back the before model's test stars, so all of them are compared
        Set<String> beforeTest = new HashSet<>(test);
        beforeTest.retainAll(truth.keySet());
        assertEquals(beforeTest, got, "exactly the before model's test stars, less the excluded ones");
        assertTrue(got.contains(test.get(0)) && got.contains(test.get(1)), "relabelled stars are compared");
        assertFalse(got.contains(test.get(2)) || got.contains(test.get(3)), "excluded stars are not scored");

        String out = r.out();
        assertTrue(out.startsWith(expected.size() + " held-out stars"), out);
        assertTrue(out.contains(String.format(Locale.ROOT, "macro-F1   %8.3f %8.3f", macroF1(cb), macroF1(ca))), out);
        for (String cl : classes) {
            int n = (int) rows.subList(1, rows.size()).stream().filter(l -> l.split(",")[1].equals(cl)).count();
            assertTrue(out.lines().anyMatch(l -> l.startsWith("F1 " + cl + " ") && l.trim().endsWith(" " + n)),
                    "per-class F1 with its count of compared stars (" + n + "): " + out);
        }
        assertTrue(out.contains("fixed (wrong before, right after)"), out);
    }

    @Test
    void aMissingModelIsNamedWithoutAStackTrace(@TempDir Path tmp) {
        CliRun r = CliRun.of("compare-models", tmp.resolve("nope.zip").toString(), tmp.resolve("nope2.zip").toString(),
                TestData.sampleData().resolve("crts").toString());
        assertNotEquals(0, r.code());
        assertTrue(r.err().contains("nope.zip"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    /** Macro-F1 as scikit-learn computes it (zero_division=0), from a confusion matrix. */
    static double macroF1(int[][] m) {
        double sum = 0;
        for (int i = 0; i < m.length; i++) {
            int tp = m[i][i], predicted = 0, actual = 0;
            for (int j = 0; j < m.length; j++) {
                predicted += m[j][i];
                actual += m[i][j];
            }
            double p = predicted == 0 ? 0 : tp / (double) predicted, rc = actual == 0 ? 0 : tp / (double) actual;
            sum += p + rc == 0 ? 0 : 2 * p * rc / (p + rc);
        }
        return sum / m.length;
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
