package org.cepheus.service;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicBoolean;

/** Progress on stderr for the command line, at most a few lines a second; cancelled by Ctrl-C. */
public final class ConsoleMonitor implements ProgressMonitor {
    private final PrintStream out;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private volatile long lastPrint;

    public ConsoleMonitor(PrintStream out) {
        this.out = out;
    }

    @Override
    public void progress(double fraction, String message) {
        long now = System.nanoTime();
        if (now - lastPrint < 250_000_000L && fraction < 1) return;
        lastPrint = now;
        if (fraction >= 0) out.printf("[%3.0f%%] %s%n", fraction * 100, message == null ? "" : message);
        else if (message != null) out.println(message);
    }

    public void cancel() { cancelled.set(true); }

    @Override
    public boolean isCancelled() { return cancelled.get(); }
}
