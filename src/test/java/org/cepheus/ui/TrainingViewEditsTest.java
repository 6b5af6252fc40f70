package org.cepheus.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.cepheus.learn.ModelKinds;
import org.cepheus.ui.views.TrainingView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Editing a hyper-parameter and pressing Enter starts training with the NEW value (Enter fires the
 * Start button before the field would commit on focus loss); after the run no ETA is left on screen.
 */
@ExtendWith(ApplicationExtension.class)
class TrainingViewEditsTest {
    private Workbench workbench;

    @TempDir
    Path tmp;

    @Start
    void start(Stage stage) {
        workbench = WorkbenchFixture.show(stage);
    }

    private static TextField editorOf(FxRobot robot, String name) {
        Node sheet = robot.lookup("#presetSheet").query();
        Label label = robot.from(sheet).lookup((Label l) -> name.equals(l.getText())).query();
        GridPane grid = (GridPane) label.getParent();
        Integer row = GridPane.getRowIndex(label);
        Node editor = grid.getChildren().stream()
                .filter(n -> n != label && Objects.equals(GridPane.getRowIndex(n), row)).findFirst().orElseThrow();
        return editor instanceof TextField tf ? tf : robot.from(editor).lookup((TextField t) -> true).query();
    }

    @Test
    void enterInAFieldStartsWithTheTypedValue(FxRobot robot) throws Exception {
        WorkbenchFlowTest.openAndWait(robot, workbench, WorkbenchFixture.sampleCatalog());
        robot.clickOn("#trainingTab");
        TrainingView training = workbench.training();
        robot.interact(() -> {
            training.model().getSelectionModel().select(ModelKinds.CNN2D);
            training.perClass().getValueFactory().setValue(4);
            training.output().setText(tmp.resolve("enter.zip").toString());
        });
        assertEquals(40, training.config().epochs(), "the cnn2d preset's epochs");
        TextField epochs = editorOf(robot, "epochs");
        robot.clickOn(epochs);
        robot.interact(epochs::selectAll);
        robot.write("1");
        robot.type(KeyCode.ENTER); // the default button: starts training
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> training.running() != null);
        assertEquals(1, training.config().epochs(), "the typed value was committed before the start");
        WaitForAsyncUtils.waitFor(240, TimeUnit.SECONDS, () -> training.running().isDone());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, training.charts().epochPoints(), "one epoch ran, not 40");
        String eta = robot.lookup((Label l) -> l.getText() != null && l.getText().contains("s/epoch")).queryLabeled().getText();
        assertFalse(eta.contains("ETA"), "no ETA once nothing runs: " + eta);
        assertTrue(eta.startsWith("Last epoch 1:"), eta);
    }

    @Test
    void reusedTestStarsAreCountedAgainstTheOpenCatalogBeforeAnyTraining(FxRobot robot) throws Exception {
        WorkbenchFlowTest.openAndWait(robot, workbench, WorkbenchFixture.sampleCatalog());
        robot.clickOn("#trainingTab");
        TrainingView training = workbench.training();
        var catalog = workbench.workspace().catalog();
        java.util.List<String> ids = new java.util.ArrayList<>(new java.util.TreeSet<>(catalog.byStar().keySet()));
        String real0 = ids.get(0), real1 = ids.get(1);
        javafx.scene.control.Labeled note = robot.lookup("#trainingTestStars").queryLabeled();

        robot.interact(() -> training.testOnTestStarsOf(Path.of("elsewhere.zip"), java.util.Set.of("no-such-star-1", "no-such-star-2")));
        assertTrue(note.getText().startsWith("None of the 2 held-back test stars of elsewhere.zip"), note.getText());
        robot.interact(() -> {
            training.output().setText(tmp.resolve("never.zip").toString());
            training.start();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(null, training.running(), "refused before training: none of the test stars is here");

        robot.interact(() -> training.testOnTestStarsOf(Path.of("before.zip"), java.util.Set.of(real0, real1, "no-such-star-1")));
        assertTrue(note.getText().startsWith("Tested on 2 of the 3 held-back test stars of before.zip (the other 1 are not"), note.getText());

        // unchecking the class of one of them changes the count at once
        String cls = catalog.byStar().get(real0).get(0).label();
        robot.interact(() -> training.classes().getCheckModel().getCheckedItems().stream()
                .filter(i -> i.startsWith(cls + " ")).findFirst().ifPresent(i -> training.classes().getCheckModel().clearCheck(i)));
        boolean sameClass = cls.equals(catalog.byStar().get(real1).get(0).label());
        assertTrue(note.getText().startsWith(sameClass ? "None of the 3" : "Tested on 1 of the 3"), note.getText());
    }
}
