package org.cepheus.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.cepheus.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Opening a file that loads nothing says so and why, leaves no stale star on screen and does not
 * become a recent catalog; recent file names keep their underscores.
 */
@ExtendWith(ApplicationExtension.class)
class EmptyLoadTest {
    private Workbench workbench;

    @TempDir
    Path tmp;

    @Start
    void start(Stage stage) {
        workbench = WorkbenchFixture.show(stage);
    }

    private String status(FxRobot robot) {
        return robot.lookup("#catalogStatus").queryAs(Label.class).getText();
    }

    @Test
    void nothingLoadedIsSaidClearsTheStarAndIsNotRecent(FxRobot robot) throws Exception {
        // a real OGLE curve under a name with underscores
        Path real = RealFilesCopy.ogle(tmp.resolve("my_star_comma.dat"));
        WorkbenchFlowTest.openAndWait(robot, workbench, real);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> workbench.workspace().selectedStarProperty().get() != null);
        List<MenuItem> recent = workbench.browser().recentItems();
        MenuItem item = recent.stream().filter(i -> i.getText().endsWith("my_star_comma.dat")).findFirst().orElseThrow();
        assertFalse(item.isMnemonicParsing(), "the underscores are shown, not taken as shortcuts");

        robot.clickOn("#periodogramTab");
        var pg = workbench.starView().periodogram();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !pg.peakList().getItems().isEmpty());

        Path junk = Files.writeString(tmp.resolve("notes.txt"), "these are my observing notes\nnothing numeric here\n");
        robot.interact(() -> workbench.open(junk));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> status(robot).startsWith("Nothing loaded"));
        assertTrue(status(robot).startsWith("Nothing loaded from notes.txt: unrecognised format"), status(robot));
        assertNull(workbench.workspace().selectedStarProperty().get(), "no star of the previous catalog stays selected");
        assertEquals(0, workbench.browser().table().getItems().size());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(pg.peakList().getItems().isEmpty(), "the previous star's peaks are gone");
        assertTrue(workbench.browser().recentItems().stream().noneMatch(i -> i.getText().endsWith("notes.txt")),
                "a file that gave nothing is no recent catalog");
    }

    /** Copies a real test curve to another name. */
    static final class RealFilesCopy {
        static Path ogle(Path to) throws java.io.IOException {
            try (var s = Files.list(TestData.ogle().resolve("I"))) {
                return Files.copy(s.sorted().findFirst().orElseThrow(), to);
            }
        }
    }
}
