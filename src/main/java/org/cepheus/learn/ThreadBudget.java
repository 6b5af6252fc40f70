package org.cepheus.learn;

import org.nd4j.linalg.factory.Nd4j;

import java.util.function.IntConsumer;
import java.util.function.IntSupplier;

/**
 * How many native threads ND4J may use while a model trains. ND4J's thread count is one setting
 * for the whole process, so it is changed only through a budget's {@link #training()} lease and
 * put back when the last lease of that budget closes: other jobs (classification, evaluation)
 * never inherit a training run's limit.
 */
public final class ThreadBudget {
    private final int trainingThreads; // 0 = leave ND4J's setting alone
    private final IntSupplier current;
    private final IntConsumer set;
    private int leases;
    private int saved;

    private ThreadBudget(int trainingThreads) {
        this(trainingThreads, ThreadBudget::currentNative, ThreadBudget::setNative);
    }

    // NativeBackend first: its settings (libnd4j build, OpenMP wait policy) must precede ND4J's loading
    private static int currentNative() {
        NativeBackend.load();
        return Nd4j.getEnvironment().maxMasterThreads();
    }

    // Environment.setMaxThreads leaves maxThreads() as it was in 1.0.0-M2.1 (checked by running it);
    // the master (outer-loop) threads and OpenBLAS's threads are the settings that take effect
    private static void setNative(int n) {
        NativeBackend.load();
        Nd4j.getEnvironment().setMaxThreads(n);
        Nd4j.getEnvironment().setMaxMasterThreads(n);
        Nd4j.factory().blas().setMaxThreads(n);
    }

    /** A budget over another thread setting than ND4J's (tests). */
    ThreadBudget(int trainingThreads, IntSupplier current, IntConsumer set) {
        this.trainingThreads = trainingThreads;
        this.current = current;
        this.set = set;
    }

    /** A budget that never changes ND4J's setting (the command line: training has the machine). */
    public static ThreadBudget unchanged() { return new ThreadBudget(0); }

    /** Training runs on at most this many native threads. */
    public static ThreadBudget training(int threads) {
        if (threads < 1) throw new IllegalArgumentException("a thread budget needs at least 1 thread, got " + threads);
        return new ThreadBudget(threads);
    }

    /**
     * The GUI's budget: on small machines (up to 4 cores) training leaves one core to the UI, whose
     * software renderer otherwise starves (pulse gaps of 0.5 s measured on 2 cores).
     */
    public static ThreadBudget leavingOneCore(int cores) {
        return cores <= 4 ? training(Math.max(1, cores - 1)) : unchanged();
    }

    /** Threads a training run gets, 0 when the budget leaves ND4J's setting alone. */
    public int trainingThreads() { return trainingThreads; }

    /** Applies the training limit until the lease is closed; overlapping leases restore once, at the last. */
    public synchronized Lease training() {
        if (trainingThreads > 0 && leases++ == 0) {
            saved = current.getAsInt();
            set.accept(trainingThreads);
        }
        return new Lease();
    }

    private synchronized void release() {
        if (trainingThreads > 0 && --leases == 0) set.accept(saved);
    }

    /** One training run's hold on the budget. */
    public final class Lease implements AutoCloseable {
        private boolean open = true;

        private Lease() { }

        @Override
        public void close() {
            if (open) {
                open = false;
                release();
            }
        }
    }
}
