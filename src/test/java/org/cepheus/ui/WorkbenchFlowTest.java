package org.cepheus.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.cepheus.ui.views.CatalogBrowserView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The workbench driven like a user would, headless (Monocle): open the sample catalog, pick a
 * star in the table, fold it at a typed period, look at its dm-dt image.
 */
@ExtendWith(ApplicationExtension.class)
class WorkbenchFlowTest {
    private Workbench workbench;

    @Start
    void start(Stage stage) {
        workbench = WorkbenchFixture.show(stage);
    }

    static void openAndWait(FxRobot robot, Workbench w, Path catalog) throws Exception {
        robot.interact(() -> w.open(catalog));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> w.workspace().catalog() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void browseSelectFoldAndDmDt(FxRobot robot) throws Exception {
        openAndWait(robot, workbench, WorkbenchFixture.sampleCatalog());
        CatalogBrowserView browser = workbench.browser();
        assertFalse(browser.table().getItems().isEmpty(), "sample catalog shows stars");

        Node thirdRow = robot.lookup(".table-row-cell").nth(2).query();
        robot.clickOn(thirdRow);
        StarRow selected = workbench.workspace().selectedStarProperty().get();
        assertEquals(browser.table().getItems().get(2), selected);
        assertNotNull(workbench.starView().raw().chartPane().chart(), "raw curve drawn");
        assertTrue(workbench.starView().raw().chartPane().chart().getXYPlot().getRangeAxis().isInverted(),
                "magnitude axis inverted: bright up");

        robot.clickOn("#foldedTab");
        robot.clickOn("#foldPeriod").eraseText(30).write("0.5123").type(KeyCode.ENTER);
        var folded = workbench.starView().folded();
        // folding runs in the background: the typed period's fold is the one that ends up drawn
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> folded.isReady() && folded.chartPane().chart() != null);
        assertTrue(folded.chartPane().chart().getTitle().getText().contains("P = 0.5123000 d"),
                folded.chartPane().chart().getTitle().getText());
        assertEquals(0.5123, workbench.starView().folded().currentPeriod(), 1e-12);
        assertEquals(2.0, workbench.starView().folded().chartPane().chart().getXYPlot().getDomainAxis().getUpperBound(), 1e-9,
                "two cycles shown");

        robot.clickOn("#foldPeriod").eraseText(30).write("-3").type(KeyCode.ENTER);
        assertTrue(robot.lookup("#foldPeriod").query().getStyleClass().contains("invalid"), "a bad period is marked");

        robot.clickOn("#dmdtTab");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> workbench.starView().dmdt().isReady());
        assertNotNull(workbench.starView().dmdt().chartPane().chart(), "dm-dt image drawn");

        // arrow keys in the star view walk the table
        robot.clickOn(workbench.starView().dmdt().chartPane());
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(browser.table().getItems().get(3), workbench.workspace().selectedStarProperty().get());
    }

    @Test
    void clickingAPeriodogramPeakFoldsThere(FxRobot robot) throws Exception {
        openAndWait(robot, workbench, WorkbenchFixture.sampleCatalog());
        StarRow cepheid = workbench.workspace().stars().stream()
                .filter(r -> r.primary().metadata().hasPeriod()).findFirst().orElseThrow();
        robot.interact(() -> workbench.workspace().selectedStarProperty().set(cepheid));
        robot.clickOn("#periodogramTab");
        var pane = workbench.starView().periodogram();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> pane.isReady() && pane.periodogram() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(pane.chartPane().chart(), "periodogram drawn");
        assertFalse(pane.peakList().getItems().isEmpty(), "peaks listed");

        var second = pane.peakList().getItems().get(Math.min(1, pane.peakList().getItems().size() - 1));
        Node cell = robot.lookup("#peakList .list-cell")
                .match((javafx.scene.control.ListCell<?> c) -> c.getItem() == second).query();
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("foldedTab", workbench.starView().tabs().getSelectionModel().getSelectedItem().getId(),
                "a clicked peak switches to the folded view");
        assertEquals(second.period(), workbench.starView().folded().currentPeriod(), 1e-12, "folded at the clicked peak");
    }

    @Test
    void missingCatalogIsReportedNotThrown(FxRobot robot) throws Exception {
        robot.interact(() -> workbench.open(Path.of("/no/such/catalog")));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> workbench.workspace().errors().lastMessage() != null);
        String msg = workbench.workspace().errors().lastMessage();
        assertTrue(msg.contains("/no/such/catalog"), msg);
        assertFalse(msg.contains("Exception"), "the user reads a message, not an exception: " + msg);
        assertNull(workbench.workspace().catalog());
    }

    @Test
    void exportFeaturesFromTheFileMenu(FxRobot robot, @org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        javafx.scene.control.MenuItem item = workbench.exportFeaturesItem();
        assertTrue(item.isDisable(), "nothing to export before a catalog is open");
        Path ogle = org.cepheus.TestData.sampleData().resolve("ogle-lmc-cep");
        openAndWait(robot, workbench, ogle);
        assertFalse(item.isDisable());
        Path out = tmp.resolve("features.csv");
        robot.interact(() -> {
            workbench.browser().exportFeatures(out);
            // still on the FX thread, so the export cannot have been reported finished yet
            assertTrue(item.isDisable(), "no second export while one runs");
            assertThrows(IllegalStateException.class, () -> workbench.browser().exportFeatures(tmp.resolve("again.csv")));
        });
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> java.nio.file.Files.exists(out));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !item.isDisable());
        WaitForAsyncUtils.waitForFxEvents();
        java.util.List<String> lines = java.nio.file.Files.readAllLines(out);
        assertEquals(workbench.workspace().stars().size() + 1, lines.size(), "a header and one row per star");
        assertTrue(lines.get(0).startsWith("id,class,period,"), lines.get(0));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#catalogStatus").queryLabeled().getText().contains("written to"));

        // a load in progress disables the export (it would export the catalog being replaced)
        robot.interact(() -> {
            workbench.open(WorkbenchFixture.sampleCatalog());
            assertTrue(item.isDisable(), "export disabled while a catalog loads");
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !item.isDisable());
    }
}
