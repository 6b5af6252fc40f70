package org.cepheus.catalog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cepheus.TestData;
import org.cepheus.service.ProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Points the user excludes are saved beside the catalog and set aside by every later load. */
class ExclusionsTest {

    private static LightCurve loadOne(Path p) throws IOException {
        Catalog c = CatalogLoader.load(p, CatalogLoader.Options.defaults(), ProgressMonitor.NONE);
        assertEquals(1, c.size(), c.problems().toString());
        return c.curves().get(0);
    }

    @Test
    void aBoxExcludesSavesReloadsAndASecondBoxReincludes(@TempDir Path tmp) throws IOException {
        Path folder = Files.createDirectory(tmp.resolve("mine"));
        Files.copy(TestData.crts().resolve("lc/1009027036189-EW.csv"), folder.resolve("1009027036189-EW.csv"));
        LightCurve c = loadOne(folder);
        int n = c.size();
        // a box around the first night's points
        double t0 = c.time()[0] - 0.01, t1 = c.time()[0] + 0.5;
        LightCurve ex = Exclusions.toggle(c, t0, t1, 0, 30);
        int boxed = n - ex.size();
        assertTrue(boxed >= 1 && boxed < n, "points boxed: " + boxed);
        assertEquals(boxed, ex.setAside().count(SetAside.Reason.EXCLUDED));
        assertEquals(1, ex.setAside().count(SetAside.Reason.TIME_OUTLIER), "the loader's outlier stays set aside");
        for (double t : ex.time()) assertFalse(t <= t1, "no excluded time left in the arrays");

        Exclusions.of(List.of(ex)).saveBeside(folder);
        Path sidecar = tmp.resolve("mine.cepheus-exclusions.json");
        assertTrue(Files.isRegularFile(sidecar), "saved beside the folder");
        assertTrue(Files.readString(sidecar).contains("\"id\" : \"1009027036189\""));
        LightCurve again = loadOne(folder);
        assertArrayEquals(ex.time(), again.time(), "the next load leaves the same points out");
        assertEquals(boxed, again.setAside().count(SetAside.Reason.EXCLUDED));

        LightCurve back = Exclusions.toggle(again, t0, t1, 0, 30);
        assertArrayEquals(c.time(), back.time(), "a second box over them brings them back");
        assertArrayEquals(c.mag(), back.mag());
        assertArrayEquals(c.err(), back.err());
        assertEquals(0, back.setAside().count(SetAside.Reason.EXCLUDED));
        Exclusions.of(List.of(back)).saveBeside(folder);
        assertFalse(Files.exists(sidecar), "nothing excluded: no sidecar");
        assertEquals(n, loadOne(folder).size());
    }

    @Test
    void aBrokenSidecarIsReportedAndIgnored(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("1009027036189-EW.csv");
        Files.copy(TestData.crts().resolve("lc/1009027036189-EW.csv"), file);
        Files.writeString(tmp.resolve("1009027036189-EW.csv.cepheus-exclusions.json"), "{not json");
        Catalog c = CatalogLoader.load(file, CatalogLoader.Options.defaults(), ProgressMonitor.NONE);
        assertEquals(1, c.size());
        assertTrue(c.problems().stream().anyMatch(p -> p.file().getFileName().toString().endsWith(".cepheus-exclusions.json")
                && p.message().startsWith("cannot read the excluded points")), c.problems().toString());
        // a folder walk does not take the sidecar for a light-curve file
        Catalog folder = CatalogLoader.load(tmp, CatalogLoader.Options.defaults(), ProgressMonitor.NONE);
        assertTrue(folder.problems().stream().noneMatch(p -> p.message().contains("unrecognised")), folder.problems().toString());
    }
}
