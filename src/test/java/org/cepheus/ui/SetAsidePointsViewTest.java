package org.cepheus.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.cepheus.TestData;
import org.cepheus.catalog.Catalog;
import org.cepheus.catalog.CatalogLoader;
import org.cepheus.service.ProgressMonitor;
import org.cepheus.ui.charts.RawCurveChart;
import org.cepheus.ui.charts.SetAsideSeries;
import org.jfree.chart.LegendItem;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Points set aside at loading are drawn apart on the raw view, with a legend, and counted (#12). */
@ExtendWith(ApplicationExtension.class)
class SetAsidePointsViewTest {
    private Workbench workbench;

    @Start
    void start(Stage stage) {
        workbench = WorkbenchFixture.show(stage);
    }

    private RawCurveChart showStar(FxRobot robot, Path file) throws Exception {
        Catalog cat = CatalogLoader.load(file, CatalogLoader.Options.defaults(), ProgressMonitor.NONE);
        robot.interact(() -> {
            workbench.workspace().open(cat, file);
            workbench.browser().table().getSelectionModel().select(0);
        });
        RawCurveChart chart = workbench.starView().raw().current();
        assertNotNull(chart);
        return chart;
    }

    @Test
    void aBadTimeStampIsASeparateSeriesThatDoesNotSquashTheTimeAxis(FxRobot robot) throws Exception {
        RawCurveChart chart = showStar(robot, TestData.crts().resolve("lc/1009027036189-EW.csv"));
        XYSeriesCollection aside = chart.setAside();
        assertNotNull(aside, "the set-aside points are drawn");
        assertEquals(1, aside.getSeriesCount());
        assertEquals(SetAsideSeries.OUTLIERS, aside.getSeriesKey(0));
        assertEquals(-2409998.5, aside.getSeries(0).getX(0).doubleValue());
        XYPlot plot = chart.chart().getXYPlot();
        assertTrue(plot.getDomainAxis().getLowerBound() > 50000, "axis kept on the survey's years: "
                + plot.getDomainAxis().getRange());
        List<String> legend = new ArrayList<>();
        for (var it = plot.getLegendItems().iterator(); it.hasNext(); ) legend.add(((LegendItem) it.next()).getLabel());
        assertTrue(legend.contains(SetAsideSeries.OUTLIERS), legend.toString());
        assertTrue(robot.lookup((Label l) -> l.getText().equals("1 time outlier")).tryQuery().isPresent(),
                "the metadata panel counts the point");
        assertTrue(robot.lookup((Label l) -> l.getText().contains("1 set aside")).tryQuery().isPresent());
    }

    @Test
    void aMagnitudeOutlierIsDrawnInsideTheView(FxRobot robot) throws Exception {
        RawCurveChart chart = showStar(robot, TestData.crts().resolve("lc/1001031021692-EA.csv"));
        XYSeriesCollection aside = chart.setAside();
        assertNotNull(aside);
        double t = aside.getSeries(0).getX(0).doubleValue(), m = aside.getSeries(0).getY(0).doubleValue();
        XYPlot plot = chart.chart().getXYPlot();
        assertTrue(plot.getDomainAxis().getRange().contains(t) && plot.getRangeAxis().getRange().contains(m),
                "in view: " + t + ", " + m);
        assertTrue(robot.lookup((Label l) -> l.getText().equals("1 magnitude outlier")).tryQuery().isPresent());
    }

    @Test
    void clickingAPointNamesItsFileAndLine(FxRobot robot) throws Exception {
        RawCurveChart chart = showStar(robot, TestData.crts().resolve("lc/1001031021692-EA.csv"));
        double t = chart.setAside().getSeries(0).getX(0).doubleValue(), m = chart.setAside().getSeries(0).getY(0).doubleValue();
        var canvas = workbench.starView().raw().chartPane().viewer().getCanvas();
        java.awt.geom.Rectangle2D area = canvas.getRenderingInfo().getPlotInfo().getDataArea();
        XYPlot plot = chart.chart().getXYPlot();
        double x = plot.getDomainAxis().valueToJava2D(t, area, plot.getDomainAxisEdge());
        double y = plot.getRangeAxis().valueToJava2D(m, area, plot.getRangeAxisEdge());
        robot.clickOn(canvas.localToScreen(x, y));
        String picked = workbench.starView().raw().picked().getText();
        assertTrue(picked.contains("1001031021692-EA.csv:175") && picked.contains("mag outlier")
                && picked.contains("mag 13.175"), picked);
    }

    @Test
    void aBoxExcludesPointsEverywhereAndIsSavedBesideTheCatalog(FxRobot robot, @org.junit.jupiter.api.io.TempDir Path tmp)
            throws Exception {
        Path folder = java.nio.file.Files.createDirectory(tmp.resolve("mine"));
        java.nio.file.Files.copy(TestData.crts().resolve("lc/1001006006382-EW.csv"), folder.resolve("1001006006382-EW.csv"));
        RawCurveChart before = showStar(robot, folder);
        StarRow row = workbench.workspace().selectedStarProperty().get();
        int n = row.primary().size();
        double t0 = row.primary().time()[0];
        robot.interact(() -> workbench.starView().raw().excludeBox(t0 - 0.01, t0 + 0.5, 0, 30));
        StarRow now = workbench.workspace().selectedStarProperty().get();
        int excluded = n - now.primary().size();
        assertTrue(excluded > 0, "points left out");
        assertEquals(now.primary(), workbench.workspace().catalog().curves().get(0), "later jobs read the edited curve");
        RawCurveChart chart = workbench.starView().raw().current();
        assertTrue(chart != before && chart.setAside() != null);
        assertEquals(SetAsideSeries.EXCLUDED, chart.setAside().getSeriesKey(0));
        assertEquals(excluded, chart.setAside().getSeries(0).getItemCount());
        Path sidecar = tmp.resolve("mine.cepheus-exclusions.json");
        assertTrue(java.nio.file.Files.isRegularFile(sidecar));
        Catalog reloaded = CatalogLoader.load(folder, CatalogLoader.Options.defaults(), ProgressMonitor.NONE);
        assertEquals(n - excluded, reloaded.curves().get(0).size(), "reloaded next time");
    }

    @Test
    void aCurveWithNothingSetAsideHasNoSuchSeries(FxRobot robot) throws Exception {
        RawCurveChart chart = showStar(robot, TestData.crts().resolve("lc/1001006006382-EW.csv"));
        assertEquals(null, chart.setAside());
        // every chart has a band legend; nothing set aside adds no entry to it
        org.jfree.chart.title.LegendTitle legend = chart.chart().getLegend();
        int entries = legend == null ? 0 : legend.getSources()[0].getLegendItems().getItemCount();
        assertEquals(1, entries, "only the band");
    }
}
