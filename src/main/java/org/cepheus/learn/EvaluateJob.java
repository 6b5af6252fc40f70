package org.cepheus.learn;

import java.util.List;

import org.cepheus.catalog.Catalog;
import org.cepheus.service.Job;
import org.cepheus.service.ProgressMonitor;

/**
 * Evaluates a bundle on the labelled stars of a catalog: the bundle's own held-back test stars
 * ({@link SplitPart#TEST}) or every labelled star ({@link SplitPart#ALL}). Stars of classes the
 * model was not trained on are skipped and counted in the result.
 */
public final class EvaluateJob implements Job<EvaluationResult> {
    private final ModelBundle bundle;
    private final Catalog catalog;
    private final SplitPart part;
    private final FeatureStore features;

    /** @param features where extracted features are kept (the caller's, closed by it) */
    public EvaluateJob(ModelBundle bundle, Catalog catalog, SplitPart part, FeatureStore features) {
        this.bundle = bundle;
        this.catalog = catalog;
        this.part = part;
        this.features = features;
    }

    /**
     * The same metrics from predictions already made for the catalog's stars (e.g. by
     * {@link Classifier}), so a caller that classifies everything does not predict twice.
     */
    public static EvaluationResult fromPredictions(ModelBundle bundle, List<Prediction> predictions, SplitPart part) {
        return Evaluator.fromPredictions(bundle.manifest(), predictions, part);
    }

    @Override
    public EvaluationResult run(ProgressMonitor monitor) throws Exception {
        return Evaluator.evaluate(new Classifier(bundle, features), Star.of(catalog), part, monitor);
    }
}
