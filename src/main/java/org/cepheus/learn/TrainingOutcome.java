package org.cepheus.learn;

import java.nio.file.Path;
import java.util.List;

/**
 * How a training run ended.
 *
 * @param status      why training stopped
 * @param bundlePath  where the best model was written (null when no epoch finished)
 * @param bestEpoch   1-based epoch of the kept checkpoint (0 when none)
 * @param bestScore   its early-stopping score (validation macro-F1, or minus validation loss)
 * @param history     all finished epochs, in order (including those before a resume)
 * @param test        metrics of the best model on the held-back test part (null when the run was
 *                    cancelled or failed before any checkpoint)
 * @param error       the failure message when status is FAILED, else null
 */
public record TrainingOutcome(Status status, Path bundlePath, int bestEpoch, double bestScore,
                              List<EpochStats> history, EvaluationResult test, String error) {

    public enum Status {
        /** All planned epochs ran. */
        COMPLETED,
        /** Validation score did not improve for {@code patience} epochs. */
        EARLY_STOPPED,
        /** The user cancelled; the best checkpoint so far (if any) is kept and resumable. */
        CANCELLED,
        /** An error stopped training; see {@link #error()}. */
        FAILED
    }

    public TrainingOutcome {
        history = history == null ? List.of() : List.copyOf(history);
    }
}
