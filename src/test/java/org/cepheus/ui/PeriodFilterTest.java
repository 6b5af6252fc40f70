package org.cepheus.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.cepheus.ui.views.CatalogBrowserView;
import org.controlsfx.control.RangeSlider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The working-period filter on the sample catalog: its slider runs over log10 of the periods with
 * bounds typed in days, and it is re-applied at once when a view changes a star's working period.
 */
@ExtendWith(ApplicationExtension.class)
class PeriodFilterTest {
    private Workbench workbench;

    @Start
    void start(Stage stage) {
        workbench = WorkbenchFixture.show(stage);
    }

    private static double period(StarRow s) {
        return s.periodProperty().get();
    }

    @Test
    void periodRangesAreLogarithmicAndFollowTheWorkingPeriod(FxRobot robot) throws Exception {
        WorkbenchFlowTest.openAndWait(robot, workbench, WorkbenchFixture.sampleCatalog());
        CatalogBrowserView b = workbench.browser();
        List<StarRow> all = List.copyOf(workbench.workspace().stars());
        double shortest = all.stream().mapToDouble(PeriodFilterTest::period).filter(p -> p > 0).min().orElseThrow();
        double longest = all.stream().mapToDouble(PeriodFilterTest::period).filter(p -> p > 0).max().orElseThrow();

        // the last column, scrolled out of the narrow table: its menu is opened as a right click would
        javafx.scene.control.TableColumn<StarRow, ?> working = b.table().getColumns().stream()
                .filter(c -> c.getText().equals("working P [d]")).findFirst().orElseThrow();
        robot.interact(() -> working.getContextMenu().show(b.table(), javafx.geometry.Side.TOP, 0, 0));
        WaitForAsyncUtils.waitForFxEvents();
        RangeSlider slider = robot.lookup("#filterRange-workingPd").queryAs(RangeSlider.class);
        assertEquals(Math.log10(shortest), slider.getMin(), 1e-9, "the slider starts at log10 of the shortest period");
        assertEquals(Math.log10(longest), slider.getMax(), 1e-9);
        robot.clickOn("#filterFrom-workingPd").write("2").type(KeyCode.ENTER);
        robot.clickOn("#filterTo-workingPd").write("5").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shortest < 2 && longest > 5, shortest + " to " + longest + " d");
        assertEquals(Math.log10(2), slider.getLowValue(), 1e-9, "2 d typed is at log10(2) on the slider");
        assertEquals(Math.log10(5), slider.getHighValue(), 1e-9, "5 d typed is at log10(5) on the slider");
        robot.type(KeyCode.ESCAPE);
        List<StarRow> kept = List.copyOf(b.table().getItems());
        assertTrue(kept.size() > 2 && kept.size() < all.size(), "the sample's Cepheids have periods of 2 to 5 d: " + kept.size());
        assertTrue(kept.stream().allMatch(s -> period(s) >= 2 && period(s) <= 5));

        // a view changes the working period of stars not shown: the filter follows at once
        StarRow shown = kept.get(0), leaving = kept.get(1);
        StarRow entering = all.stream().filter(s -> !(period(s) >= 2 && period(s) <= 5)).findFirst().orElseThrow();
        robot.interact(() -> workbench.workspace().selectedStarProperty().set(shown));
        robot.interact(() -> leaving.periodProperty().set(50));
        robot.interact(() -> entering.periodProperty().set(3));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(b.table().getItems().contains(leaving), "a star whose period left the range leaves the table");
        assertTrue(b.table().getItems().contains(entering), "a star whose period entered the range joins it");
        assertEquals(String.format("%,d of %,d stars shown", kept.size(), all.size()), b.shownCount().getText());

        // the star being worked on leaves the table but stays in the star view, and the status bar says so
        robot.interact(() -> shown.periodProperty().set(0.3));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(b.table().getItems().contains(shown));
        assertSame(shown, workbench.workspace().selectedStarProperty().get(), "the star view keeps the star being worked on");
        String status = robot.lookup("#catalogStatus").queryAs(Label.class).getText();
        assertTrue(status.contains(shown.id() + " no longer passes the filter"), status);
    }
}
