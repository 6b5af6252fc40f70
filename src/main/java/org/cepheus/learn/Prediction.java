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
 * @param novelty       how unlike the training stars this star is (higher = less like them; the
 *                      scale is the bundle's novelty detector's), NaN when the bundle has none
 */
public record Prediction(String id, String trueLabel, String predicted, float[] probabilities,
                         Set<Flag> flags, double novelty) {

    public Prediction {
        flags = flags == null ? Set.of() : Set.copyOf(flags);
    }

    public Prediction(String id, String trueLabel, String predicted, float[] probabilities, Set<Flag> flags) {
        this(id, trueLabel, predicted, probabilities, flags, Double.NaN);
    }

    public Prediction(String id, String trueLabel, String predicted, float[] probabilities) {
        this(id, trueLabel, predicted, probabilities, Set.of(), Double.NaN);
    }

    /** The same answer with a novelty score (and the NOVEL flag when {@code novel}). */
    public Prediction withNovelty(double score, boolean novel) {
        Set<Flag> f = java.util.EnumSet.noneOf(Flag.class);
        f.addAll(flags);
        if (novel) f.add(Flag.NOVEL);
        return new Prediction(id, trueLabel, predicted, probabilities, f, score);
    }

    public boolean hasNovelty() { return !Double.isNaN(novelty); }

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
        BASELINE("baseline"),
        /** Unlike the training stars of every class: probably a class the model never saw. */
        NOVEL("novel");

        private final String code;

        Flag(String code) { this.code = code; }

        /** Short machine-readable name used in CSV and JSON. */
        public String code() { return code; }
    }
}
