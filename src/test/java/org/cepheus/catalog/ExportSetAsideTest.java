package org.cepheus.catalog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cepheus.TestData;
import org.cepheus.service.ProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The time scale and the set-aside points survive `catalog export` in every format and read back
 * as set aside with their reason (#12): real AAVSO-layout upper limits (JD), a real CRTS bad time
 * stamp (MJD), a real OGLE curve (HJD-2450000) with points the user excluded.
 */
class ExportSetAsideTest {

    private static Catalog realMix(Path dir) throws Exception {
        Path in = Files.createDirectory(dir.resolve("in"));
        Files.copy(TestData.root().resolve("converted/aavso-eros-135_9613.csv"), in.resolve("aavso.csv"));
        Files.copy(TestData.crts().resolve("lc/1009027036189-EW.csv"), in.resolve("1009027036189-EW.csv"));
        Path ogle;
        try (var s = Files.list(TestData.ogle().resolve("I"))) {
            ogle = s.sorted().findFirst().orElseThrow();
        }
        Files.createDirectory(in.resolve("I"));
        Files.copy(ogle, in.resolve("I").resolve(ogle.getFileName()));
        Catalog c = CatalogLoader.load(in, CatalogLoader.Options.defaults(), ProgressMonitor.NONE);
        // the user excludes the OGLE curve's first three points
        List<LightCurve> curves = new ArrayList<>();
        for (LightCurve k : c.curves()) {
            curves.add(k.id().startsWith("OGLE") ? Exclusions.toggle(k, k.time()[0] - 1e-6, k.time()[2] + 1e-6, 0, 99) : k);
        }
        return new Catalog(c.name(), curves, c.problems(), c.skippedFiles());
    }

    @ParameterizedTest
    @ValueSource(strings = {"csv", "fits", "vot", "ecsv", "parquet"})
    void timeScaleAndSetAsidePointsReadBack(String ext, @TempDir Path dir) throws Exception {
        Catalog cat = realMix(dir);
        assertEquals(4, cat.size(), "AAVSO R and B, CRTS, OGLE");
        int[] reasons = new int[SetAside.Reason.values().length];
        for (LightCurve c : cat.curves()) for (SetAside.Reason r : c.setAside().reason()) reasons[r.ordinal()]++;
        assertEquals(5, reasons[SetAside.Reason.UPPER_LIMIT.ordinal()]);
        assertEquals(1, reasons[SetAside.Reason.TIME_OUTLIER.ordinal()]);
        assertEquals(3, reasons[SetAside.Reason.EXCLUDED.ordinal()]);

        Path out = dir.resolve("mix." + ext);
        long rows = CatalogExport.write(cat, out);
        assertEquals(cat.curves().stream().mapToLong(c -> c.size() + c.setAside().size()).sum(), rows);
        Catalog back = CatalogLoader.load(out, CatalogLoader.Options.defaults(), ProgressMonitor.NONE);
        assertEquals(List.of(), back.problems(), "nothing set aside again, nothing skipped");
        assertEquals(cat.size(), back.size());
        for (LightCurve a : cat.curves()) {
            LightCurve b = back.curves().stream().filter(x -> x.id().equals(a.id()) && x.band().equals(a.band()))
                    .findFirst().orElseThrow();
            assertEquals(a.metadata().timeScale(), b.metadata().timeScale(), a.toString());
            assertArrayEquals(a.time(), b.time(), a.toString());
            assertArrayEquals(a.mag(), b.mag(), a.toString());
            assertArrayEquals(a.setAside().time(), b.setAside().time(), a.toString());
            assertArrayEquals(a.setAside().mag(), b.setAside().mag(), a.toString());
            assertArrayEquals(a.setAside().err(), b.setAside().err(), a.toString());
            assertArrayEquals(a.setAside().reason(), b.setAside().reason(), a.toString());
        }
        List<String> scales = back.curves().stream().map(c -> c.metadata().timeScale()).sorted().toList();
        assertEquals(List.of("HJD-2450000", "JD", "JD", "MJD"), scales);
    }

    @Test
    void theCsvSaysWhyEachPointIsSetAside(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("mix.csv");
        CatalogExport.write(realMix(dir), out);
        List<String> lines = Files.readAllLines(out);
        assertEquals("id,band,time,mag,err,class,time_scale,set_aside", lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("1009027036189,V,-2409998.5,") && l.endsWith(",MJD,time_outlier")),
                "the bad CRTS time stamp, with its reason");
        assertEquals(5, lines.stream().filter(l -> l.startsWith("135_9613,") && l.endsWith(",JD,upper_limit")).count());
        assertEquals(3, lines.stream().filter(l -> l.endsWith(",HJD-2450000,excluded")).count());
    }

    @Test
    void anUnknownReasonIsABadLine(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("e.csv"), "id,band,time,mag,err,class,time_scale,set_aside\n"
                + "s,V,1.5,12.0,0.1,,JD,\ns,V,2.5,12.1,0.1,,JD,\ns,V,3.5,12.2,0.1,,JD,cosmic_ray\n");
        Catalog c = CatalogLoader.load(f, CatalogLoader.Options.defaults(), ProgressMonitor.NONE);
        assertEquals(2, c.curves().get(0).size());
        assertEquals("expected a set-aside reason (upper_limit, time_outlier, mag_outlier, excluded) or an empty field, "
                + "found 'cosmic_ray' (line skipped)", c.problems().get(0).message());
        assertEquals(4, c.problems().get(0).line());
    }
}
