package org.cepheus.learn;

import java.util.Set;

/**
 * The model's answer for one star.
 *
 * @param id            star id (LightCurve.id)
 * @param trueLabel     catalog label, or null when unlabelled
 * @param predicted     class with the highest probability
 * @param probabilities one probability per class, in the bundle's class order (sums to 1)
 * @param flags         reasons to distrust the answer; empty when none
 */
public record Prediction(String id, String trueLabel, String predicted, float[] probabilities,
                         Set<Flag> flags) {

    public Prediction {
        flags = flags == null ? Set.of() : Set.copyOf(flags);
    }

    public Prediction(String id, String trueLabel, String predicted, float[] probabilities) {
        this(id, trueLabel, predicted, probabilities, Set.of());
    }

    /** Highest class probability (that of {@link #predicted()}). */
    public float probability() {
        float best = 0;
        for (float p : probabilities) best = Math.max(best, p);
        return best;
    }

    public boolean isFlagged() { return !flags.isEmpty(); }

    /** True when the star had a label and the model agreed with it. */
    public boolean isCorrect() { return predicted != null && predicted.equals(trueLabel); }

    /** Why a prediction may not be trusted. */
    public enum Flag {
        /** Best probability below the preset's threshold. */
        LOW_PROBABILITY("low_probability"),
        /** Fewer points than nearly all training curves had. */
        FEW_POINTS("few_points"),
        /** Typical spacing between observations far outside the training range. */
        CADENCE("cadence"),
        /** Time span of the curve far outside the training range. */
        BASELINE("baseline");

        private final String code;

        Flag(String code) { this.code = code; }

        /** Short machine-readable name used in CSV and JSON. */
        public String code() { return code; }
    }
}
