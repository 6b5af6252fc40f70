package org.cepheus.ui;

import javafx.concurrent.Task;
import org.cepheus.service.Job;
import org.cepheus.service.ProgressMonitor;

/**
 * A core {@link Job} run as a JavaFX Task: the job's progress reports become the task's progress
 * and message properties (Task already coalesces them onto the FX thread), and cancelling the task
 * is what the job sees through {@link ProgressMonitor#isCancelled()}.
 */
public final class JobTask<T> extends Task<T> {
    private final Job<T> job;
    // where the job's own code is; the task's state says CANCELLED at once, the code stops at its next check
    private volatile boolean started, ended, completed;

    public JobTask(String title, Job<T> job) {
        this.job = job;
        updateTitle(title);
    }

    /**
     * Never interrupts the worker: jobs stop cooperatively through the monitor, and an interrupt
     * landing in file I/O (a model being saved) would close the channel under it.
     */
    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        return super.cancel(false);
    }

    /** True once the job's code is off the worker thread, or will never run (cancelled while waiting). */
    public boolean hasEnded() {
        return ended || (!started && isCancelled());
    }

    /** True while the job's code is on a worker thread (a cancelled task's too, until its next check). */
    public boolean isExecuting() {
        return started && !ended;
    }

    /** True if the job's code ran to its end and returned a result (not stopped by cancel or an error). */
    public boolean completedNormally() {
        return completed;
    }

    @Override
    protected T call() throws Exception {
        started = true;
        try {
            T result = runJob();
            completed = true;
            return result;
        } finally {
            ended = true;
        }
    }

    private T runJob() throws Exception {
        return job.run(new ProgressMonitor() {
            @Override
            public void progress(double fraction, String message) {
                if (fraction >= 0) updateProgress(Math.min(fraction, 1.0), 1.0);
                else updateProgress(-1, 1);
                if (message != null) updateMessage(message);
            }

            @Override
            public boolean isCancelled() {
                return JobTask.this.isCancelled();
            }
        });
    }
}
