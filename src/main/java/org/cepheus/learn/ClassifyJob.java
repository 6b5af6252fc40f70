package org.cepheus.learn;

import org.cepheus.catalog.Catalog;
import org.cepheus.service.Job;
import org.cepheus.service.ProgressMonitor;

import java.nio.file.Path;
import java.util.List;

/**
 * Classifies every star of a catalog with a bundle; optionally writes the predictions CSV
 * ({@code id,predicted,probability,novelty,flag,p_<class>...}) atomically.
 */
public final class ClassifyJob implements Job<List<Prediction>> {
    private final ModelBundle bundle;
    private final Catalog catalog;
    private final Path csv;
    private final FeatureStore features;

    /**
     * @param csv      where to write predictions, or null to only return them
     * @param features where extracted features are kept (the caller's, closed by it)
     */
    public ClassifyJob(ModelBundle bundle, Catalog catalog, Path csv, FeatureStore features) {
        this.bundle = bundle;
        this.catalog = catalog;
        this.csv = csv;
        this.features = features;
    }

    @Override
    public List<Prediction> run(ProgressMonitor monitor) throws Exception {
        List<Prediction> out = new Classifier(bundle, features).classify(catalog, monitor);
        if (csv != null) PredictionsCsv.write(csv, bundle.classNames(), out);
        return out;
    }
}
