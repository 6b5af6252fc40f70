package org.cepheus.ui;

import static org.junit.jupiter.api.Assertions.*;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.cepheus.TestData;
import org.cepheus.catalog.Catalog;
import org.cepheus.catalog.CatalogLoader;
import org.cepheus.catalog.LightCurve;
import org.cepheus.lightcurve.PeriodOptions;
import org.cepheus.lightcurve.PeriodSearch;
import org.cepheus.service.ProgressMonitor;
import org.cepheus.ui.views.BandChoice;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The star view of real two-band EROS Cepheids, headless: the band choice drives the periodogram,
 * the fold and the dm-dt image; a band has one colour in the raw and folded charts; legends name the bands.
 */
@ExtendWith(ApplicationExtension.class)
class StarViewBandsTest {
    private static final int RAW = 0, PERIODOGRAM = 1, FOLDED = 2, DMDT = 3;
    private Workbench workbench;

    @Start
    void start(Stage stage) {
        workbench = WorkbenchFixture.show(stage);
    }

    private List<LightCurve> openCepheids(FxRobot robot) throws Exception {
        Catalog c = CatalogLoader.load(TestData.eros(), CatalogLoader.Options.defaults().withClasses(Set.of("CEP")).withPerClassCap(3),
                ProgressMonitor.NONE);
        robot.interact(() -> {
            workbench.workspace().open(c, java.nio.file.Path.of("eros"));
            workbench.browser().table().getSelectionModel().select(0);
        });
        WaitForAsyncUtils.waitForFxEvents();
        String id = fx(() -> workbench.workspace().selectedStarProperty().get().id());
        return c.byStar().get(id);
    }

    private void tab(FxRobot robot, int t) {
        robot.interact(() -> workbench.starView().tabs().getSelectionModel().select(t));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void band(FxRobot robot, String b) {
        robot.interact(() -> robot.lookup("#bandChoice").<String>queryComboBox().getSelectionModel().select(b));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<String> legend(JFreeChart chart) {
        List<String> out = new ArrayList<>();
        var items = chart.getLegend().getSources()[0].getLegendItems();
        for (int i = 0; i < items.getItemCount(); i++) out.add(items.get(i).getLabel());
        return out;
    }

    private static Color rgb(Object paint) {
        Color c = (Color) paint;
        return new Color(c.getRed(), c.getGreen(), c.getBlue());
    }

    @Test
    void theChosenBandDrivesPeriodogramFoldAndDmDtWithOneColourPerBand(FxRobot robot) throws Exception {
        List<LightCurve> bands = openCepheids(robot);
        assertEquals(List.of("B", "R"), bands.stream().map(LightCurve::band).toList());
        assertEquals(List.of(BandChoice.ALL, "B", "R"), fx(() -> List.copyOf(robot.lookup("#bandChoice").<String>queryComboBox().getItems())));

        // raw: both bands, a legend naming them, B blue and R red
        tab(robot, RAW);
        JFreeChart raw = fx(() -> workbench.starView().raw().chartPane().chart());
        assertEquals(List.of("B", "R"), legend(raw));
        XYPlot rawPlot = raw.getXYPlot();
        Color rawB = rgb(rawPlot.getRenderer().getSeriesPaint(0)), rawR = rgb(rawPlot.getRenderer().getSeriesPaint(1));
        assertNotEquals(rawB, rawR);
        assertTrue(rawB.getBlue() > rawB.getRed() && rawR.getRed() > rawR.getBlue(), "B blue, R red");

        // mgls of all bands: the multiband period, each band's own periodogram beneath, a legend
        tab(robot, PERIODOGRAM);
        robot.interact(() -> robot.lookup("#periodMethod").<String>queryComboBox().getSelectionModel().select("mgls"));
        var pg = workbench.starView().periodogram();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fx(pg::isReady) && fx(pg::periodogram) != null);
        WaitForAsyncUtils.waitForFxEvents();
        double multiband = PeriodSearch.byName("mgls", PeriodOptions.defaults()).searchBands(bands, ProgressMonitor.NONE).bestPeriod();
        assertEquals(multiband, fx(() -> pg.periodogram().bestPeriod()), 1e-12);
        assertEquals(List.of("mgls B+R", "gls B", "gls R"), legend(fx(() -> pg.chartPane().chart())));

        // the fold of all bands at that period: one series and one mean per band, coloured as in the raw chart
        double period = fx(() -> pg.periodogram().bestPeriod());
        robot.interact(() -> pg.peakList().getSelectionModel().select(0));
        robot.interact(() -> workbench.starView().folded().setPeriod(workbench.workspace().selectedStarProperty().get(), period));
        tab(robot, FOLDED);
        var folded = workbench.starView().folded();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(folded::isReady) && fx(() -> folded.chartPane().chart()) != null);
        WaitForAsyncUtils.waitForFxEvents();
        XYPlot foldPlot = fx(() -> org.cepheus.ui.charts.FoldedCurveChart.pointsPlot(folded.chartPane().chart()));
        assertEquals(2, foldPlot.getDataset(0).getSeriesCount());
        assertEquals(2, foldPlot.getDataset(1).getSeriesCount(), "a mean curve per band");
        assertEquals(rawB, rgb(foldPlot.getRenderer(0).getSeriesPaint(0)));
        assertEquals(rawR, rgb(foldPlot.getRenderer(0).getSeriesPaint(1)));
        assertEquals(List.of("B", "B binned mean", "R", "R binned mean"), legend(fx(() -> folded.chartPane().chart())));
        assertTrue(fx(() -> folded.info().getText()).contains("B ") && fx(() -> folded.info().getText()).contains("R "));

        // choose R: the fold is of R alone, in R's colour
        band(robot, "R");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(folded::isReady)
                && fx(() -> org.cepheus.ui.charts.FoldedCurveChart.pointsPlot(folded.chartPane().chart()).getDataset(0).getSeriesCount()) == 1);
        WaitForAsyncUtils.waitForFxEvents();
        XYPlot rOnly = fx(() -> org.cepheus.ui.charts.FoldedCurveChart.pointsPlot(folded.chartPane().chart()));
        assertEquals(bands.get(1).size(), rOnly.getDataset(0).getItemCount(0) / 2, "R's points over two cycles");
        assertEquals(rawR, rgb(rOnly.getRenderer(0).getSeriesPaint(0)));
        assertEquals("R", legend(fx(() -> folded.chartPane().chart())).get(0));

