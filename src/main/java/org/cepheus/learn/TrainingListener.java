package org.cepheus.learn;

/**
 * What a training run tells its watchers (the CLI prints epochs, the GUI draws loss curves). Called
 * on the training thread: implementations must return quickly and hand work to their own thread
 * (the GUI uses Platform.runLater). All methods have empty defaults so a watcher overrides only
 * what it needs.
 */
public interface TrainingListener {

    /** After each minibatch: global iteration count (from 0), epoch (from 1) and its training loss. */
    default void onIteration(int iteration, int epoch, double loss) { }

    /** After each epoch, once validation metrics are known. */
    default void onEpoch(EpochStats stats) { }

    /** Once, when training stops: finished, early-stopped, cancelled or failed. */
    default void onFinished(TrainingOutcome outcome) { }

    /** A listener that ignores everything. */
    TrainingListener NONE = new TrainingListener() { };
}
