package org.cepheus.learn;

import java.util.List;
import java.util.Map;

/**
 * Metrics of a model on labelled stars. Arrays indexed by class follow {@link #classNames()}, the
 * bundle's class order. Confusion rows are true classes, columns predicted classes. A class with
 * no true and no predicted stars gets precision/recall/F1 of 0 and is still counted in the macro
 * averages (as scikit-learn does with zero_division=0), so results are comparable with the paper.
 *
 * @param skipped stars left out, by reason, e.g. "class RRd not in model: 12" (label -> count for
 *                classes the model was not trained on is in {@link #skippedClasses()})
 */
public record EvaluationResult(List<String> classNames, double accuracy,
                               double[] precision, double[] recall, double[] f1, int[] support,
                               double macroPrecision, double macroRecall, double macroF1,
                               int[][] confusion, List<Prediction> predictions,
                               Map<String, Integer> skippedClasses, int skippedUnlabelled) {

    public EvaluationResult {
        classNames = List.copyOf(classNames);
        predictions = predictions == null ? List.of() : List.copyOf(predictions);
        skippedClasses = skippedClasses == null ? Map.of() : Map.copyOf(skippedClasses);
    }

    /** Computes every metric from predictions of labelled stars (labels must be known classes). */
    public static EvaluationResult of(List<String> classNames, List<Prediction> predictions,
                                      Map<String, Integer> skippedClasses, int skippedUnlabelled) {
        return Metrics.evaluate(classNames, predictions, skippedClasses, skippedUnlabelled);
    }

    /** Number of evaluated stars. */
    public int count() { return predictions.size(); }

    /** Stars skipped because their class is not one the model knows. */
    public int skippedCount() {
        return skippedClasses.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Confusion matrix with each row divided by its total (rows of absent classes stay 0). */
    public double[][] confusionNormalised() {
        int k = confusion.length;
        double[][] out = new double[k][k];
        for (int i = 0; i < k; i++) {
            long total = 0;
            for (int v : confusion[i]) total += v;
            for (int j = 0; j < k && total > 0; j++) out[i][j] = confusion[i][j] / (double) total;
        }
        return out;
    }
}
