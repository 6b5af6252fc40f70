package org.cepheus.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.cepheus.TestData;
import org.cepheus.catalog.Catalog;
import org.cepheus.catalog.CatalogLoader;
import org.cepheus.service.ProgressMonitor;
import org.cepheus.ui.charts.TimeAxisLabel;
import org.junit.jupiter.api.Test;

/** The time axis is named from the real surveys' time values. */
class TimeAxisLabelTest {
    @Test
    void crtsIsMjdAndOgleIsHjdMinus2450000() throws Exception {
        Catalog sample = CatalogLoader.load(TestData.sampleData(), CatalogLoader.Options.defaults(), ProgressMonitor.NONE);
        int crts = 0, ogle = 0;
        for (var c : sample.curves()) {
            String label = TimeAxisLabel.forTimes(c.time()[0]);
            if (c.id().startsWith("OGLE")) {
                assertEquals("HJD - 2450000 [d]", label, c.id());
                ogle++;
            } else {
                assertEquals("MJD [d]", label, c.id());
                crts++;
            }
        }
        assertEquals(true, crts > 0 && ogle > 0, "both surveys in the sample");
        assertEquals("HJD [d]", TimeAxisLabel.forTimes(2_455_000.5));
        assertEquals("time [d]", TimeAxisLabel.forTimes(290.34), "EROS-1 times have an unknown origin");
    }
}
