package org.cepheus.learn;

import org.cepheus.catalog.Catalog;
import org.cepheus.service.ProgressMonitor;

import java.nio.file.Path;

/** The training loop behind {@link TrainingJob}. */
final class Trainer {
    private final Catalog catalog;
    private final TrainingConfig config;
    private final Path out;
    private final TrainingListener listener;
    private final boolean resume;

    Trainer(Catalog catalog, TrainingConfig config, Path out, TrainingListener listener, boolean resume) {
        this.catalog = catalog;
        this.config = config;
        this.out = out;
        this.listener = listener;
        this.resume = resume;
    }

    TrainingOutcome run(ProgressMonitor monitor) throws Exception {
        throw new UnsupportedOperationException("not yet");
    }
}
