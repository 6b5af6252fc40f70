package org.cepheus.learn;

import org.cepheus.service.ProgressMonitor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/** Picks the stars of a split part, predicts them and computes the metrics. */
final class Evaluator {
    private Evaluator() { }

    static EvaluationResult evaluate(Classifier classifier, List<Star> stars, SplitPart part, ProgressMonitor monitor) {
        Manifest m = classifier.bundle().manifest();
        Selection<Star> s = select(m, part, stars, Star::id, Star::label);
        List<Prediction> predictions = classifier.classify(s.usable(), monitor);
        return EvaluationResult.of(m.classNames(), predictions, s.skipped(), s.unlabelled());
    }

    /** Metrics from predictions already made (e.g. by a classification run), without predicting again. */
    static EvaluationResult fromPredictions(Manifest m, List<Prediction> all, SplitPart part) {
        Selection<Prediction> s = select(m, part, all, Prediction::id, Prediction::trueLabel);
        return EvaluationResult.of(m.classNames(), s.usable(), s.skipped(), s.unlabelled());
    }

    /** Items of the split part whose label is one of the model's classes; the others counted. */
    private record Selection<T>(List<T> usable, Map<String, Integer> skipped, int unlabelled) { }

    private static <T> Selection<T> select(Manifest m, SplitPart part, List<T> items,
                                           Function<T, String> id, Function<T, String> label) {
        List<T> chosen = items;
        if (part != SplitPart.ALL) {
            Set<String> ids = new HashSet<>(m.split().part(part));
            chosen = new ArrayList<>();
            for (T t : items) if (ids.contains(id.apply(t))) chosen.add(t);
            if (chosen.isEmpty()) {
                throw new org.cepheus.service.Remedy("none of the model's " + ids.size() + " " + part.name().toLowerCase()
                        + " stars are in this catalog (the model was trained on '" + m.split().catalog() + "')",
                        "use --split all to evaluate on every labelled star",
                        "choose 'all labelled stars' beside the Evaluate button to evaluate on every labelled star");
            }
        }
        Set<String> known = new HashSet<>(m.classNames());
        Map<String, Integer> skipped = new TreeMap<>();
        int unlabelled = 0;
        List<T> usable = new ArrayList<>();
        for (T t : chosen) {
            String l = label.apply(t);
            if (l == null) unlabelled++;
            else if (!known.contains(l)) skipped.merge(l, 1, Integer::sum);
            else usable.add(t);
        }
        if (usable.isEmpty()) {
            throw new IllegalArgumentException("no labelled star of the model's classes " + m.classNames()
                    + " in this catalog" + (skipped.isEmpty() ? "" : " (found only " + skipped.keySet() + ")"));
        }
        return new Selection<>(usable, skipped, unlabelled);
    }
}
