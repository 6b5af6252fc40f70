package org.cepheus.learn;

import org.cepheus.catalog.Catalog;
import org.cepheus.catalog.LightCurve;
import org.cepheus.service.ProgressMonitor;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Applies a trained bundle to stars: class probabilities, the best class and flags telling when
 * not to trust the answer (low best probability; fewer points, other cadence or baseline than the
 * training curves). Use one Classifier per thread (the network is not thread-safe).
 */
public final class Classifier {
    private final ModelBundle bundle;
    private final FeatureStore features;

    /** Features that the model extracts are kept in the caller's store (closed by the caller). */
    public Classifier(ModelBundle bundle, FeatureStore features) {
        this.bundle = bundle;
        this.features = features;
    }

    /** Features extracted for the model live only as long as this classifier. */
    public Classifier(ModelBundle bundle) {
        this(bundle, FeatureStore.inMemory());
    }

    public ModelBundle bundle() { return bundle; }

    /** Classifies every star of the catalog (labels, if any, are kept as trueLabel). */
    public List<Prediction> classify(Catalog catalog, ProgressMonitor monitor) {
        return classify(Star.of(catalog), monitor);
    }

    /** Classifies the given stars, in order; cancellable between minibatches. */
    public List<Prediction> classify(List<Star> stars, ProgressMonitor monitor) {
        Manifest m = bundle.manifest();
        EncodedCache cache = EncodedCache.build(stars, bundle.encoders(features), monitor);
        int[] all = new int[stars.size()];
        for (int i = 0; i < all.length; i++) all[i] = i;
        float[][] p;
        synchronized (bundle.network()) {
            p = Predictor.probabilities(bundle.network(), cache, m.inputs(), all, m.classNames().size(), monitor);
        }
        List<Prediction> out = new ArrayList<>(stars.size());
        for (int i = 0; i < stars.size(); i++) {
            Star s = stars.get(i);
            out.add(new Prediction(s.id(), s.label(), m.classNames().get(Predictor.argmax(p[i])), p[i], flags(s, p[i])));
        }
        return out;
    }

    /** Why this star's answer may not be trusted, judged against the training curves. */
    Set<Prediction.Flag> flags(Star star, float[] probabilities) {
        Manifest m = bundle.manifest();
        TrainingConfig.Flags f = m.config().flags();
        Set<Prediction.Flag> flags = EnumSet.noneOf(Prediction.Flag.class);
        float best = 0;
        for (float v : probabilities) best = Math.max(best, v);
        if (best < f.minProbability()) flags.add(Prediction.Flag.LOW_PROBABILITY);
        Manifest.DataProfile prof = m.profile();
        if (prof == null) return flags;
        LightCurve c = star.curve(m.config().encoding().band());
        if (c.size() < Math.max(prof.minPoints(), m.config().encoding().minPoints())) flags.add(Prediction.Flag.FEW_POINTS);
        double step = TrainingData.medianStep(c.time());
        if (c.size() >= 2 && outside(step, prof.cadenceLow(), prof.cadenceHigh(), f.rangeFactor())) {
            flags.add(Prediction.Flag.CADENCE);
        }
        if (outside(c.timeSpan(), prof.baselineLow(), prof.baselineHigh(), f.rangeFactor())) {
            flags.add(Prediction.Flag.BASELINE);
        }
        return flags;
    }

    private static boolean outside(double v, double low, double high, double factor) {
        return v < low / factor || v > high * factor;
    }
}
