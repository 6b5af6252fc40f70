package org.cepheus.ui;

import static org.junit.jupiter.api.Assertions.*;

import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.cepheus.ui.charts.PeriodogramChart;
import org.cepheus.ui.views.PeriodogramPane;
import org.jfree.chart.axis.LogAxis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Periodogram axes, per-peak columns, prewhitening and fold epochs, driven headless on the sample catalog. */
@ExtendWith(ApplicationExtension.class)
class PeriodAnalysisFlowTest {
    private Workbench workbench;

    @Start
    void start(Stage stage) {
        workbench = WorkbenchFixture.show(stage);
    }

    private StarRow cepheid(FxRobot robot) throws Exception {
        WorkbenchFlowTest.openAndWait(robot, workbench, WorkbenchFixture.sampleCatalog());
        StarRow star = workbench.workspace().stars().stream()
                .filter(r -> r.primary().metadata().hasPeriod()).findFirst().orElseThrow();
        robot.interact(() -> workbench.workspace().selectedStarProperty().set(star));
        return star;
    }

    @Test
    void periodAxisPeakColumnsAndPrewhitening(FxRobot robot) throws Exception {
        cepheid(robot);
        robot.clickOn("#periodogramTab");
        PeriodogramPane pane = workbench.starView().periodogram();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> pane.isReady() && pane.periodogram() != null);
        WaitForAsyncUtils.waitForFxEvents();
        PeriodogramPane.Row best = pane.peakList().getItems().get(0);
        assertTrue(best.peak().snr() > 1 && best.peak().fap() >= 0 && best.peak().periodError() > 0, best.toString());

        robot.interact(() -> pane.axisChoice().setValue(PeriodogramChart.Axis.LOG_PERIOD));
        WaitForAsyncUtils.waitForFxEvents();
        var chart = pane.chartPane().chart();
        assertInstanceOf(LogAxis.class, chart.getXYPlot().getDomainAxis());
        assertEquals("period [d]", chart.getXYPlot().getDomainAxis().getLabel());
        double x = chart.getXYPlot().getDataset(1).getXValue(0, 0);
        assertEquals(best.period(), x, 1e-9, "the best peak's mark sits at its period");
        chart.createBufferedImage(700, 350); // paints the labels
        var labels = PeriodogramChart.drawnLabels(chart);
        assertTrue(labels.get(0).startsWith("P = "), "the best peak keeps its label: " + labels);

        robot.clickOn("#prewhiten");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> pane.peakList().getItems().size() > 0
                && pane.peakList().getItems().get(0).step() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        var rows = pane.peakList().getItems();
        assertTrue(rows.size() >= 2, "successive periods listed: " + rows);
        assertEquals(best.period(), rows.get(0).period(), 1e-9, "step 1 is the best period");
        assertEquals(2, rows.get(1).step());
        assertTrue(Math.abs(1 / rows.get(1).period() - 1 / rows.get(0).period()) > 1e-4, "step 2 is another period");
    }

    @Test
    void foldAtPrimaryMinimumWithFourierFitAndResiduals(FxRobot robot) throws Exception {
        StarRow star = cepheid(robot);
        robot.clickOn("#foldedTab");
        var folded = workbench.starView().folded();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> folded.isReady() && folded.chartPane().chart() != null);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> folded.epochMode().setValue("primary minimum"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> folded.isReady() && folded.info().getText().contains("rms"));
        WaitForAsyncUtils.waitForFxEvents();
        double p = folded.currentPeriod();
        double expected = org.cepheus.lightcurve.PhaseFold.epoch(star.primary(), p, org.cepheus.lightcurve.PhaseFold.Epoch.PRIMARY_MINIMUM);
        assertTrue(folded.info().getText().contains(String.format("epoch %.4f", expected)), folded.info().getText());
        var plot = folded.chartPane().chart().getXYPlot();
        assertInstanceOf(org.jfree.chart.plot.CombinedDomainXYPlot.class, plot, "fold over its residual panel");
        assertEquals(2, ((org.jfree.chart.plot.CombinedDomainXYPlot) plot).getSubplots().size());
        assertTrue(folded.chartPane().chart().getTitle().getText().contains("rms"));

        robot.interact(() -> {
            folded.epochField().setText("1234.5");
            folded.epochField().fireEvent(new javafx.event.ActionEvent());
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> folded.isReady() && folded.info().getText().contains("epoch 1234.5000"));
        assertEquals("typed", folded.epochMode().getValue());
    }
}
