package org.cepheus.learn;

import org.cepheus.service.ProgressMonitor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Picks the stars of a split part, predicts them and computes the metrics. */
final class Evaluator {
    private Evaluator() { }

    static EvaluationResult evaluate(ModelBundle bundle, List<Star> stars, SplitPart part, ProgressMonitor monitor) {
        Manifest m = bundle.manifest();
        List<Star> chosen = stars;
        if (part != SplitPart.ALL) {
            Set<String> ids = new HashSet<>(m.split().part(part));
            chosen = new ArrayList<>();
            for (Star s : stars) if (ids.contains(s.id())) chosen.add(s);
            if (chosen.isEmpty()) {
                throw new IllegalArgumentException("none of the model's " + ids.size() + " " + part.name().toLowerCase()
                        + " stars are in this catalog (the model was trained on '" + m.split().catalog()
                        + "'); use --split all to evaluate on every labelled star");
            }
        }
        Set<String> known = new HashSet<>(m.classNames());
        Map<String, Integer> skipped = new TreeMap<>();
        int unlabelled = 0;
        List<Star> usable = new ArrayList<>();
        for (Star s : chosen) {
            if (s.label() == null) unlabelled++;
            else if (!known.contains(s.label())) skipped.merge(s.label(), 1, Integer::sum);
            else usable.add(s);
        }
        if (usable.isEmpty()) {
            throw new IllegalArgumentException("no labelled star of the model's classes " + m.classNames()
                    + " in this catalog" + (skipped.isEmpty() ? "" : " (found only " + skipped.keySet() + ")"));
        }
        List<Prediction> predictions = new Classifier(bundle).classify(usable, monitor);
        return EvaluationResult.of(m.classNames(), predictions, skipped, unlabelled);
    }
}
