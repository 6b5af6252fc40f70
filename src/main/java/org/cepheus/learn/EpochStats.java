package org.cepheus.learn;

/**
 * One epoch of training as the user sees it. Accuracies and F1 are fractions in 0..1; losses are
 * the class-weighted cross-entropy averaged over samples; {@code etaSeconds} estimates the time
 * left for the remaining planned epochs (early stopping may finish sooner).
 *
 * @param epoch     1-based epoch number
 * @param improved  true when this epoch became the best checkpoint
 */
public record EpochStats(int epoch, double trainLoss, double valLoss, double trainAccuracy,
                         double valAccuracy, double valMacroF1, double seconds, double etaSeconds,
                         boolean improved) {
}
