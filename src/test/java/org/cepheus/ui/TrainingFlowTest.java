package org.cepheus.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.cepheus.learn.EvaluationResult;
import org.cepheus.learn.ModelKinds;
import org.cepheus.learn.Prediction;
import org.cepheus.ui.views.TrainingView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A short real training from the training view (three classes of the sample catalog, a few stars
 * each, two epochs): the loss chart gains points while it runs, the saved model's test results
 * fill the confusion matrix, clicking a cell lists its stars and shows one curve, and the model
 * classifies the open catalog into the table.
 */
@ExtendWith(ApplicationExtension.class)
class TrainingFlowTest {
    private static final List<String> CLASSES = List.of("EW", "RRab", "LPV");
    private Workbench workbench;

    @TempDir
    Path tmp;

    @Start
    void start(Stage stage) {
        workbench = WorkbenchFixture.show(stage);
    }

    @Test
    void trainEvaluateClickCellClassify(FxRobot robot) throws Exception {
        WorkbenchFlowTest.openAndWait(robot, workbench, WorkbenchFixture.sampleCatalog());
        robot.clickOn("#trainingTab");
        TrainingView training = workbench.training();
        Path model = tmp.resolve("quick.zip");
        PulseProbe probe = new PulseProbe();
        robot.interact(() -> {
            training.classes().getCheckModel().clearChecks();
            for (String item : training.classes().getItems()) {
                if (CLASSES.stream().anyMatch(c -> item.startsWith(c + " "))) training.classes().getCheckModel().check(item);
            }
            training.model().getSelectionModel().select(ModelKinds.CNN2D);
            training.setConfig(training.config().withEpochs(2).withPatience(2).withBatchSize(4));
            training.perClass().getValueFactory().setValue(12);
            training.output().setText(model.toString());
            probe.start();
        });
        assertEquals(3, training.classes().getCheckModel().getCheckedItems().size(), "three classes checked");
        robot.clickOn("#startTraining");

        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> training.charts().iterationPoints() > 0);
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> training.running().isDone()
                && workbench.workspace().modelPathProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(probe::stop);
        System.out.printf("TrainingFlowTest probe: %d FX pulses, gap p50 %.1f / p99 %.1f / max %.1f ms, %d gaps > 50 ms (longest began %.0f ms after start, FX-thread CPU in it %.1f ms; max FX CPU between pulses %.1f ms); "
                + "longest listener batch on the FX thread %.1f ms wall, %.1f ms CPU%n", probe.frames(), probe.quantileMillis(0.5),
                probe.quantileMillis(0.99), probe.maxGapMillis(), probe.gapsOver(50), probe.worstGapStartMillis(), probe.worstGapCpuMillis(), probe.maxCpuBetweenPulsesMillis(), training.listener().maxDeliveryMillis(), training.listener().maxDeliveryCpuMillis());
        assertTrue(training.charts().iterationPoints() >= 2, "loss per iteration plotted");
        assertEquals(2, training.charts().epochPoints(), "one point per epoch");
        assertTrue(Files.isRegularFile(model), "model written where the view said");
        assertTrue(robot.lookup("#savedModel").queryLabeled().getText().contains("quick.zip"));

        robot.clickOn("#evaluationTab");
        EvaluationResult result = workbench.workspace().evaluationProperty().get();
        assertNotNull(result, "training's test metrics reach the evaluation view");
        int[] cell = nonEmptyCell(result);
        robot.clickOn("#cell-" + cell[0] + "-" + cell[1]);
        List<Prediction> listed = workbench.evaluation().cellStars().getItems();
        assertEquals(result.confusion()[cell[0]][cell[1]], listed.size(), "the cell lists its stars");
        for (Prediction p : listed) {
            assertEquals(result.classNames().get(cell[0]), p.trueLabel());
            assertEquals(result.classNames().get(cell[1]), p.predicted());
        }
        assertNotNull(workbench.evaluation().curve().chart(), "first star's curve shown");
        assertTrue(workbench.evaluation().curve().chart().getTitle().getText().contains("true " + listed.get(0).trueLabel()));

        robot.clickOn("#classificationTab");
        robot.interact(() -> workbench.classification().classifyWhenLoaded());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !workbench.classification().table().getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents(); // the table fills first, the catalog rows in the same FX callback
        StarRow first = workbench.workspace().stars().get(0);
        assertNotNull(first.predictedProperty().get(), "predictions reach the catalog table");
        assertFalse(Double.isNaN(first.probabilityProperty().get()));
    }

    private static int[] nonEmptyCell(EvaluationResult r) {
        int[][] c = r.confusion();
        for (int i = 0; i < c.length; i++) for (int j = 0; j < c.length; j++) if (c[i][j] > 0) return new int[]{i, j};
        throw new AssertionError("empty confusion matrix");
    }
}
