package org.cepheus.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Carries events from worker threads to the FX thread in batches: producers never block, and the
 * FX thread gets at most one batch per interval, so a trainer firing thousands of iterations a
 * second costs the UI one short runLater every ~50 ms instead of one per event.
 */
public final class FxCoalescer<E> {
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "cepheus-fx-coalescer");
        t.setDaemon(true);
        return t;
    });

    private final ConcurrentLinkedQueue<E> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final Consumer<List<E>> sink;
    private final long intervalNanos;
    private volatile long lastDrain;
    private volatile long maxDrainNanos;
    private volatile long maxDrainCpuNanos;
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    public FxCoalescer(long intervalMillis, Consumer<List<E>> sink) {
        this.intervalNanos = TimeUnit.MILLISECONDS.toNanos(intervalMillis);
        this.sink = sink;
    }

    /** Thread-safe and non-blocking. */
    public void post(E event) {
        queue.add(event);
        schedule();
    }

    private void schedule() {
        if (!scheduled.compareAndSet(false, true)) return;
        long wait = lastDrain + intervalNanos - System.nanoTime();
        if (wait <= 0) Platform.runLater(this::drain);
        else TIMER.schedule(() -> Platform.runLater(this::drain), wait, TimeUnit.NANOSECONDS);
    }

    private void drain() {
        lastDrain = System.nanoTime();
        long cpu = THREADS.getCurrentThreadCpuTime();
        scheduled.set(false);
        List<E> batch = new ArrayList<>();
        for (E e; (e = queue.poll()) != null; ) batch.add(e);
        if (!batch.isEmpty()) sink.accept(batch);
        maxDrainNanos = Math.max(maxDrainNanos, System.nanoTime() - lastDrain);
        maxDrainCpuNanos = Math.max(maxDrainCpuNanos, THREADS.getCurrentThreadCpuTime() - cpu);
        if (!queue.isEmpty()) schedule();
    }

    /** Longest time one batch kept the FX thread busy, in milliseconds (for the stall probes). */
    public double maxDrainMillis() {
        return maxDrainNanos / 1e6;
    }

    /** The same in CPU time of the FX thread: what the batch costs when the OS does not preempt it. */
    public double maxDrainCpuMillis() {
        return maxDrainCpuNanos / 1e6;
    }
}
