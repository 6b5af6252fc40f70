package org.cepheus.service;

/**
 * What a running job sees of its caller: where to report progress and whether to stop.
 * Implementations must be thread-safe; jobs may report from worker threads.
 */
public interface ProgressMonitor {
    /** @param fraction 0..1, or negative when unknown */
    void progress(double fraction, String message);

    boolean isCancelled();

    /** Throws {@link CancelledException} when the caller asked to stop; call it in loops. */
    default void checkCancelled() {
        if (isCancelled()) throw new CancelledException();
    }

    /**
     * This monitor seen by one step of a longer job: the step's 0..1 becomes {@code from..to} of
     * the whole; cancelling is shared.
     */
    default ProgressMonitor part(double from, double to) {
        ProgressMonitor whole = this;
        return new ProgressMonitor() {
            @Override public void progress(double fraction, String message) {
                whole.progress(fraction < 0 ? fraction : from + (to - from) * Math.min(1, fraction), message);
            }
            @Override public boolean isCancelled() { return whole.isCancelled(); }
        };
    }

    /** A monitor that ignores progress and never cancels (tests, CLI batch use). */
    ProgressMonitor NONE = new ProgressMonitor() {
        @Override public void progress(double fraction, String message) { }
        @Override public boolean isCancelled() { return false; }
    };
}
