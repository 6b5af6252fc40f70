package org.cepheus.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.cepheus.TestData;
import org.cepheus.catalog.Catalog;
import org.cepheus.catalog.CatalogLoader;
import org.cepheus.catalog.LightCurve;
import org.cepheus.catalog.SetAside;
import org.cepheus.lightcurve.PhaseFold;
import org.cepheus.service.ProgressMonitor;
import org.cepheus.ui.charts.FoldedCurveChart;
import org.cepheus.ui.views.FoldedPane;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A box on the folded view excludes points by phase and magnitude, and brings back an outlier set
 * aside at loading; both are saved in the sidecar and applied by the next load (#12). The star is
 * the real CRTS 1009027036189 with its MJD -2409998.5 point.
 */
@ExtendWith(ApplicationExtension.class)
class FoldedExclusionsTest {
    private static final double P = 0.3712; // any trial period: the box works on the fold as drawn
    private Workbench workbench;

    @TempDir
    Path tmp;

    @Start
    void start(Stage stage) {
        workbench = WorkbenchFixture.show(stage);
    }

    private Path folder() throws Exception {
        Path folder = Files.createDirectory(tmp.resolve("mine"));
        Files.copy(TestData.crts().resolve("lc/1009027036189-EW.csv"), folder.resolve("1009027036189-EW.csv"));
        return folder;
    }

    private FoldedPane foldAt(FxRobot robot, Path folder) throws Exception {
        Catalog cat = CatalogLoader.load(folder, CatalogLoader.Options.defaults(), ProgressMonitor.NONE);
        robot.interact(() -> {
            workbench.workspace().open(cat, folder);
            workbench.browser().table().getSelectionModel().select(0);
        });
        robot.clickOn("#foldedTab");
        FoldedPane f = workbench.starView().folded();
        robot.interact(() -> f.setPeriod(workbench.workspace().selectedStarProperty().get(), P));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> f.isReady() && !Double.isNaN(f.drawnEpoch())
                && f.chartPane().chart() != null);
        return f;
    }

    private static LightCurve current(Workbench w) {
        return w.workspace().selectedStarProperty().get().primary();
    }

    @Test
    void aDraggedPhaseBoxExcludesThosePointsAndTheNextLoadToo(FxRobot robot) throws Exception {
        Path folder = folder();
        FoldedPane f = foldAt(robot, folder);
        LightCurve before = current(workbench);
        double e = f.drawnEpoch();
        // the box dragged below: phases 0.20-0.30 over every magnitude drawn (to a pixel or two: 0.01 in phase)
        int inner = 0, outer = 0;
        for (double t : before.time()) {
            double ph = PhaseFold.phase(t, P, e);
            if (ph >= 0.21 && ph <= 0.29) inner++;
            if (ph >= 0.19 && ph <= 0.31) outer++;
        }
        assertTrue(inner > 5, "a box over real points: " + inner);
        robot.clickOn("#foldExcludePoints");
        var canvas = f.chartPane().viewer().getCanvas();
        var info = canvas.getRenderingInfo().getPlotInfo();
        java.awt.geom.Rectangle2D area = info.getSubplotCount() > 0 ? info.getSubplotInfo(0).getDataArea() : info.getDataArea();
        XYPlot plot = FoldedCurveChart.pointsPlot(f.chartPane().chart());
        double x0 = plot.getDomainAxis().valueToJava2D(0.2, area, plot.getDomainAxisEdge());
        double x1 = plot.getDomainAxis().valueToJava2D(0.3, area, plot.getDomainAxisEdge());
        robot.drag(canvas.localToScreen(x0, area.getMinY() + 1)).dropTo(canvas.localToScreen(x1, area.getMaxY() - 1));
        WaitForAsyncUtils.waitForFxEvents();
        LightCurve after = current(workbench);
        double outlierPhase = PhaseFold.phase(before.setAside().time()[0], P, e);
        int back = outlierPhase >= 0.2 && outlierPhase <= 0.3 ? 1 : 0; // the grey outlier, if the box covers it
        int excluded = after.setAside().count(SetAside.Reason.EXCLUDED);
        assertTrue(excluded >= inner && excluded <= outer, "the points in the box, by phase: " + inner + " <= " + excluded
                + " <= " + outer);
        assertEquals(before.size() - excluded + back, after.size());
        for (int i = 0; i < after.setAside().size(); i++) {
            if (after.setAside().reason()[i] != SetAside.Reason.EXCLUDED) continue;
            double ph = PhaseFold.phase(after.setAside().time()[i], P, e);
            assertTrue(ph >= 0.19 && ph <= 0.31, "excluded at phase " + ph);
        }
        assertTrue(Files.isRegularFile(tmp.resolve("mine.cepheus-exclusions.json")));
        Catalog reloaded = CatalogLoader.load(folder, CatalogLoader.Options.defaults(), ProgressMonitor.NONE);
        assertEquals(after.size(), reloaded.curves().get(0).size(), "the next load leaves them out too");
    }

    @Test
    void aMagnitudeOutlierSetAsideAtLoadingIsBroughtBackAndStaysBack(FxRobot robot) throws Exception {
        Path folder = Files.createDirectory(tmp.resolve("mine"));
        Files.copy(TestData.crts().resolve("lc/1001031021692-EA.csv"), folder.resolve("1001031021692-EA.csv"));
        FoldedPane f = foldAt(robot, folder);
        LightCurve before = current(workbench);
        assertEquals(1, before.setAside().count(SetAside.Reason.MAG_OUTLIER));
        double t = before.setAside().time()[0], m = before.setAside().mag()[0];
        double ph = PhaseFold.phase(t, P, f.drawnEpoch());
        int alsoCovered = 0; // real points that happen to sit in the same small box are excluded by it
        for (int i = 0; i < before.size(); i++) {
            double q = PhaseFold.phase(before.time()[i], P, f.drawnEpoch());
            if (Math.abs(q - ph) <= 0.002 && Math.abs(before.mag()[i] - m) <= 0.002) alsoCovered++;
        }
        robot.interact(() -> f.excludeBox(ph - 0.002, ph + 0.002, m - 0.002, m + 0.002));
        LightCurve after = current(workbench);
        assertEquals(0, after.setAside().count(SetAside.Reason.MAG_OUTLIER), "brought back");
        assertEquals(before.size() + 1 - alsoCovered, after.size());
        assertTrue(java.util.Arrays.stream(after.time()).anyMatch(x -> x == t));
        String sidecar = Files.readString(tmp.resolve("mine.cepheus-exclusions.json"));
        assertTrue(sidecar.contains("\"included\"") && sidecar.contains(Double.toString(t)), sidecar);
        Catalog reloaded = CatalogLoader.load(folder, CatalogLoader.Options.defaults(), ProgressMonitor.NONE);
        LightCurve again = reloaded.curves().get(0);
        assertEquals(after.size(), again.size(), "the outlier rule sets it aside, the sidecar brings it back");
        assertEquals(0, again.setAside().count(SetAside.Reason.MAG_OUTLIER));
        // a second box over it excludes it again: then it is no longer kept as brought back (the
        // brightest point is back, so the max-light epoch, and with it the point's phase, moved)
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, f::isReady);
        WaitForAsyncUtils.waitForFxEvents();
        double ph2 = PhaseFold.phase(t, P, f.drawnEpoch());
        robot.interact(() -> f.excludeBox(ph2 - 0.002, ph2 + 0.002, m - 0.002, m + 0.002));
        LightCurve third = current(workbench);
        assertTrue(java.util.Arrays.stream(third.setAside().time()).anyMatch(x -> x == t));
        Catalog last = CatalogLoader.load(folder, CatalogLoader.Options.defaults(), ProgressMonitor.NONE);
        assertEquals(third.size(), last.curves().get(0).size());
    }

    @Test
    void aTimeOutlierIsNotDrawnOnTheFoldSoNoBoxBringsItBack(FxRobot robot) throws Exception {
        FoldedPane f = foldAt(robot, folder());
        LightCurve before = current(workbench);
        double t = before.setAside().time()[0], m = before.setAside().mag()[0];
        assertEquals(-2409998.5, t);
        double ph = PhaseFold.phase(t, P, f.drawnEpoch());
        robot.interact(() -> f.excludeBox(ph - 0.0005, ph + 0.0005, m - 0.0005, m + 0.0005));
        assertEquals(1, current(workbench).setAside().count(SetAside.Reason.TIME_OUTLIER), "still set aside");
    }
}
