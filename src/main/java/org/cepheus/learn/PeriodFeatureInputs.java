package org.cepheus.learn;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.cepheus.catalog.LightCurve;
import org.cepheus.lightcurve.FeatureExtractor;
import org.cepheus.lightcurve.PeriodFinder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The inputs of {@link PeriodFeaturesKind}: the feature vector ("features", shape [F]) and the
 * folded, binned curve ("folded", shape [2 x bands, bins], NCW). Both come from one
 * {@link FeatureExtractor} run per star (the period search is the expensive part), kept in the
 * caller's {@link FeatureStore} so the two encoders and the planning step share it.
 */
final class PeriodFeatureInputs {
    static final String FEATURES = "period-features";
    static final String FOLDED = "folded";
    /** Training stars whose features decide the fill-in values. */
    static final int FILL_SAMPLE = 400;

    private PeriodFeatureInputs() { }

    /**
     * Feature and period-search parameters (preset).
     *
     * @param extractor    feature parameters; an empty band list is decided from the training
     *                     stars (most common band first)
     * @param oversampling frequency-grid oversampling of the period search
     * @param coarse       coarse-then-fine period search (null in bundles made before it: the
     *                     grid of {@code oversampling}, so their features stay as trained)
     */
    record Settings(FeatureExtractor.Options extractor, double oversampling, PeriodFinder.Coarse coarse) { }

    /** The settings with their bands decided: the preset's, or when it names none the stars' most common. */
    static Settings withBandsOf(Settings s, List<Star> stars) {
        List<String> bands = s.extractor().bands();
        if (bands != null && !bands.isEmpty()) return s;
        return new Settings(s.extractor().withBands(commonBands(stars)), s.oversampling(), s.coarse());
    }

    static List<InputSpec> plan(Settings s, boolean folded, List<Star> training, FeatureStore store) {
        Settings fixed = withBandsOf(s, training);
        FeatureExtractor.Options o = fixed.extractor();
        FeatureExtractor fx = extractor(fixed);
        // medians over an evenly spaced sample of the training stars replace features that cannot
        // be computed for a star (e.g. a missing band); a sample, because this step shows no
        // progress and cannot be cancelled, while the framework's encoding of all stars can
        int stride = Math.max(1, training.size() / FILL_SAMPLE);
        List<Star> sample = new ArrayList<>();
        for (int i = 0; i < training.size(); i += stride) sample.add(training.get(i));
        List<FeatureExtractor.Result> results = sample.parallelStream().map(st -> store.extract(fixed, fx, st)).toList();
        double[] fill = new double[fx.size()];
        for (int j = 0; j < fill.length; j++) {
            final int jj = j;
            double[] v = results.stream().mapToDouble(r -> r.scalars()[jj]).filter(Double::isFinite).sorted().toArray();
            fill[j] = v.length == 0 ? 0 : v[v.length / 2];
        }
        ObjectNode p = TrainingConfig.JSON.createObjectNode();
        p.set("settings", TrainingConfig.JSON.valueToTree(fixed));
        p.set("names", TrainingConfig.JSON.valueToTree(fx.names()));
        p.set("fill", TrainingConfig.JSON.valueToTree(fill));
        List<InputSpec> specs = new ArrayList<>();
        specs.add(new InputSpec("features", FEATURES, new int[]{fx.size()}, false, p, null));
        if (folded) {
            specs.add(new InputSpec("folded", FOLDED, new int[]{2 * o.bands().size(), o.phaseBins()}, false, p, null));
        }
        return specs;
    }

    static InputEncoder encoder(InputSpec spec, FeatureStore store) {
        Settings s = TrainingConfig.JSON.convertValue(spec.params().get("settings"), Settings.class);
        double[] fill = TrainingConfig.JSON.convertValue(spec.params().get("fill"), double[].class);
        FeatureExtractor fx = extractor(s);
        if (spec.encoder().equals(FEATURES)) {
            List<String> names = Arrays.asList(TrainingConfig.JSON.convertValue(spec.params().get("names"), String[].class));
            if (!names.equals(fx.names()) || fill.length != spec.size()) {
                throw new IllegalArgumentException("features input: the saved feature list does not match "
                        + "this version's feature extractor");
            }
        }
        return new InputEncoder() {
            @Override public InputSpec spec() { return spec; }

            @Override public void encode(Star star, float[] features, float[] mask) {
                FeatureExtractor.Result r = store.extract(s, fx, star);
                if (spec.encoder().equals(FEATURES)) {
                    double[] v = r.scalars();
                    for (int j = 0; j < v.length; j++) features[j] = (float) (Double.isFinite(v[j]) ? v[j] : fill[j]);
                } else {
                    System.arraycopy(r.shape(), 0, features, 0, r.shape().length);
                }
            }
        };
    }

    static FeatureExtractor extractor(Settings s) {
        return new FeatureExtractor(s.extractor(), periodFinder(s));
    }

    static PeriodFinder periodFinder(Settings s) {
        return PeriodFinder.gls(s.oversampling(), s.coarse());
    }

    /** Band names of the training stars, most common first (ties by name). */
    static List<String> commonBands(List<Star> training) {
        Map<String, Integer> count = new HashMap<>();
        for (Star st : training) for (LightCurve c : st.curves()) count.merge(c.band(), 1, Integer::sum);
        List<String> bands = new ArrayList<>(count.keySet());
        bands.sort(Comparator.<String>comparingInt(b -> -count.get(b)).thenComparing(Comparator.naturalOrder()));
        return bands;
    }
}
