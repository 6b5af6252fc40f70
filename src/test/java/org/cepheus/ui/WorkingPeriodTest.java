package org.cepheus.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A clicked or typed period is the star's working period; the catalog's period is never overwritten. */
@ExtendWith(ApplicationExtension.class)
class WorkingPeriodTest {
    private Workbench workbench;

    @Start
    void start(Stage stage) {
        workbench = WorkbenchFixture.show(stage);
    }

    @Test
    void clickedAndTypedPeriodsChangeTheWorkingPeriodOnly(FxRobot robot) throws Exception {
        WorkbenchFlowTest.openAndWait(robot, workbench, WorkbenchFixture.sampleCatalog());
        // a real OGLE Cepheid of the sample with OGLE's catalog period
        StarRow star = workbench.workspace().stars().stream().filter(r -> r.catalogPeriod() > 0).findFirst().orElseThrow();
        double catalog = star.catalogPeriod();
        assertEquals(catalog, star.periodProperty().get(), "the working period starts as the catalog's");
        robot.interact(() -> workbench.workspace().selectedStarProperty().set(star));
        robot.clickOn("#foldedTab");
        robot.interact(() -> workbench.starView().folded().setPeriod(star, catalog / 2)); // as a clicked peak does
        assertEquals(catalog / 2, star.periodProperty().get(), 1e-12);
        assertEquals(catalog, star.catalogPeriod(), 0.0, "the catalog period stays");
        robot.clickOn("#foldPeriod").eraseText(30).write("0.5123").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0.5123, star.periodProperty().get(), 1e-12, "a typed period is the working period too");
        assertEquals(catalog, star.catalogPeriod(), 0.0);
        assertTrue(workbench.browser().table().getColumns().stream().anyMatch(c -> c.getText().equals("catalog P [d]"))
                && workbench.browser().table().getColumns().stream().anyMatch(c -> c.getText().equals("working P [d]")));
    }
}
