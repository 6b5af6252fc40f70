package org.cepheus.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A long load message in the passing notification is wrapped inside the window, not cut at its left edge. */
@ExtendWith(ApplicationExtension.class)
class NotificationWrapTest {
    private Workbench workbench;

    @Start
    void start(Stage stage) {
        workbench = WorkbenchFixture.show(stage);
    }

    @Test
    void theNothingLoadedMessageIsShownWhole(FxRobot robot, @TempDir Path dir) throws Exception {
        Path notes = Files.writeString(dir.resolve("my_notes.txt"), "just some notes, no photometry\n");
        robot.interact(() -> workbench.open(notes));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#notificationText").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        Label text = robot.lookup("#notificationText").queryAs(Label.class);
        javafx.stage.Window stage = workbench.getScene().getWindow();
        assertTrue(text.getText().length() > 120, "the real message is long: " + text.getText());
        // ControlsFX slides the notification up into place (a 350 ms transition): judge where it
        // comes to rest, not a frame of the slide (a loaded CI machine caught it at maxY 816 of 800)
        Bounds b = settledScreenBounds(text);
        assertTrue(b.getMinX() >= stage.getX() && b.getMaxX() <= stage.getX() + stage.getWidth()
                        && b.getMaxY() <= stage.getY() + stage.getHeight(),
                "inside the window: " + b + " window " + stage.getX() + "," + stage.getY() + " " + stage.getWidth() + " x " + stage.getHeight());
        assertEquals(text.getText(), ((Text) text.lookup(".text")).getText(), "not cut short");
        assertTrue(b.getHeight() > 2 * text.getFont().getSize(), "wrapped on several lines: " + b.getHeight());
    }

    /** The label's screen bounds once two reads 150 ms apart agree (at most 3 s, well before it hides at 6 s). */
    private static Bounds settledScreenBounds(Label text) throws Exception {
        Bounds last = null;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
        while (System.nanoTime() < deadline) {
            WaitForAsyncUtils.waitForFxEvents();
            Bounds now = WaitForAsyncUtils.asyncFx(() -> text.localToScreen(text.getBoundsInLocal())).get(10, TimeUnit.SECONDS);
            if (now.equals(last)) return now;
            last = now;
            Thread.sleep(150);
        }
        return last;
    }
}
