package org.cepheus.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cepheus.TestData;
import org.cepheus.catalog.Catalog;
import org.cepheus.catalog.CatalogLoader;
import org.cepheus.catalog.LightCurve;
import org.cepheus.service.ProgressMonitor;
import org.cepheus.ui.charts.RawCurveChart;
import org.cepheus.ui.charts.TimeAxisLabel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The time axis says the time scale the file states, and nothing it does not. */
class TimeAxisLabelTest {
    private static String axis(List<LightCurve> curves) {
        return new RawCurveChart("t", curves).chart().getXYPlot().getDomainAxis().getLabel();
    }

    @Test
    void crtsIsMjdOgleIsHjdMinus2450000ErosIsUnknown() throws Exception {
        Catalog sample = CatalogLoader.load(TestData.sampleData(), CatalogLoader.Options.defaults(), ProgressMonitor.NONE);
        int crts = 0, ogle = 0;
        for (var c : sample.curves()) {
            if (c.id().startsWith("OGLE")) {
                assertEquals("HJD - 2450000 [d]", axis(List.of(c)), c.id());
                ogle++;
            } else {
                assertEquals("MJD [d]", axis(List.of(c)), c.id());
                crts++;
            }
        }
        assertTrue(crts > 0 && ogle > 0, "both surveys in the sample");
        Catalog eros = CatalogLoader.load(TestData.eros().resolve("R").resolve("135_9613.dat"),
                CatalogLoader.Options.defaults(), ProgressMonitor.NONE);
        assertEquals("time [d]", axis(eros.curves()), "EROS-1 times have no stated origin");
    }

    @Test
    void aJdColumnIsJdNotHjd(@TempDir Path dir) throws Exception {
        Catalog aavso = CatalogLoader.load(TestData.root().resolve("converted/aavso-eros-135_9613.csv"),
                CatalogLoader.Options.defaults(), ProgressMonitor.NONE);
        assertEquals("JD [d]", axis(aavso.curves()), "both bands JD");
        StringBuilder sb = new StringBuilder("BJD_TDB,Vmag\n");
        for (String line : Files.readAllLines(TestData.eros().resolve("B").resolve("135_9613.dat"))) {
            String[] f = line.trim().split("\\s+");
            sb.append(f[0]).append(',').append(f[1]).append('\n');
        }
        Path table = Files.writeString(dir.resolve("bjd.csv"), sb);
        Catalog bjd = CatalogLoader.load(table, CatalogLoader.Options.defaults(), ProgressMonitor.NONE);
        assertEquals("BJD_TDB [d]", axis(bjd.curves()));
        // curves that disagree get the plain label
        assertEquals("time [d]", axis(List.of(aavso.curves().get(0), bjd.curves().get(0))));
        assertEquals("HJD - 2400000 [d]", TimeAxisLabel.forScale("HJD-2400000"));
    }
}
