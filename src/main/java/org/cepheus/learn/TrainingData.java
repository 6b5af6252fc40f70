package org.cepheus.learn;

import org.cepheus.catalog.Catalog;
import org.cepheus.catalog.LightCurve;
import org.cepheus.lightcurve.Stats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The labelled stars a run trains on, the class order, and what the training curves look like. */
final class TrainingData {
    private TrainingData() { }

    /** Labelled stars of the wanted classes (all when empty) with at least minPoints points. */
    static List<Star> usable(Catalog catalog, Set<String> classes, TrainingConfig config) {
        List<Star> out = new ArrayList<>();
        for (Star s : Star.of(catalog)) {
            if (s.label() == null) continue;
            if (!classes.isEmpty() && !classes.contains(s.label())) continue;
            if (s.curve(config.encoding().band()).size() < config.encoding().minPoints()) continue;
            out.add(s);
        }
        return out;
    }

    /** Class names in sorted order. */
    static List<String> classNames(List<Star> stars) {
        Set<String> names = new TreeSet<>();
        for (Star s : stars) names.add(s.label());
        return List.copyOf(names);
    }

    /** Class index of each star (-1 when its label is not a class). */
    static int[] labelIndices(List<Star> stars, List<String> classNames) {
        Map<String, Integer> idx = new HashMap<>();
        for (int i = 0; i < classNames.size(); i++) idx.put(classNames.get(i), i);
        int[] out = new int[stars.size()];
        for (int i = 0; i < out.length; i++) out[i] = idx.getOrDefault(stars.get(i).label(), -1);
        return out;
    }

    /** Inverse-frequency weights n / (k * n_c) over the training samples; 1 when a class is absent. */
    static float[] classWeights(int[] labels, int[] trainSamples, int numClasses) {
        int[] count = new int[numClasses];
        for (int s : trainSamples) count[labels[s]]++;
        float[] w = new float[numClasses];
        for (int c = 0; c < numClasses; c++) {
            w[c] = count[c] == 0 ? 1f : (float) (trainSamples.length / ((double) numClasses * count[c]));
        }
        return w;
    }

    /** Point counts, median cadence and baseline ranges of the training curves. */
    static Manifest.DataProfile profile(List<Star> training, String band) {
        int n = training.size();
        double[] points = new double[n], cadence = new double[n], baseline = new double[n];
        int min = Integer.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            LightCurve c = training.get(i).curve(band);
            points[i] = c.size();
            min = Math.min(min, c.size());
            cadence[i] = medianStep(c.time());
            baseline[i] = c.timeSpan();
        }
        return new Manifest.DataProfile(n == 0 ? 0 : min, (int) percentile(points, 5),
                percentile(cadence, 1), percentile(cadence, 99),
                percentile(baseline, 1), percentile(baseline, 99));
    }

    static double medianStep(double[] t) {
        if (t.length < 2) return 0;
        double[] d = new double[t.length - 1];
        for (int i = 1; i < t.length; i++) d[i - 1] = t[i] - t[i - 1];
        return percentile(d, 50);
    }

    /** Stats.percentile, with 0 for no values (an empty training set has an all-zero profile). */
    private static double percentile(double[] v, double q) {
        return v.length == 0 ? 0 : Stats.percentile(v, q);
    }
}
