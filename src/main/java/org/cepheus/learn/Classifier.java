package org.cepheus.learn;

import org.cepheus.catalog.Catalog;
import org.cepheus.catalog.LightCurve;
import org.cepheus.service.ProgressMonitor;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Applies a trained bundle to stars: class probabilities (at the bundle's fitted temperature, see
 * {@link Calibration}; T = 1 for bundles without one), the best class and flags telling when
 * not to trust the answer (low best probability or a small margin over the second best; fewer
 * points, other cadence or baseline than the training curves; unlike every training class, when
 * the bundle has a novelty detector). Use one Classifier per thread (the network is not thread-safe).
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

    /**
     * Stars encoded at a time: the encoded inputs of a whole survey field would not fit in memory
     * (300,000 CRTS-like curves are ~1.5 GB of encoded sequences), one chunk's do.
     */
    static final int CHUNK = 64 * Predictor.BATCH; // whole inference batches: the same batches as unchunked, same bits

    /** Classifies the given stars, in order, a chunk at a time; cancellable between minibatches. */
    public List<Prediction> classify(List<Star> stars, ProgressMonitor monitor) {
        return classify(stars, monitor, CHUNK);
    }

    List<Prediction> classify(List<Star> stars, ProgressMonitor monitor, int chunkSize) {
        Manifest m = bundle.manifest();
        List<InputEncoder> encoders = bundle.encoders(features);
        int n = stars.size();
        List<Prediction> out = new ArrayList<>(n);
        for (int from = 0; from < n; from += chunkSize) {
            List<Star> chunk = stars.subList(from, Math.min(n, from + chunkSize));
            double f0 = (double) from / n, f1 = (double) (from + chunk.size()) / n;
            EncodedCache cache = EncodedCache.build(chunk, encoders, monitor.part(f0, f0 + 0.8 * (f1 - f0)));
            int[] all = new int[chunk.size()];
            for (int i = 0; i < all.length; i++) all[i] = i;
            float[][] p;
            double[] novelty = null;
            synchronized (bundle.network()) {
                if (m.novelty() == null) {
                    p = Predictor.probabilities(bundle.network(), cache, m.inputs(), all, m.classNames().size(),
                            m.temperatureOrOne(), monitor);
                } else {
                    // one pass gives the probabilities and the layers the detector reads
                    Novelty.Representations r = Novelty.pass(bundle.network(), cache, m.inputs(), all, m.temperatureOrOne(), monitor);
                    p = r.probabilities();
                    novelty = Novelty.scores(m.novelty(), r);
                }
            }
            monitor.progress(f1, "classified " + (from + chunk.size()) + " of " + n + " stars");
            for (int i = 0; i < chunk.size(); i++) {
                Star s = chunk.get(i);
                Prediction pr = new Prediction(s.id(), s.label(), m.classNames().get(Predictor.argmax(p[i])), p[i], flags(s, p[i]));
                out.add(novelty == null ? pr : pr.withNovelty(novelty[i], novelty[i] > m.novelty().threshold()));
            }
        }
        return out;
    }

    /** Why this star's answer may not be trusted, judged against the training curves. */
    Set<Prediction.Flag> flags(Star star, float[] probabilities) {
        Manifest m = bundle.manifest();
        TrainingConfig.Flags f = m.config().flags();
        Set<Prediction.Flag> flags = EnumSet.noneOf(Prediction.Flag.class);
        float best = 0, second = 0;
        for (float v : probabilities) {
            if (v > best) {
                second = best;
                best = v;
            } else if (v > second) {
                second = v;
            }
        }
        if (best < f.minProbability() || (f.minMargin() != null && best - second < f.minMargin())) {
            flags.add(Prediction.Flag.LOW_PROBABILITY);
        }
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
