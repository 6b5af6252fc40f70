package org.cepheus.ui;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
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
    /**
     * At most this many jobs run at once, the rest wait in line: requests can no longer stack up
     * threads without limit, and there is room for the star view's short jobs beside long ones
     * (training, evaluation, an export). A job cancelled while it waits never runs.
     */
    static final int THREADS = 8;
    private final ThreadPoolExecutor executor;
    private final ErrorReporter errors;
    private volatile Consumer<JobTask<?>> observer = t -> { };

    public JobRunner(ErrorReporter errors) {
        this.errors = errors;
        AtomicInteger n = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(THREADS, THREADS, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "cepheus-job-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        executor.allowCoreThreadTimeOut(true); // no idle threads kept
    }

    /** Tests: sees every task as it is started. */
    void observe(Consumer<JobTask<?>> startedTask) {
        observer = startedTask;
    }

    /** Starts the job; onSuccess runs on the FX thread with its result. */
    public <T> JobTask<T> start(String title, Job<T> job, Consumer<T> onSuccess) {
        JobTask<T> task = new JobTask<>(title, job);
        task.addEventHandler(WorkerStateEvent.WORKER_STATE_SUCCEEDED, e -> onSuccess.accept(task.getValue()));
        task.addEventHandler(WorkerStateEvent.WORKER_STATE_FAILED, e -> reportFailure(task));
        observer.accept(task);
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
