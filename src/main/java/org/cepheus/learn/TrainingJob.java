package org.cepheus.learn;

import org.cepheus.catalog.Catalog;
import org.cepheus.service.Job;
import org.cepheus.service.ProgressMonitor;

import java.nio.file.Path;

/**
 * Trains a model on the labelled stars of a catalog and writes the best checkpoint to
 * {@code out} (atomically, each time validation improves). A resumable checkpoint with the
 * optimiser state lives beside it ({@link #checkpointPath}) until training ends; cancelling via
 * the monitor stops within one minibatch and keeps both files. The returned outcome is also
 * given to {@link TrainingListener#onFinished}.
 */
public final class TrainingJob implements Job<TrainingOutcome> {
    private final Catalog catalog;
    private final TrainingConfig config;
    private final Path out;
    private final TrainingListener listener;
    private boolean resume;
    private java.util.Set<String> classes = java.util.Set.of();
    private FeatureStore features;
    private ThreadBudget threads = ThreadBudget.unchanged();
    private java.util.Set<String> testIds;

    public TrainingJob(Catalog catalog, TrainingConfig config, Path out, TrainingListener listener) {
        this.catalog = catalog;
        this.config = config;
        this.out = out;
        this.listener = listener == null ? TrainingListener.NONE : listener;
    }

    /** Test on exactly these stars (those in the catalog), e.g. another model's test part; default: the preset's split. */
    public TrainingJob testStars(java.util.Set<String> ids) {
        this.testIds = ids == null ? null : java.util.Set.copyOf(ids);
        return this;
    }

    /**
     * The held-back test stars of a model bundle (read from its manifest only), to train another
     * model tested on exactly them.
     * @throws IllegalArgumentException when the bundle has none
     */
    public static java.util.Set<String> testStarsOf(Path bundle) throws java.io.IOException {
        Manifest.SplitIds s = ModelBundle.readManifest(bundle).split();
        if (s == null || s.test().isEmpty()) throw new IllegalArgumentException(bundle + " has no held-back test stars to reuse");
        return new java.util.HashSet<>(s.test());
    }

    /** Continue from {@link #checkpointPath(Path)} when it exists (same catalog and config). */
    public TrainingJob resuming(boolean yes) {
        this.resume = yes;
        return this;
    }

    /** Train only on these classes (empty: every labelled class of the catalog). */
    public TrainingJob classes(java.util.Set<String> names) {
        this.classes = java.util.Set.copyOf(names);
        return this;
    }

    /**
     * Where the best weights so far are kept while training runs: MODEL.zip.best. The model file
     * itself is only replaced when the run ends (finished, early-stopped or cancelled), so a run
     * that is killed leaves the previous model intact.
     */
    public static Path bestPath(Path out) {
        return out.resolveSibling(out.getFileName() + ".best");
    }

    /** Keep extracted features in this store (the caller's, closed by it); default: one for this run only. */
    public TrainingJob features(FeatureStore store) {
        this.features = store;
        return this;
    }

    /** Train within this budget of native threads (restored when the run ends); default: ND4J's own. */
    public TrainingJob threads(ThreadBudget budget) {
        this.threads = budget;
        return this;
    }

    /** Where the resumable checkpoint of a model file is kept: MODEL.zip.checkpoint. */
    public static Path checkpointPath(Path out) {
        return out.resolveSibling(out.getFileName() + ".checkpoint");
    }

    @Override
    public TrainingOutcome run(ProgressMonitor monitor) throws Exception {
        try (ThreadBudget.Lease lease = threads.training()) {
            if (features != null) return new Trainer(catalog, config, out, listener, resume, classes, features, testIds).run(monitor);
            try (FeatureStore own = FeatureStore.inMemory()) {
                return new Trainer(catalog, config, out, listener, resume, classes, own, testIds).run(monitor);
            }
        }
    }
}
