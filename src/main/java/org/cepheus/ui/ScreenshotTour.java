package org.cepheus.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * Walks through the views and saves a screenshot of each (docs/screenshots): run as
 * {@code java -jar target/cepheus.jar --screenshots docs/screenshots} under a display or Xvfb,
 * or headless through ScreenshotsTest ({@code -Dcepheus.screenshots=DIR}).
 */
public final class ScreenshotTour {
    private record Step(String name, Runnable prepare, BooleanSupplier ready) { }

    private final Workbench workbench;
    private final Stage stage;
    private final Path dir;
    private final List<Step> steps = new ArrayList<>();
    private final List<Path> saved = new ArrayList<>();

    public ScreenshotTour(Workbench workbench, Stage stage, Path dir) {
        this.workbench = workbench;
        this.stage = stage;
        this.dir = dir;
        TourSteps.addAll(this, workbench, tempDir());
    }

    private static Path tempDir() {
        try {
            return java.nio.file.Files.createTempDirectory("cepheus-tour");
        } catch (java.io.IOException e) {
            return Path.of(System.getProperty("java.io.tmpdir"));
        }
    }

    /** A step: prepare runs once, the picture is taken once ready says so (polled every 200 ms). */
    public void step(String name, Runnable prepare, BooleanSupplier ready) {
        steps.add(new Step(name, prepare, ready));
    }

    public void run(Runnable whenDone) {
        next(0, whenDone);
    }

    private void next(int index, Runnable whenDone) {
        if (index >= steps.size()) {
            whenDone.run();
            return;
        }
        Step s = steps.get(index);
        s.prepare().run();
        waitFor(s.ready(), 3000, () -> {
            try {
                saved.add(Snapshots.save(stage.getScene(), dir.resolve(s.name() + ".png")));
            } catch (Exception e) {
                workbench.workspace().errors().error("Screenshot " + s.name(), e);
            }
            next(index + 1, whenDone);
        });
    }

    /** Polls until ready (or gives up after maxPolls), then lets one more pulse render. */
    private static void waitFor(BooleanSupplier ready, int maxPolls, Runnable then) {
        Timeline poll = new Timeline();
        int[] count = {0};
        poll.getKeyFrames().add(new KeyFrame(Duration.millis(200), e -> {
            if (ready.getAsBoolean() || ++count[0] >= maxPolls) {
                poll.stop();
                Timeline settle = new Timeline(new KeyFrame(Duration.millis(400), x -> then.run()));
                settle.play();
            }
        }));
        poll.setCycleCount(Timeline.INDEFINITE);
        poll.play();
    }

    public List<Path> saved() { return saved; }
}
