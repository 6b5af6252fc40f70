package org.cepheus.learn;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Accuracy, per-class and macro precision/recall/F1 and the confusion matrix. */
public final class Metrics {
    private Metrics() { }

    static EvaluationResult evaluate(List<String> classNames, List<Prediction> predictions,
                                     Map<String, Integer> skippedClasses, int skippedUnlabelled) {
        int k = classNames.size();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < k; i++) index.put(classNames.get(i), i);
        int[][] confusion = new int[k][k];
        for (Prediction p : predictions) {
            Integer t = index.get(p.trueLabel());
            Integer q = index.get(p.predicted());
            if (t == null || q == null) {
                throw new IllegalArgumentException("star " + p.id() + ": class not in model: "
                        + (t == null ? p.trueLabel() : p.predicted()));
            }
            confusion[t][q]++;
        }
        return fromConfusion(classNames, confusion, predictions, skippedClasses, skippedUnlabelled);
    }

    /** All metrics from a confusion matrix (rows true, columns predicted). */
    public static EvaluationResult fromConfusion(List<String> classNames, int[][] confusion,
                                                 List<Prediction> predictions,
                                                 Map<String, Integer> skippedClasses, int skippedUnlabelled) {
        int k = classNames.size();
        double[] precision = new double[k], recall = new double[k], f1 = new double[k];
        int[] support = new int[k];
        long correct = 0, total = 0;
        for (int i = 0; i < k; i++) {
            long predictedI = 0, trueI = 0;
            for (int j = 0; j < k; j++) {
                trueI += confusion[i][j];
                predictedI += confusion[j][i];
                total += confusion[i][j];
            }
            correct += confusion[i][i];
            support[i] = (int) trueI;
            precision[i] = predictedI == 0 ? 0 : confusion[i][i] / (double) predictedI;
            recall[i] = trueI == 0 ? 0 : confusion[i][i] / (double) trueI;
            double s = precision[i] + recall[i];
            f1[i] = s == 0 ? 0 : 2 * precision[i] * recall[i] / s;
        }
        return new EvaluationResult(classNames, total == 0 ? 0 : correct / (double) total,
                precision, recall, f1, support, mean(precision), mean(recall), mean(f1),
                confusion, predictions, skippedClasses, skippedUnlabelled);
    }

    /** Macro-F1 alone, for early stopping on a confusion matrix. */
    public static double macroF1(int[][] confusion) {
        List<String> names = new java.util.ArrayList<>();
        for (int i = 0; i < confusion.length; i++) names.add("c" + i);
        return fromConfusion(names, confusion, List.of(), Map.of(), 0).macroF1();
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) s += x;
        return v.length == 0 ? 0 : s / v.length;
    }
}
