package org.cepheus.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window opens, a synthetic catalog fills the table, arrow keys walk through the stars. */
@ExtendWith(ApplicationExtension.class)
class WorkbenchSmokeTest {
    private Workbench workbench;

    @Start
    void start(Stage stage) {
        ErrorReporter errors = new ErrorReporter();
        Workspace ws = new Workspace(new JobRunner(errors), errors);
        workbench = new Workbench(ws, new RecentCatalogs(Preferences.userRoot().node("cepheus-test/recent")));
        stage.setScene(CepheusApp.createScene(workbench));
        stage.show();
    }

    @Test
    void tableFillsAndSelectionFollowsArrowKeys(FxRobot robot) {
        robot.interact(() -> workbench.workspace().open(SyntheticCatalog.catalog(5), Path.of("synthetic")));
        assertEquals(5, workbench.browser().table().getItems().size());
        robot.interact(() -> workbench.browser().table().getSelectionModel().select(0));
        assertEquals("synthetic-0", workbench.workspace().selectedStarProperty().get().id());
        assertNotNull(workbench.starView().raw().chartPane().chart());
        robot.clickOn(workbench.starView().raw().chartPane());
        robot.type(javafx.scene.input.KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("synthetic-1", workbench.workspace().selectedStarProperty().get().id());
    }
}
