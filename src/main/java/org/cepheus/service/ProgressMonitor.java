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

    /** A monitor that ignores progress and never cancels (tests, CLI batch use). */
    ProgressMonitor NONE = new ProgressMonitor() {
        @Override public void progress(double fraction, String message) { }
        @Override public boolean isCancelled() { return false; }
    };
}
