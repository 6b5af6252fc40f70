package org.cepheus.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import javafx.concurrent.WorkerStateEvent;
import org.cepheus.service.CancelledException;
import org.cepheus.service.Job;

/**
 * Runs core jobs off the FX thread on daemon threads (so a closing window never waits for them)
 * and reports failures to the user as messages. One per application window, passed to the views.
 */
public final class JobRunner {
    private final ExecutorService executor;
    private final ErrorReporter errors;

    public JobRunner(ErrorReporter errors) {
        this.errors = errors;
        AtomicInteger n = new AtomicInteger();
        this.executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "cepheus-job-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts the job; onSuccess runs on the FX thread with its result. */
    public <T> JobTask<T> start(String title, Job<T> job, Consumer<T> onSuccess) {
        JobTask<T> task = new JobTask<>(title, job);
        task.addEventHandler(WorkerStateEvent.WORKER_STATE_SUCCEEDED, e -> onSuccess.accept(task.getValue()));
        task.addEventHandler(WorkerStateEvent.WORKER_STATE_FAILED, e -> reportFailure(task));
        executor.execute(task);
        return task;
    }

    private void reportFailure(Task<?> task) {
        Throwable ex = task.getException();
        if (ex instanceof CancelledException) return; // the user asked for it
        errors.error(task.getTitle() + " failed", ex);
    }

    public void shutdown() {
        executor.shutdownNow();
    }
}
