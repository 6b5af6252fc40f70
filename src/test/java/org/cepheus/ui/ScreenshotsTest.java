package org.cepheus.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Regenerates docs/screenshots (headless, by the app itself). Off by default; run with
 * {@code mvn -o test -Dtest=ScreenshotsTest -Dcepheus.screenshots=docs/screenshots}.
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "cepheus.screenshots", matches = ".+")
class ScreenshotsTest {
    private Workbench workbench;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        workbench = WorkbenchFixture.show(stage);
    }

    @Test
    void everyViewIsPhotographed() throws Exception {
        Path dir = Path.of(System.getProperty("cepheus.screenshots")).toAbsolutePath();
        CountDownLatch done = new CountDownLatch(1);
        ScreenshotTour[] tour = new ScreenshotTour[1];
        Platform.runLater(() -> {
            workbench.open(WorkbenchFixture.sampleCatalog());
            tour[0] = new ScreenshotTour(workbench, stage, dir);
            tour[0].run(done::countDown);
        });
        assertTrue(done.await(8, TimeUnit.MINUTES), "screenshot tour did not finish");
        List<Path> saved = tour[0].saved();
        assertFalse(saved.isEmpty());
        for (Path p : saved) assertTrue(Files.size(p) > 10_000, p + " looks empty");
    }
}
