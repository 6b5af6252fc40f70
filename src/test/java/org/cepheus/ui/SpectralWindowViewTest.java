package org.cepheus.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.cepheus.TestData;
import org.cepheus.catalog.Catalog;
import org.cepheus.catalog.CatalogLoader;
import org.cepheus.lightcurve.SpectralWindow;
import org.cepheus.service.ProgressMonitor;
import org.jfree.chart.LegendItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The periodogram pane draws the spectral window of the sampling when asked (#12). */
@ExtendWith(ApplicationExtension.class)
class SpectralWindowViewTest {
    private Workbench workbench;

    @Start
    void start(Stage stage) {
        workbench = WorkbenchFixture.show(stage);
    }

    @Test
    void theWindowIsDrawnBeneathThePeriodogramAndNamed(FxRobot robot) throws Exception {
        var file = TestData.crts().resolve("lc/1001006006382-EW.csv");
        Catalog cat = CatalogLoader.load(file, CatalogLoader.Options.defaults(), ProgressMonitor.NONE);
        robot.interact(() -> {
            workbench.workspace().open(cat, file);
            workbench.browser().table().getSelectionModel().select(0);
        });
        robot.clickOn("#periodogramTab");
        var pg = workbench.starView().periodogram();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> pg.isReady() && pg.periodogram() != null);
        assertNull(pg.windowPower(), "off by default");
        robot.clickOn("#spectralWindow");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> pg.windowPower() != null);
        WaitForAsyncUtils.waitForFxEvents();
        double[] expected = SpectralWindow.power(cat.curves().get(0).time(), pg.periodogram().grid(), ProgressMonitor.NONE);
        assertEquals(expected.length, pg.windowPower().length);
        assertEquals(expected[expected.length / 3], pg.windowPower()[expected.length / 3], 1e-12);
        List<String> legend = new ArrayList<>();
        var chart = pg.chartPane().chart();
        assertNotNull(chart);
        for (var it = chart.getXYPlot().getLegendItems().iterator(); it.hasNext(); ) legend.add(((LegendItem) it.next()).getLabel());
        assertTrue(legend.contains("spectral window"), legend.toString());
        robot.clickOn("#spectralWindow");
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(pg.windowPower(), "off again");
    }
}
