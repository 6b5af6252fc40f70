package org.cepheus.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import org.cepheus.TestData;
import org.cepheus.cli.CliRun;
import org.cepheus.learn.Prediction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Reports from the GUI, headless: classify 20 real CRTS stars (EW, LPV), filter the table to the
 * wrong answers, double-click one into the star view, export the report from the Classification
 * and the Evaluation views; the evaluation cell preview folds the star beside its raw curve.
 */
@ExtendWith(ApplicationExtension.class)
class ReportExportFlowTest {
    @TempDir static Path dir;
    static Path catalog, model;
    private Workbench workbench;

    @BeforeAll
    static void catalogAndModel() throws Exception {
        catalog = TestData.crtsSubset(TestData.crts().resolve("lc"), dir.resolve("crts20"), List.of("EW", "LPV"), 10);
        model = dir.resolve("m.zip");
        CliRun r = CliRun.of("train", catalog.toString(), "--model", "cnn2d", "--epochs", "2", "--batch", "4", "--lr", "1e-3",
                "--out", model.toString());
        assertEquals(0, r.code(), r.err());
    }

    @Start
    void start(Stage stage) {
        workbench = WorkbenchFixture.show(stage);
    }

    @Test
    void classifyFilterOpenAndExport(FxRobot robot) throws Exception {
        WorkbenchFlowTest.openAndWait(robot, workbench, catalog);
        var view = workbench.classification();
        robot.interact(() -> workbench.tabs().getSelectionModel().select(workbench.classificationTab()));
        robot.interact(() -> view.load(model));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> view.bundle() != null);
        robot.interact(view::classify);
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, view::canExportReport);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(20, view.table().getItems().size());

        robot.interact(() -> view.showOnly("wrong answers"));
        long wrong = view.table().getItems().stream().filter(p -> !p.isCorrect()).count();
        assertEquals(view.table().getItems().size(), wrong, "only wrong answers shown");
        robot.interact(() -> view.showOnly("predicted EW"));
        assertTrue(view.table().getItems().stream().allMatch(p -> p.predicted().equals("EW")));
        robot.interact(() -> view.showOnly("all stars"));
        assertEquals(20, view.table().getItems().size());
        assertTrue(view.filter().getItems().contains("predicted LPV"), "one filter per class of the model");

        Prediction third = view.table().getItems().get(2);
        Node row = robot.lookup("#predictionTable .table-row-cell")
                .match((javafx.scene.control.TableRow<?> r) -> r.getItem() == third).query();
        // a double click as JavaFX delivers it (the headless robot's two clicks do not count as one)
        robot.interact(() -> row.fireEvent(new MouseEvent(MouseEvent.MOUSE_CLICKED, 5, 5, 5, 5, MouseButton.PRIMARY, 2,
                false, false, false, false, true, false, false, true, false, false, null)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(workbench.catalogTab(), workbench.tabs().getSelectionModel().getSelectedItem(), "the star view came forward");
        assertEquals(third.id(), workbench.workspace().selectedStarProperty().get().id());

        robot.interact(() -> workbench.tabs().getSelectionModel().select(workbench.classificationTab()));
        Path html = dir.resolve("gui-report.html");
        robot.interact(() -> view.exportReport(html));
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> Files.exists(html));
        String page = Files.readString(html);
        assertTrue(page.contains("All stars (20)") && page.contains(third.id()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#classificationStatus").queryLabeled().getText().startsWith("Report written to"));
    }

    @Test
    void evaluationPreviewFoldsAndExportsAPdf(FxRobot robot) throws Exception {
        WorkbenchFlowTest.openAndWait(robot, workbench, catalog);
        var view = workbench.evaluation();
        robot.interact(() -> {
            workbench.workspace().modelPathProperty().set(model);
            workbench.tabs().getSelectionModel().select(workbench.evaluationTab());
            view.evaluate();
        });
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> view.result() != null);
        var r = view.result();
        int t = r.classNames().indexOf(r.predictions().get(0).trueLabel()), p = r.classNames().indexOf(r.predictions().get(0).predicted());
        robot.interact(() -> view.cellClicked(t, p));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> view.folded().chart() != null);
        assertNotNull(view.curve().chart(), "the raw curve");
        String title = view.folded().chart().getTitle().getText();
        assertTrue(title.startsWith("folded at P = "), title);
        assertEquals(2.0, view.folded().chart().getXYPlot().getDomainAxis().getUpperBound(), 1e-9, "two cycles");

        Path pdf = dir.resolve("gui-report.pdf");
        robot.interact(() -> view.exportReport(pdf));
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> Files.exists(pdf));
        byte[] head = Files.readAllBytes(pdf);
        assertEquals("%PDF", new String(head, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
    }
}
