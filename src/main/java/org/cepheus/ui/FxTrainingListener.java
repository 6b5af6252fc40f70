package org.cepheus.ui;

import java.util.List;
import java.util.function.Consumer;
import org.cepheus.learn.EpochStats;
import org.cepheus.learn.TrainingListener;
import org.cepheus.learn.TrainingOutcome;

/**
 * Trainer events carried to the FX thread in batches (see {@link FxCoalescer}): the training
 * thread only enqueues, and the views receive at most one batch every ~50 ms, however fast the
 * minibatches go. The sinks run on the FX thread.
 */
public final class FxTrainingListener implements TrainingListener {
    /** One iteration's loss. */
    public record Iteration(int iteration, int epoch, double loss) { }

    /** What the FX side implements. */
    public interface Sink {
        void iterations(List<Iteration> batch);
        void epoch(EpochStats stats);
        void finished(TrainingOutcome outcome);
    }

    private final FxCoalescer<Object> coalescer;

    public FxTrainingListener(Sink sink) {
        this.coalescer = new FxCoalescer<>(50, batch -> deliver(batch, sink));
    }

    private static void deliver(List<Object> batch, Sink sink) {
        // consecutive iterations go to the sink as one list, keeping the order with epoch events
        java.util.ArrayList<Iteration> run = new java.util.ArrayList<>();
        Consumer<Void> flush = v -> {
            if (!run.isEmpty()) {
                sink.iterations(List.copyOf(run));
                run.clear();
            }
        };
        for (Object e : batch) {
            if (e instanceof Iteration) {
                run.add((Iteration) e);
                continue;
            }
            flush.accept(null);
            if (e instanceof EpochStats) sink.epoch((EpochStats) e);
            else if (e instanceof TrainingOutcome) sink.finished((TrainingOutcome) e);
        }
        flush.accept(null);
    }

    /** Longest time one batch of events kept the FX thread busy, in milliseconds. */
    public double maxDeliveryMillis() {
        return coalescer.maxDrainMillis();
    }

    /** The same in CPU time of the FX thread (unaffected by other processes on the machine). */
    public double maxDeliveryCpuMillis() {
        return coalescer.maxDrainCpuMillis();
    }

    @Override
    public void onIteration(int iteration, int epoch, double loss) {
        coalescer.post(new Iteration(iteration, epoch, loss));
    }

    @Override
    public void onEpoch(EpochStats stats) {
        coalescer.post(stats);
    }

    @Override
    public void onFinished(TrainingOutcome outcome) {
        coalescer.post(outcome);
    }
}
