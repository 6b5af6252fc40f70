package org.cepheus.cli;

import org.cepheus.service.ProgressMonitor;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Progress for long commands: coarse messages on stderr (at most one every 5 s, per-batch
 * training progress once a minute, so logs of long runs stay short), and Ctrl-C turned into a cancel request that the job honours at its
 * next check, instead of killing the JVM half-way through writing a file.
 */
final class CliMonitor implements ProgressMonitor, AutoCloseable {
    private final PrintStream err;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private volatile long lastPrint;
    private volatile String lastMessage;
    private Thread hook;
    private final java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);

    CliMonitor(PrintStream err) {
        this.err = err;
    }

    /**
     * How long the hook waits for the job to stop: SIGINT/SIGTERM must end the process within 2 s,
     * and the long loops check the monitor every few milliseconds, so atomic writers have removed
     * their temp files by then.
     */
    static final long CANCEL_WAIT_MS = 1_800;

    /**
     * Installs a Ctrl-C / SIGTERM hook that cancels and waits (up to {@link #CANCEL_WAIT_MS}) until
     * {@code worker} has finished or the command has closed this monitor; commands close it once
     * their files are written (or removed), so the try-with-resources must enclose the writing.
     */
    CliMonitor cancelOnInterrupt(Thread worker) {
        hook = new Thread(() -> {
            if (!worker.isAlive() || done.getCount() == 0) return;
            cancelled.set(true);
            err.println("cancelling: finishing the current step...");
            try {
                if (!done.await(CANCEL_WAIT_MS, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                    err.println("cancelling: the job did not stop in time; exiting anyway");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "cepheus-cancel");
        Runtime.getRuntime().addShutdownHook(hook);
        return this;
    }

    @Override
    public void progress(double fraction, String message) {
        long now = System.nanoTime();
        // per-batch training lines only once a minute: the epoch lines on stdout say the rest
        long interval = message != null && message.startsWith("epoch ") ? 60_000_000_000L : 5_000_000_000L;
        if (message == null || message.equals(lastMessage) || now - lastPrint < interval) return;
        lastPrint = now;
        lastMessage = message;
        err.println(message);
    }

    @Override
    public boolean isCancelled() { return cancelled.get(); }

    /**
     * Removes the Ctrl-C hook once the work is done: left installed, a JVM that runs commands in
     * process (tests, the GUI) would wait for the caller's thread at exit.
     */
    @Override
    public void close() {
        done.countDown();
        if (hook == null) return;
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the JVM is already exiting: the hook runs and cancels, as intended
        }
        hook = null;
    }
}
