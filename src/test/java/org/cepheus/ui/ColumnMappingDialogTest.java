package org.cepheus.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.cepheus.TestData;
import org.cepheus.catalog.Catalog;
import org.cepheus.catalog.CatalogLoader;
import org.cepheus.catalog.LightCurve;
import org.cepheus.service.ProgressMonitor;
import org.cepheus.ui.views.ColumnMappingDialog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A table whose columns no reader can tell opens the column-mapping dialog; the columns and the
 * time scale chosen there load it, and a kept choice opens the next file of that header directly
 * (#12). The table is the real CRTS star 1001006006382 under unguessable column names.
 */
@ExtendWith(ApplicationExtension.class)
class ColumnMappingDialogTest {
    private static final Path TABLE = TestData.root().resolve("converted/unmapped-crts-1001006006382.csv");
    private Workbench workbench;

    @TempDir
    Path tmp;

    @Start
    void start(Stage stage) {
        workbench = WorkbenchFixture.show(stage);
    }

    private DialogPane dialog(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#columnMappingDialog").tryQuery().isPresent());
        return robot.lookup("#columnMappingDialog").queryAs(DialogPane.class);
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<String> combo(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(ComboBox.class);
    }

    private static LightCurve crtsOriginal() throws Exception {
        Catalog c = CatalogLoader.load(TestData.crts().resolve("lc/1001006006382-EW.csv"), CatalogLoader.Options.defaults(),
                ProgressMonitor.NONE);
        return c.curves().get(0);
    }

    private static String status(FxRobot robot) {
        return robot.lookup("#catalogStatus").queryAs(Label.class).getText();
    }

    @Test
    void anUnmappableTableAsksForItsColumnsAndLoadsWithThem(FxRobot robot) throws Exception {
        Path table = Files.copy(TABLE, tmp.resolve("my-observations.csv"));
        robot.interact(() -> workbench.open(table));
        DialogPane pane = dialog(robot);
        assertTrue(pane.getHeaderText().contains("cannot tell which columns hold time and magnitude"), pane.getHeaderText());
        Button load = (Button) pane.lookupButton(pane.getButtonTypes().stream()
                .filter(b -> b.getButtonData() == javafx.scene.control.ButtonBar.ButtonData.OK_DONE).findFirst().orElseThrow());
        assertTrue(load.isDisabled(), "nothing to load before time and magnitude are chosen");
        assertEquals(12, robot.lookup("#mappingRows").queryTableView().getItems().size(), "the first rows are shown");

        robot.interact(() -> {
            combo(robot, "#mapTime").setValue("obs_epoch");
            combo(robot, "#mapMag").setValue("brightness");
            combo(robot, "#mapErr").setValue("unc");
            combo(robot, "#mapScale").setValue("MJD");
        });
        String status = robot.lookup("#mappingStatus").queryAs(Label.class).getText();
        assertEquals("270 points in 1 curve; --columns time=obs_epoch,mag=brightness,err=unc,scale=MJD", status);
        assertTrue(!load.isDisabled());
        robot.clickOn("#rememberMapping");
        robot.clickOn(load);

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> workbench.workspace().catalog() != null
                && !workbench.workspace().catalog().isEmpty());
        LightCurve read = workbench.workspace().catalog().curves().get(0), crts = crtsOriginal();
        assertEquals("my-observations", read.id());
        assertArrayEquals(crts.time(), read.time(), "the CRTS times, unchanged");
        assertArrayEquals(crts.mag(), read.mag());
        assertArrayEquals(crts.err(), read.err());
        assertEquals("MJD", read.metadata().timeScale(), "the scale chosen, though the header does not say it");
        assertEquals(1, workbench.browser().mappings().size());
        assertTrue(!status(robot).contains("as saved"), "chosen in the dialog, not a saved choice: " + status(robot));

        // the next file with this header opens with the kept choice, without asking
        Path next = Files.copy(TABLE, tmp.resolve("tonight.csv"));
        robot.interact(() -> workbench.open(next));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !workbench.workspace().catalog().isEmpty()
                && workbench.workspace().catalog().curves().get(0).id().equals("tonight"));
        assertEquals(270, workbench.workspace().catalog().curves().get(0).size());
        assertEquals("MJD", workbench.workspace().catalog().curves().get(0).metadata().timeScale());
        assertTrue(robot.lookup("#columnMappingDialog").tryQuery().isEmpty(), "no dialog for a known header");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> status(robot).startsWith("tonight"));
        assertTrue(status(robot).endsWith(" · columns as saved for this header; File ▸ Import table… to change"), status(robot));
    }

    @Test
    void importTableOffersTheGuessAndCancelLoadsNothing(FxRobot robot) throws Exception {
        Path csv = TestData.crts().resolve("lc/1001006006382-EW.csv");
        ColumnMappingDialog[] d = new ColumnMappingDialog[1];
        robot.interact(() -> d[0] = workbench.importTable(csv, null));
        dialog(robot);
        assertEquals("MJD", combo(robot, "#mapTime").getValue());
        assertEquals("mag", combo(robot, "#mapMag").getValue());
        assertEquals("magerr", combo(robot, "#mapErr").getValue());
        assertEquals("ID", combo(robot, "#mapId").getValue());
        assertTrue(d[0].status().getText().startsWith("270 points in 1 curve"), d[0].status().getText());
        assertNotNull(d[0].curve().chart(), "the curve is previewed");
        robot.interact(() -> combo(robot, "#mapScale").setValue("not a scale"));
        assertNull(d[0].mapping(), "an unknown scale is no mapping");
        assertTrue(d[0].status().getText().startsWith("unknown time scale"), d[0].status().getText());
        robot.interact(() -> d[0].dialog().setResult(null));
        robot.interact(() -> d[0].dialog().close());
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(workbench.workspace().catalog(), "cancel loads nothing");
        assertEquals(0, workbench.browser().mappings().size());
    }
}
