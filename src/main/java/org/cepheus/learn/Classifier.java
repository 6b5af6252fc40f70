package org.cepheus.learn;

import org.cepheus.catalog.Catalog;
import org.cepheus.service.ProgressMonitor;

import java.util.List;

/**
 * Applies a trained bundle to stars: class probabilities, the best class and flags telling when
 * not to trust the answer (low best probability; fewer points, other cadence or baseline than the
 * training curves). Thread-confined: one Classifier per thread.
 */
public final class Classifier {
    private final ModelBundle bundle;

    public Classifier(ModelBundle bundle) {
        this.bundle = bundle;
    }

    public ModelBundle bundle() { return bundle; }

    /** Classifies every star of the catalog (labels, if any, are kept as trueLabel). */
    public List<Prediction> classify(Catalog catalog, ProgressMonitor monitor) {
        return classify(Star.of(catalog), monitor);
    }

    /** Classifies the given stars, in order; cancellable between minibatches. */
    public List<Prediction> classify(List<Star> stars, ProgressMonitor monitor) {
        throw new UnsupportedOperationException("not yet");
    }
}
