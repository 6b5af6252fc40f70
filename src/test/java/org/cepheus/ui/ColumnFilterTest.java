package org.cepheus.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.cepheus.ui.views.CatalogBrowserView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The catalog table's per-column filters on the real sample catalog: a right click on a header
 * opens the column's filter without sorting, numbers filter by a range, labels by a checklist,
 * the status bar counts what is shown, and a star the filter hides leaves the star view.
 */
@ExtendWith(ApplicationExtension.class)
class ColumnFilterTest {
    private Workbench workbench;

    @Start
    void start(Stage stage) {
        workbench = WorkbenchFixture.show(stage);
    }

    private static ContextMenu showingMenu(String id) {
        for (Window w : Window.getWindows()) {
            if (w instanceof ContextMenu m && id.equals(m.getId()) && m.isShowing()) return m;
        }
        return null;
    }

    private static void scrollTo(FxRobot robot, CatalogBrowserView b, String column) {
        robot.interact(() -> b.table().scrollToColumn(b.table().getColumns().stream()
                .filter(c -> c.getText().equals(column)).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void rightClickFiltersByRangeWithoutSortingAndTheStatusBarCounts(FxRobot robot) throws Exception {
        WorkbenchFlowTest.openAndWait(robot, workbench, WorkbenchFixture.sampleCatalog());
        CatalogBrowserView b = workbench.browser();
        List<StarRow> before = List.copyOf(b.table().getItems());
        int all = workbench.workspace().stars().size();
        // a star that the filter below hides, shown in the star view
        StarRow few = before.stream().filter(s -> s.points() < 300).findFirst().orElseThrow();
        robot.interact(() -> workbench.workspace().selectedStarProperty().set(few));

        scrollTo(robot, b, "points"); // the narrow table scrolls sideways
        robot.rightClickOn("#header-points");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(b.table().getSortOrder().isEmpty(), "a right click on a header does not sort");
        assertEquals(before, List.copyOf(b.table().getItems()), "rows keep their order");
        assertTrue(showingMenu("filterMenu-points") != null, "the points filter opened");

        robot.clickOn("#filterFrom-points").write("300").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        long kept = before.stream().filter(s -> s.points() >= 300).count();
        assertTrue(kept > 0 && kept < all, "the sample has stars on both sides of 300 points: " + kept);
        assertEquals(kept, b.table().getItems().size());
        assertTrue(b.table().getItems().stream().allMatch(s -> s.points() >= 300));
        assertEquals(String.format("%,d of %,d stars shown", kept, all), b.shownCount().getText());
        // the star the filter hid is no longer shown as if nothing happened
        assertNull(workbench.workspace().selectedStarProperty().get());
        assertTrue(robot.lookup("#catalogStatus").queryAs(Label.class).getText().contains(few.id() + " is hidden by the filter"));
        robot.type(KeyCode.ESCAPE);
        robot.interact(() -> b.table().getSelectionModel().select(0));
        assertFalse(robot.lookup("#catalogStatus").queryAs(Label.class).getText().contains("hidden"),
                "once another star is selected the message goes");

        // an upper bound too, typed; the range is inclusive
        scrollTo(robot, b, "points"); // the narrow table scrolls sideways
        robot.rightClickOn("#header-points");
        robot.clickOn("#filterTo-points").write("320").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        long inRange = before.stream().filter(s -> s.points() >= 300 && s.points() <= 320).count();
        assertEquals(inRange, b.table().getItems().size());
        robot.type(KeyCode.ESCAPE);

        // a checklist on the class, combined with the range and with an expression
        robot.interact(() -> b.keepValues("class", Set.of("RRab", "EA")));
        long classes = before.stream().filter(s -> s.points() >= 300 && s.points() <= 320
                && Set.of("RRab", "EA").contains(s.label())).count();
        assertTrue(classes > 0, "some RRab or EA with 300-320 points");
        assertEquals(classes, b.table().getItems().size());
        assertEquals(String.format("%,d of %,d stars shown", classes, all), b.shownCount().getText());
        robot.interact(() -> b.expressionField().setText("class == \"EA\""));
        robot.clickOn("#starFilter").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        long ea = before.stream().filter(s -> s.points() >= 300 && s.points() <= 320 && "EA".equals(s.label())).count();
        assertEquals(ea, b.table().getItems().size());
        assertTrue(robot.lookup("#header-points").queryAs(Label.class).getStyleClass().contains("filtered"));

        robot.clickOn("#clearFilters");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(all, b.table().getItems().size());
        assertEquals("", b.shownCount().getText());
        assertFalse(robot.lookup("#catalogStatus").queryAs(Label.class).getText().contains("hidden"), "an old 'hidden' message goes");
        assertFalse(robot.lookup("#header-points").queryAs(Label.class).getStyleClass().contains("filtered"));
    }

    @Test
    void headersAndCellsAreReadableAndHeadersNameTheirUnit(FxRobot robot) throws Exception {
        WorkbenchFlowTest.openAndWait(robot, workbench, WorkbenchFixture.sampleCatalog());
        CatalogBrowserView b = workbench.browser();
        for (TableColumn<StarRow, ?> c : b.table().getColumns()) {
            Label header = (Label) c.getGraphic();
            assertTrue(header.getTooltip().getText().startsWith(c.getText() + ": "), header.getTooltip().getText());
        }
        assertTrue(b.table().getColumns().stream().anyMatch(c -> c.getText().equals("time span [d]")));
        // nothing on screen is cut short with an ellipsis: headers and the cells of the first rows
        int texts = 0;
        for (Label header : robot.lookup("#starTable .column-header Label").queryAllAs(Label.class)) {
            if (header.getGraphic() != null || !header.isVisible()) continue;
            Text shown = (Text) header.lookup(".text");
            assertEquals(header.getText(), shown.getText(), "header cut");
            texts++;
        }
        for (TableCell<?, ?> cell : robot.lookup("#starTable .table-cell").queryAllAs(TableCell.class)) {
            if (cell.getText() == null || cell.getText().isEmpty() || !cell.isVisible()) continue;
            Text shown = (Text) cell.lookup(".text");
            assertEquals(cell.getText(), shown.getText(), "cell cut");
            texts++;
        }
        assertTrue(texts > 100, "headers and cells checked: " + texts);
    }
}
