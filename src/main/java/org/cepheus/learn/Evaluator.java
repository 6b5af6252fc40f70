package org.cepheus.learn;

import org.cepheus.service.ProgressMonitor;

import java.util.List;

/** Picks the stars of a split part, predicts them and computes the metrics. */
final class Evaluator {
    private Evaluator() { }

    static EvaluationResult evaluate(ModelBundle bundle, List<Star> stars, SplitPart part, ProgressMonitor monitor) {
        throw new UnsupportedOperationException("not yet");
    }
}
