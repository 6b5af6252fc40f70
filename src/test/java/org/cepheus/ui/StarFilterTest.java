package org.cepheus.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.cepheus.ui.views.CatalogBrowserView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The catalog table's expression filter on the real sample catalog, and the status bar's count of what it shows. */
@ExtendWith(ApplicationExtension.class)
class StarFilterTest {
    private Workbench workbench;

    @Start
    void start(Stage stage) {
        workbench = WorkbenchFixture.show(stage);
    }

    private void filter(FxRobot robot, String text) {
        CatalogBrowserView b = workbench.browser();
        robot.interact(() -> b.expressionField().setText(text));
        robot.clickOn("#starFilter").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void expressionsFilterTheTableAndTheStatusBarCountsWhatIsShown(FxRobot robot) throws Exception {
        WorkbenchFlowTest.openAndWait(robot, workbench, WorkbenchFixture.sampleCatalog());
        CatalogBrowserView b = workbench.browser();
        int all = workbench.workspace().stars().size();
        long expected = workbench.workspace().stars().stream()
                .filter(s -> s.points() > 200 && "RRab".equals(s.label())).count();
        assertTrue(expected > 0 && expected < all, "the sample holds some RRab with more than 200 points: " + expected);

        filter(robot, "points > 200 && class == \"RRab\"");
        assertEquals(expected, b.table().getItems().size());
        assertTrue(b.table().getItems().stream().allMatch(s -> s.points() > 200 && "RRab".equals(s.label())));
        assertEquals(String.format("%,d of %,d stars shown", expected, all), b.shownCount().getText());

        // a misspelt column is explained and marked; the table keeps the last good filter
        filter(robot, "pionts > 200");
        assertTrue(b.expressionField().getStyleClass().contains("invalid"));
        assertTrue(b.expressionField().getTooltip().getText().startsWith("cannot apply the filter: 'pionts' is not a column"),
                b.expressionField().getTooltip().getText());
        assertEquals(expected, b.table().getItems().size());

        // the first star of the sample (CRTS) has no period: a period filter is still taken, and only
        // stars with a period in range pass
        filter(robot, "period > 3 && period < 4");
        assertTrue(!b.expressionField().getStyleClass().contains("invalid"), b.expressionField().getTooltip().getText());
        long inRange = workbench.workspace().stars().stream()
                .filter(s -> s.periodProperty().get() > 3 && s.periodProperty().get() < 4).count();
        assertTrue(inRange > 0);
        assertEquals(inRange, b.table().getItems().size());

        // ranges on numbers, and stars without a value simply fail the comparison
        filter(robot, "span > 3000 || points < 150");
        long ranged = workbench.workspace().stars().stream().filter(s -> s.timeSpan() > 3000 || s.points() < 150).count();
        assertEquals(ranged, b.table().getItems().size());

        filter(robot, "");
        assertEquals(all, b.table().getItems().size());
        assertEquals("", b.shownCount().getText());
        assertTrue(!b.expressionField().getStyleClass().contains("invalid"));
    }
}
