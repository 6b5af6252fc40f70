package org.cepheus.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.cepheus.TestData;
import org.cepheus.cli.CliRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Classification header's model description, too long for the bar at 1024 px, is shown whole below it and on hover. */
@ExtendWith(ApplicationExtension.class)
class ModelHeaderTest {
    @TempDir static Path dir;
    static Path model;
    private Workbench workbench;

    @BeforeAll
    static void model() {
        model = dir.resolve("crts-all-classes.zip");
        CliRun r = CliRun.of("train", TestData.crts().toString(), "--model", "cnn2d", "--epochs", "1", "--batch", "32",
                "--out", model.toString());
        assertEquals(0, r.code(), r.err());
    }

    @Start
    void start(Stage stage) {
        workbench = WorkbenchFixture.show(stage, 1024, 768);
    }

    @Test
    void theWholeDescriptionIsShown(FxRobot robot) throws Exception {
        var view = workbench.classification();
        robot.interact(() -> workbench.tabs().getSelectionModel().select(workbench.classificationTab()));
        robot.interact(() -> view.load(model));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> view.bundle() != null);
        WaitForAsyncUtils.waitForFxEvents();
        Label bar = robot.lookup("#classificationModel").queryAs(Label.class);
        String whole = bar.getText();
        assertTrue(whole.contains("RRd") && whole.contains("RS_CVn"), "all the classes: " + whole);
        assertEquals(whole, bar.getTooltip().getText(), "the whole text on hover");
        Label details = robot.lookup("#classificationModelDetails").queryAs(Label.class);
        assertEquals(whole, details.getText());
        StringBuilder shown = new StringBuilder();
        for (javafx.scene.Node n : details.lookupAll(".text")) if (n instanceof Text t) shown.append(t.getText());
        assertEquals(whole.replace(" ", ""), shown.toString().replace(" ", "").replace("\n", ""), "the details line is not cut");
        assertTrue(!details.getText().isEmpty() && details.getHeight() > 0 && details.isVisible());
    }
}
