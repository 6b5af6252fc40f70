package org.cepheus.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.cepheus.TestData;
import org.cepheus.catalog.CatalogLoader;
import org.cepheus.catalog.LightCurve;
import org.cepheus.lightcurve.DmDt;
import org.cepheus.lightcurve.DmDtGrid;
import org.cepheus.lightcurve.PeriodOptions;
import org.cepheus.lightcurve.PeriodSearch;
import org.cepheus.service.ProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScienceCommandsTest {
    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    /** A few real OGLE files copied into dir, plus one file with a bad line. */
    static Path ogleSample(Path dir) throws Exception {
        Path d = Files.createDirectories(dir.resolve("ogle"));
        for (String id : List.of("OGLE-LMC-CEP-0025", "OGLE-LMC-CEP-0034", "OGLE-LMC-CEP-0039")) {
            Files.copy(TestData.ogle().resolve("I").resolve(id + ".dat"), d.resolve(id + ".dat"));
        }
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(TestData.ogle().resolve("I/OGLE-LMC-CEP-0040.dat")));
        lines.add(5, "5300.1 not-a-number 0.01");
        Files.write(d.resolve("OGLE-LMC-CEP-0040.dat"), lines);
        return d;
    }

    @Test
    void periodWritesTopPeaksPerStar(@TempDir Path tmp) throws Exception {
        Path data = ogleSample(tmp);
        Path out = tmp.resolve("periods.csv");
        CliRun r = run("period", data.toString(), "--out", out.toString(), "--top", "2", "--oversampling", "5");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("OGLE-LMC-CEP-0040.dat") && r.err().contains("warning"), "bad line reported: " + r.err());
        List<String> rows = Files.readAllLines(out);
        assertEquals("id,period,power,fap,method,period_error,snr,aliases", rows.get(0));
        assertEquals(1 + 4 * 2, rows.size(), String.join("\n", rows));
        // the first row of a star is its best period: the same as a direct search
        List<LightCurve> curves = CatalogLoader.load(data, CatalogLoader.Options.defaults(), ProgressMonitor.NONE).curves();
        PeriodOptions o = PeriodOptions.defaults().withOversampling(5);
        for (LightCurve lc : curves) {
            String row = rows.stream().filter(s -> s.startsWith(lc.id() + ",")).findFirst().orElseThrow();
            String[] f = row.split(",");
            assertEquals(PeriodSearch.of(o).search(lc).bestPeriod(), Double.parseDouble(f[1]), 1e-12);
            assertEquals("gls", f[4]);
            double fap = Double.parseDouble(f[3]);
            assertTrue(fap >= 0 && fap <= 1);
        }
        try (Stream<Path> s = Files.list(tmp)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temp file left");
        }
    }

    @Test
    void periodMglsWritesOneRowPerTwoBandStar(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("mgls.csv");
        CliRun r = run("period", TestData.eros().toString(), "--classes", "CEP", "--method", "mgls", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        List<String> rows = Files.readAllLines(out);
        assertEquals(1 + 30, rows.size(), "30 CEP stars of two bands each: one row per star");
        var stars = CatalogLoader.load(TestData.eros(), CatalogLoader.Options.defaults().withClasses(java.util.Set.of("CEP")),
                ProgressMonitor.NONE).byStar();
        String[] first = rows.get(1).split(",");
        assertFalse(first[0].contains("/"), "a star, not a band: " + first[0]);
        assertEquals("mgls", first[4]);
        double direct = PeriodSearch.byName("mgls", PeriodOptions.defaults()).searchBands(stars.get(first[0]), ProgressMonitor.NONE).bestPeriod();
        assertEquals(direct, Double.parseDouble(first[1]), 1e-12);
    }

    @Test
    void periodPrewhitenWritesOneBlockOfRowsPerStep(@TempDir Path tmp) throws Exception {
        Path data = ogleSample(tmp);
        Path out = tmp.resolve("steps.csv");
        CliRun r = run("period", data.toString(), "--out", out.toString(), "--prewhiten", "3", "--oversampling", "5");
        assertEquals(0, r.code(), r.err());
        List<String> rows = Files.readAllLines(out);
        assertEquals("id,period,power,fap,method,period_error,snr,aliases,step", rows.get(0));
        assertEquals(1 + 4 * 3, rows.size(), String.join("\n", rows));
        for (String id : rows.stream().skip(1).map(s -> s.split(",")[0]).distinct().toList()) {
            List<String[]> star = rows.stream().skip(1).filter(s -> s.startsWith(id + ",")).map(s -> s.split(",", -1)).toList();
            assertEquals(List.of("1", "2", "3"), star.stream().map(f -> f[8]).toList(), id);
            assertNotEquals(star.get(0)[1], star.get(1)[1], "step 2 finds another period: " + id);
            assertTrue(Double.parseDouble(star.get(1)[5]) > 0, "each step's best has its uncertainty");
        }
    }

    @Test
    void periodRejectsUnknownMethodAndConflictingGrids(@TempDir Path tmp) throws Exception {
        Path data = ogleSample(tmp);
        CliRun r = run("period", data.toString(), "--out", tmp.resolve("p.csv").toString(), "--method", "bls");
        assertNotEquals(0, r.code());
        assertTrue(r.err().contains("unknown period method 'bls'"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        CliRun both = run("period", data.toString(), "--out", tmp.resolve("p.csv").toString(), "--frequencies", "1000", "--oversampling", "3");
        assertNotEquals(0, both.code());
        assertFalse(Files.exists(tmp.resolve("p.csv")));
    }

    @Test
    void foldWritesSortedPhases(@TempDir Path tmp) throws Exception {
        Path data = ogleSample(tmp);
        Path out = tmp.resolve("fold.csv");
        CliRun r = run("fold", data.toString(), "--id", "OGLE-LMC-CEP-0025", "--period", "3.7334902", "--epoch", "6003.70986",
                "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        List<String> rows = Files.readAllLines(out);
        assertEquals("phase,mag,err", rows.get(0));
        long points = Files.readAllLines(data.resolve("OGLE-LMC-CEP-0025.dat")).stream().filter(s -> !s.isBlank()).count();
        assertEquals(points, rows.size() - 1);
        double prev = -1;
        for (String row : rows.subList(1, rows.size())) {
            double ph = Double.parseDouble(row.split(",")[0]);
            assertTrue(ph >= prev && ph < 1);
            prev = ph;
        }
        CliRun missing = run("fold", data.toString(), "--id", "nope", "--period", "1", "--out", out.toString());
        assertNotEquals(0, missing.code());
        assertTrue(missing.err().contains("no star nope"), missing.err());
    }

    @Test
    void dmdtMahabalAndSavedFdGrid(@TempDir Path tmp) throws Exception {
        Path crts = Files.createDirectories(tmp.resolve("crts/lc"));
        List<String> labels = Files.readAllLines(TestData.crts().resolve("labels.csv")).subList(0, 25);
        for (String row : labels.subList(1, labels.size())) {
            String file = row.split(",")[0];
            Files.copy(TestData.crts().resolve(file), tmp.resolve("crts").resolve(file));
        }
        Files.write(tmp.resolve("crts/labels.csv"), labels);
        Path out = tmp.resolve("dmdt.csv");
        CliRun r = run("dmdt", tmp.resolve("crts").toString(), "--bins", "mahabal", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        List<String> rows = Files.readAllLines(out);
        assertEquals(25, rows.size());
        assertTrue(rows.get(0).startsWith("id,class,c0,c1,") && rows.get(0).endsWith(",c527"));
        List<LightCurve> curves = CatalogLoader.load(tmp.resolve("crts"), CatalogLoader.Options.defaults(), ProgressMonitor.NONE).curves();
        DmDt dmdt = new DmDt(DmDtGrid.mahabal());
        for (LightCurve lc : curves) {
            String[] f = rows.stream().filter(s -> s.startsWith(lc.id() + ",")).findFirst().orElseThrow().split(",");
            assertEquals(lc.label(), f[1]);
            float[] h = dmdt.histogram(lc);
            for (int c = 0; c < h.length; c++) assertEquals((long) h[c], Long.parseLong(f[2 + c]));
        }

        Path grid = tmp.resolve("grid.json");
        CliRun fd1 = run("dmdt", tmp.resolve("crts").toString(), "--bins", "fd", "--grid", grid.toString(), "--out", tmp.resolve("fd1.csv").toString());
        assertEquals(0, fd1.code(), fd1.err());
        assertTrue(Files.exists(grid) && fd1.err().contains("Saved the FD grid"), fd1.err());
        CliRun fd2 = run("dmdt", tmp.resolve("crts").toString(), "--bins", "fd", "--grid", grid.toString(), "--out", tmp.resolve("fd2.csv").toString());
        assertTrue(fd2.err().contains("Using the FD grid"), fd2.err());
        assertEquals(Files.readAllLines(tmp.resolve("fd1.csv")), Files.readAllLines(tmp.resolve("fd2.csv")));
        DmDtGrid g = org.cepheus.learn.DmDtGridFile.load(grid);
        assertEquals(2 + g.cells(), Files.readAllLines(tmp.resolve("fd1.csv")).get(0).split(",").length);
    }
}
