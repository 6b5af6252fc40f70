package org.cepheus.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.concurrent.Worker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** A core job inside a JavaFX Task: progress, message and cancel travel both ways. */
@ExtendWith(ApplicationExtension.class)
class JobTaskTest {

    @Test
    void progressAndMessageReachTheTask(FxRobot robot) throws Exception {
        CountDownLatch reported = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        JobTask<String> task = new JobTask<>("test", m -> {
            m.progress(0.25, "a quarter");
            reported.countDown();
            release.await(10, TimeUnit.SECONDS);
            return "done";
        });
        Thread t = new Thread(task);
        t.start();
        assertTrue(reported.await(10, TimeUnit.SECONDS));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(task::getProgress) == 0.25);
        assertEquals("a quarter", fx(task::getMessage));
        release.countDown();
        assertEquals("done", task.get(10, TimeUnit.SECONDS));
    }

    @Test
    void cancellingTheTaskIsSeenByTheJobWithoutInterrupt(FxRobot robot) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean sawCancel = new AtomicBoolean();
        AtomicBoolean interrupted = new AtomicBoolean();
        CountDownLatch finished = new CountDownLatch(1);
        JobTask<Void> task = new JobTask<>("test", m -> {
            started.countDown();
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (!m.isCancelled() && System.nanoTime() < end) Thread.onSpinWait();
            sawCancel.set(m.isCancelled());
            interrupted.set(Thread.currentThread().isInterrupted());
            finished.countDown();
            return null;
        });
        new Thread(task).start();
        assertTrue(started.await(10, TimeUnit.SECONDS));
        robot.interact(() -> { task.cancel(); }); // a lambda: task::cancel is ambiguous (Runnable vs Callable)
        assertTrue(finished.await(10, TimeUnit.SECONDS));
        assertTrue(sawCancel.get(), "monitor.isCancelled() follows the task");
        assertEquals(false, interrupted.get(), "no interrupt lands in the job's I/O");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Worker.State.CANCELLED, fx(task::getState));
    }

    /** Task properties may only be read on the FX thread. */
    private static <T> T fx(java.util.concurrent.Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }
}
