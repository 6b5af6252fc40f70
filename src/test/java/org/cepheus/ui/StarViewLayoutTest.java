package org.cepheus.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.cepheus.ui.views.StarView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * At a 1024 x 768 screen the star view keeps room for its four tabs, the periodogram's info line
 * and peak list, and the metadata (all shown whole); with no star selected it says what to do.
 */
@ExtendWith(ApplicationExtension.class)
class StarViewLayoutTest {
    private Workbench workbench;

    @Start
    void start(Stage stage) {
        workbench = WorkbenchFixture.show(stage, 1024, 768);
    }

    @Test
    void at1024TheStarViewShowsEveryTabAndCutsNoText(FxRobot robot) throws Exception {
        StarView view = workbench.starView();
        Label hint = robot.lookup("#starViewHint").queryAs(Label.class);
        assertTrue(hint.isVisible() && hint.getScene() != null, "an empty star view says what to do");
        assertTrue(hint.getText().contains("click a row"), hint.getText());

        WorkbenchFlowTest.openAndWait(robot, workbench, WorkbenchFixture.sampleCatalog());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> workbench.workspace().selectedStarProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(hint.getScene() == null || !hint.isVisible(), "the hint goes once a star is shown");
        assertTrue(view.getWidth() >= 0.65 * workbench.getWidth(), "the star view has most of the window: "
                + view.getWidth() + " of " + workbench.getWidth());

        TabPane tabs = view.tabs();
        Node area = tabs.lookup(".tab-header-area");
        Bounds areaBounds = area.localToScene(area.getBoundsInLocal());
        int seen = 0;
        for (Node tab : tabs.lookupAll(".tab")) {
            Bounds b = tab.localToScene(tab.getBoundsInLocal());
            assertTrue(b.getMaxX() <= areaBounds.getMaxX(), "tab header on screen: " + b + " in " + areaBounds);
            seen++;
        }
        assertEquals(4, seen);
        Node overflow = tabs.lookup(".control-buttons-tab");
        assertFalse(overflow != null && overflow.isVisible(), "no tab behind the overflow arrow");

        robot.interact(() -> tabs.getSelectionModel().select(1)); // the periodogram
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !view.periodogram().peakList().getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        int checked = 0;
        java.util.List<Node> texts = new java.util.ArrayList<>(view.lookupAll(".label"));
        texts.addAll(view.lookupAll(".list-cell"));
        for (Node n : texts) {
            if (!(n instanceof Labeled l) || !n.isVisible() || n.getScene() == null || l.getText() == null || l.getText().isEmpty()) continue;
            if (n.lookup(".text") instanceof Text shown) {
                assertEquals(l.getText(), shown.getText(), "text cut in the star view");
                checked++;
            }
        }
        assertTrue(checked > 15, "the info line, the peak list's header and the metadata checked: " + checked);
        // a number broken over two lines ("15.2362 / 3°") reads as two values: RA and Dec stay on one
        int numbers = 0;
        for (Node n : view.lookupAll(".label")) {
            if (n instanceof Labeled l && l.getText() != null && l.getText().matches("-?[0-9.]+°")) {
                double oneLine = new Text(l.getText()).getLayoutBounds().getHeight();
                assertTrue(l.getHeight() < 1.8 * oneLine, "'" + l.getText() + "' on one line: height " + l.getHeight());
                numbers++;
            }
        }
        assertTrue(numbers >= 2, "RA and Dec shown: " + numbers);
    }
}
