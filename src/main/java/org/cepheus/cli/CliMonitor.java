package org.cepheus.cli;

import org.cepheus.service.ProgressMonitor;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Progress for long commands: coarse messages on stderr (at most one every few seconds, so logs
 * of long runs stay short), and Ctrl-C turned into a cancel request that the job honours at its
 * next check, instead of killing the JVM half-way through writing a file.
 */
final class CliMonitor implements ProgressMonitor {
    private final PrintStream err;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private volatile long lastPrint;
    private volatile String lastMessage;

    CliMonitor(PrintStream err) {
        this.err = err;
    }

    /** Installs a Ctrl-C hook that cancels and waits (up to 30 s) for {@code worker} to finish. */
    CliMonitor cancelOnInterrupt(Thread worker) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (!worker.isAlive()) return;
            cancelled.set(true);
            err.println("cancelling: finishing the current step...");
            try {
                worker.join(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "cepheus-cancel"));
        return this;
    }

    @Override
    public void progress(double fraction, String message) {
        long now = System.nanoTime();
        if (message == null || message.equals(lastMessage) || now - lastPrint < 5_000_000_000L) return;
        if (message.startsWith("epoch ")) return; // per-batch lines: the epoch line says it all
        lastPrint = now;
        lastMessage = message;
        err.println(message);
    }

    @Override
    public boolean isCancelled() { return cancelled.get(); }
}
