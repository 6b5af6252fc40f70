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

    @Override
    protected T call() throws Exception {
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