        // the periodogram follows: mgls of R alone is R's GLS
        tab(robot, PERIODOGRAM);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fx(pg::isReady));
        WaitForAsyncUtils.waitForFxEvents();
        double rAlone = PeriodSearch.byName("gls", PeriodOptions.defaults()).search(bands.get(1)).bestPeriod();
        assertEquals(rAlone, fx(() -> pg.periodogram().bestPeriod()), 1e-9);
        assertTrue(fx(() -> pg.chartPane().chart().getTitle().getText()).contains("(mgls, R)"));
        assertEquals(rawR, rgb(fx(() -> pg.chartPane().chart().getXYPlot().getRenderer(0).getSeriesPaint(0))));

        // dm-dt of the chosen band, said on the image; back to all: one image per band side by side
        tab(robot, DMDT);
        var dmdt = workbench.starView().dmdt();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(dmdt::isReady) && fx(() -> dmdt.chartPane().chart()) != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fx(() -> dmdt.chartPane().chart().getTitle().getText()).endsWith("dm-dt, band R"));
        band(robot, "B");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(dmdt::isReady)
                && fx(() -> dmdt.chartPane().chart().getTitle().getText()).endsWith("dm-dt, band B"));
        assertEquals(1, fx(() -> dmdt.bandPanes().size()));
        band(robot, BandChoice.ALL);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(dmdt::isReady) && fx(() -> dmdt.bandPanes().size()) == 2);
        List<String> titles = fx(() -> dmdt.bandPanes().stream().map(c -> c.chart().getTitle().getText()).toList());
        assertEquals(2, titles.size());
        assertTrue(titles.get(0).endsWith("dm-dt, band " + bands.get(0).band()) && titles.get(1).endsWith("dm-dt, band "
                + bands.get(1).band()), titles.toString());
        // each image is its own band's: the pairs counted are each band's
        String info = fx(() -> dmdt.info().getText());
        for (LightCurve b : bands) {
            assertTrue(info.contains(b.band() + " " + String.format("%,d pairs", org.cepheus.lightcurve.DmDt.pairs(b.size()))), info);
        }
        assertTrue(fx(() -> dmdt.bandPanes().get(1).getWidth() > 100), "side by side, both drawn");
    }

    private static <T> T fx(java.util.concurrent.Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }
}
