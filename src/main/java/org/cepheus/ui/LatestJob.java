package org.cepheus.ui;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.concurrent.WorkerStateEvent;
import org.cepheus.service.Job;

/**
 * A view's background computation where only the newest request counts (a star's periodogram,
 * fold or dm-dt image): starting one cancels the one before, and a result is delivered only if no
 * newer request came since, so a slow stale job never overwrites a newer picture. FX thread only.
 */
public final class LatestJob<T> {
    private final JobRunner jobs;
    private final String title;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private JobTask<T> current;
    private long generation;

    public LatestJob(JobRunner jobs, String title) {
        this.jobs = jobs;
        this.title = title;
    }

    /** Cancels the previous job and starts this one; onResult runs on the FX thread if it is still the newest. */
    public void start(Job<T> job, Consumer<T> onResult) {
        cancel();
        long mine = generation;
        current = jobs.start(title, job, result -> {
            if (mine != generation) return; // superseded between finishing and this event
            finished();
            onResult.accept(result);
        });
        current.addEventHandler(WorkerStateEvent.WORKER_STATE_FAILED, e -> {
            if (mine == generation) finished();
        });
        running.set(true);
    }

    /** Cancels the running job, if any; its result, should it still arrive, is dropped. */
    public void cancel() {
        generation++;
        if (current != null) current.cancel();
        finished();
    }

    private void finished() {
        current = null;
        running.set(false);
    }

    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }
    public boolean isRunning() { return running.get(); }
}
