package org.cepheus.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.concurrent.Worker;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.cepheus.catalog.Catalog;
import org.cepheus.catalog.LightCurve;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The star view's background jobs, headless: walking through stars cancels the searches of the
 * stars left behind (their code stops, it does not run on unseen), and only the newest result is
 * shown. The searches use the exact Lomb-Scargle, slow enough that the key presses overlap them.
 */
@ExtendWith(ApplicationExtension.class)
class StarViewJobsTest {
    private static final int PERIODOGRAM_TAB = 1, DMDT_TAB = 3;
    private Workbench workbench;
    private final List<JobTask<?>> started = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        workbench = WorkbenchFixture.show(stage);
        workbench.workspace().jobs().observe(started::add);
    }

    private List<JobTask<?>> jobs(String title) throws Exception {
        List<JobTask<?>> out = new ArrayList<>();
        for (JobTask<?> t : started) if (fx(t::getTitle).equals(title)) out.add(t);
        return out;
    }

    private void open(FxRobot robot, List<LightCurve> curves, int tab) {
        robot.interact(() -> {
            workbench.workspace().open(new Catalog("synthetic", curves, List.of()), Path.of("synthetic"));
            workbench.starView().tabs().getSelectionModel().select(tab);
        });
        // the star view's own method choice: its panes join the scene only once a star is shown, and
        // the review tab has a periodogram pane of its own
        robot.interact(() -> workbench.starView().periodogram().methodChoice().getSelectionModel().select("gls-exact"));
    }

    @Test
    void arrowingThroughStarsCancelsTheOldSearchesAndShowsTheLastStar(FxRobot robot) throws Exception {
        int stars = 12;
        List<LightCurve> curves = new ArrayList<>();
        // 5,000 points over 2,000 days: 200,000 frequencies, seconds of exact Lomb-Scargle per star
        for (int i = 0; i < stars; i++) curves.add(SyntheticCatalog.synthetic("synthetic-" + i, "RRab", 5000, 0.3 + i * 0.11, i, 2000));
        open(robot, curves, PERIODOGRAM_TAB);
        var table = workbench.browser().table();
        robot.interact(() -> table.getSelectionModel().select(0));
        // the star view's panes replace its "no star selected" hint with the first star: focus after that
        robot.interact(() -> workbench.starView().periodogram().peakList().requestFocus());
        // how many searches have their code on a worker thread at once, sampled while the keys are pressed
        AtomicInteger most = new AtomicInteger();
        AtomicBoolean sampling = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (sampling.get()) {
                most.accumulateAndGet((int) started.stream().filter(JobTask::isExecuting).count(), Math::max);
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.start();
        for (int i = 1; i < stars; i++) robot.type(KeyCode.DOWN);
        StarRow last = table.getItems().get(stars - 1);
        assertEquals(last, workbench.workspace().selectedStarProperty().get(), "the arrows walked to the last star");

        var pane = workbench.starView().periodogram();
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> pane.isReady() && pane.periodogram() != null);
        sampling.set(false);
        sampler.join();
        assertEquals(last.primary().id(), pane.periodogram().id(), "the last star's periodogram is shown");
        // a cancelled search stops at its next check, so the old ones do not pile up (without it: the pool's 8)
        assertTrue(most.get() <= 3, most.get() + " searches ran at once");
        List<JobTask<?>> searches = jobs("Period search");
        assertEquals(stars, searches.size(), "one search per star shown");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> searches.stream().allMatch(JobTask::hasEnded));
        assertTrue(searches.get(stars - 1).completedNormally(), "the last star's search ran to its end");
        long completed = searches.stream().filter(JobTask::completedNormally).count();
        assertTrue(completed <= 2, completed + " of " + stars + " searches ran to their end; the others should have stopped");
        for (JobTask<?> s : searches.subList(0, stars - 1)) assertEquals(Worker.State.CANCELLED, fx(s::getState));
    }

    @Test
    void aCancelledSearchStops(FxRobot robot) throws Exception {
        // 200,000 points over 40,000 days: 4 million frequencies, a long quarter of an hour of exact Lomb-Scargle
        cancelledWhenAnotherStarIsSelected(robot, PERIODOGRAM_TAB, "Period search");
        var pane = workbench.starView().periodogram();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> pane.isReady() && pane.periodogram() != null);
        assertEquals("synthetic-small", pane.periodogram().id());
    }

    @Test
    void aCancelledDmDtImageStops(FxRobot robot) throws Exception {
        // 2e10 pairs for the large curve
        cancelledWhenAnotherStarIsSelected(robot, DMDT_TAB, "dm-dt image");
        var pane = workbench.starView().dmdt();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> pane.isReady() && pane.chartPane().chart() != null);
        assertEquals("synthetic-small dm-dt", pane.chartPane().chart().getTitle().getText());
    }

    @Test
    void backToTheStarOnScreenDropsTheSearchInBetween(FxRobot robot) throws Exception {
        LightCurve small = SyntheticCatalog.synthetic("synthetic-small", "RRab", 300, 0.41, 2);
        LightCurve huge = SyntheticCatalog.synthetic("synthetic-huge", "RRab", 200_000, 0.537, 1, 40_000);
        open(robot, List.of(small, huge), PERIODOGRAM_TAB);
        var table = workbench.browser().table();
        var pane = workbench.starView().periodogram();
        robot.interact(() -> table.getSelectionModel().select(0));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> pane.isReady() && pane.periodogram() != null);
        robot.interact(() -> table.getSelectionModel().select(1));
        robot.interact(() -> table.getSelectionModel().select(0));
        JobTask<?> between = jobs("Period search").get(1);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, between::hasEnded);
        assertFalse(between.completedNormally(), "the huge star's search stopped");
        assertEquals(2, jobs("Period search").size(), "the small star's periodogram was kept, not searched again");
        assertEquals("synthetic-small", pane.periodogram().id());
        assertTrue(fx(() -> pane.isReady() && !pane.lookup(".progress-indicator").isVisible()), "no search shown as running");
    }

    /** Selects a huge star on the tab, waits for its job to run, selects a small one: the first job's code stops. */
    private void cancelledWhenAnotherStarIsSelected(FxRobot robot, int tab, String title) throws Exception {
        LightCurve huge = SyntheticCatalog.synthetic("synthetic-huge", "RRab", 200_000, 0.537, 1, 40_000);
        LightCurve small = SyntheticCatalog.synthetic("synthetic-small", "RRab", 300, 0.41, 2);
        open(robot, List.of(huge, small), tab);
        var table = workbench.browser().table();
        robot.interact(() -> table.getSelectionModel().select(0));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> jobs(title).size() == 1
                && fx(jobs(title).get(0)::getState) == Worker.State.RUNNING);
        JobTask<?> first = jobs(title).get(0);
        robot.interact(() -> table.getSelectionModel().select(1));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, first::hasEnded);
        assertFalse(first.completedNormally(), "the huge star's job stopped instead of running to its end");
        assertEquals(Worker.State.CANCELLED, fx(first::getState));
    }

    private static <T> T fx(java.util.concurrent.Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }
}
