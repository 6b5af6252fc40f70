package org.cepheus.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.cepheus.TestData;
import org.cepheus.service.ProgressMonitor;
import org.junit.jupiter.api.Test;

class CatalogLoaderTest {

    private static Catalog load(Path p, CatalogLoader.Options o) throws IOException {
        return CatalogLoader.load(p, o, ProgressMonitor.NONE);
    }

    @Test
    void crtsFolderLoadsEveryFileWithTheLabelsTableClasses() throws IOException {
        Path crts = TestData.crts();
        Catalog cat = load(crts, CatalogLoader.Options.defaults());
        long files = RealFiles.count(crts.resolve("lc"));
        assertEquals(files, cat.size());
        // the only problems are the gross outliers set aside (OutliersTest)
        assertTrue(cat.problems().stream().allMatch(Outliers::isSetAsideReport), () -> cat.problems().toString());
        Map<String, Integer> expected = new TreeMap<>();
        for (String[] row : RealFiles.rows(crts.resolve("labels.csv"), true).subList(1, (int) files + 1)) {
            expected.merge(row[1], 1, Integer::sum);
        }
        assertEquals(expected, cat.classCounts());
    }

    @Test
    void crtsClassFilterMinPointsAndCap() throws IOException {
        CatalogLoader.Options o = CatalogLoader.Options.defaults().withClasses(Set.of("RRd", "NoSuchClass"))
                .withMinPoints(100).withPerClassCap(30);
        Catalog cat = load(TestData.crts(), o);
        assertEquals(Set.of("RRd"), cat.classCounts().keySet());
        List<LoadProblem> problems = cat.problems().stream().filter(p -> !Outliers.isSetAsideReport(p)).toList();
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).message().contains("'NoSuchClass' is not in this catalog"));
        assertTrue(cat.curves().stream().allMatch(c -> c.size() >= 100));
        assertTrue(cat.classCounts().get("RRd") <= 30);
        // the cap keeps the first ids in sorted order: loading twice gives the same ids
        List<String> again = load(TestData.crts(), o).curves().stream().map(LightCurve::id).toList();
        assertEquals(cat.curves().stream().map(LightCurve::id).toList(), again);
        List<String> allRrd = load(TestData.crts(), CatalogLoader.Options.defaults().withClasses(Set.of("RRd"))
                .withMinPoints(100)).curves().stream().map(LightCurve::id).sorted().toList();
        assertEquals(allRrd.subList(0, 30), again.stream().sorted().toList());
    }

    @Test
    void ogleFolderJoinsCatalogPeriodAndMode() throws IOException {
        Path ogle = TestData.ogle();
        Catalog cat = load(ogle, CatalogLoader.Options.defaults());
        long files = RealFiles.count(ogle.resolve("I"));
        assertEquals(files, cat.size());
        Map<String, String[]> params = new HashMap<>();
        for (String[] r : RealFiles.rows(ogle.resolve("cepFO4.dat"), false)) params.put(r[0], r);
        Map<String, String> modes = new HashMap<>();
        for (String[] r : RealFiles.rows(ogle.resolve("ident.dat"), false)) modes.put(r[0], r[1]);
        int withPeriod = 0;
        for (LightCurve c : cat.curves()) {
            assertEquals("I", c.band());
            assertEquals(modes.get(c.id()), c.label(), c.id());
            String[] p = params.get(c.id());
            if (p != null) {
                withPeriod++;
                assertEquals(Double.parseDouble(p[3]), c.metadata().period(), 0.0, c.id());
                assertEquals(Double.parseDouble(p[5]), c.metadata().epoch(), 0.0, c.id());
                assertEquals(Double.parseDouble(p[6]), c.metadata().amplitude(), 0.0, c.id());
            } else {
                assertFalse(c.metadata().hasPeriod(), c.id());
            }
        }
        assertEquals(params.size(), withPeriod);
    }

    @Test
    void erosStarsHaveTwoBandsAndLabelsTablePeriods() throws IOException {
        Path eros = TestData.eros();
        List<String[]> labels = RealFiles.rows(eros.resolve("labels.csv"), true);
        String[] row = labels.get(1);
        // load just the two files of one star plus the labels table, via a file-per-band folder copy? no:
        // load the whole folder once and look the star up
        Catalog cat = load(eros, CatalogLoader.Options.defaults().withClasses(Set.of(row[1])));
        List<LightCurve> star = cat.byStar().get(row[0]);
        assertNotNull(star, row[0]);
        assertEquals(Set.of("R", "B"), star.stream().map(LightCurve::band).collect(Collectors.toSet()));
        for (LightCurve c : star) {
            assertEquals(row[1], c.label());
            assertEquals(Double.parseDouble(row[2]), c.metadata().period(), 0.0);
        }
    }

    @Test
    void sampleDataHoldsTwoCatalogsEachWithItsOwnSideTables() throws IOException {
        Path sample = TestData.sampleData();
        Catalog cat = load(sample, CatalogLoader.Options.defaults());
        // the only problem: one lone 0.4 mag brightening of an EA star set aside (OutliersTest)
        assertTrue(cat.problems().stream().allMatch(Outliers::isSetAsideReport), () -> cat.problems().toString());
        Map<String, Integer> expected = new TreeMap<>();
        for (String[] row : RealFiles.rows(sample.resolve("crts/labels.csv"), true).subList(1,
                RealFiles.rows(sample.resolve("crts/labels.csv"), true).size())) {
            expected.merge(row[1], 1, Integer::sum);
        }
        Map<String, String> periods = new HashMap<>();
        for (String[] r : RealFiles.rows(sample.resolve("ogle-lmc-cep/cepFO4.dat"), false)) periods.put(r[0], r[3]);
        for (String[] r : RealFiles.rows(sample.resolve("ogle-lmc-cep/ident.dat"), false)) expected.merge(r[1], 1, Integer::sum);
        assertEquals(expected, cat.classCounts());
        for (LightCurve c : cat.curves()) {
            if (periods.containsKey(c.id())) assertEquals(Double.parseDouble(periods.get(c.id())), c.metadata().period(), 0.0);
        }
        assertEquals(RealFiles.count(sample.resolve("crts/lc")) + RealFiles.count(sample.resolve("ogle-lmc-cep/I")), cat.size());
    }

    @Test
    void explicitLabelsTableOutsideTheLoadedFolder(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        // real CRTS files renamed without their class, labelled only by a table in another folder
        Path sample = TestData.sampleData().resolve("crts");
        List<String[]> rows = RealFiles.rows(sample.resolve("labels.csv"), true).subList(1, 8);
        java.nio.file.Files.createDirectories(dir.resolve("data"));
        java.nio.file.Files.createDirectories(dir.resolve("tables"));
        StringBuilder table = new StringBuilder("file,class\n");
        Map<String, String> expected = new HashMap<>();
        for (String[] r : rows) {
            String id = Path.of(r[0]).getFileName().toString().split("-")[0];
            java.nio.file.Files.copy(sample.resolve(r[0]), dir.resolve("data/" + id + ".csv"));
            table.append("../data/").append(id).append(".csv,").append(r[1]).append('\n');
            expected.put(id, r[1]);
        }
        Path labels = java.nio.file.Files.writeString(dir.resolve("tables/labels.csv"), table);
        assertTrue(load(dir.resolve("data"), CatalogLoader.Options.defaults()).classCounts().isEmpty(), "no labels without the table");
        Catalog cat = load(dir.resolve("data"), CatalogLoader.Options.defaults().withLabels(labels));
        assertTrue(cat.problems().isEmpty(), () -> cat.problems().toString());
        assertEquals(expected.size(), cat.size());
        for (LightCurve c : cat.curves()) assertEquals(expected.get(c.id()), c.label(), c.id());
    }
}
