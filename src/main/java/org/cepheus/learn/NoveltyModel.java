package org.cepheus.learn;

import java.util.List;

/**
 * The novelty detector saved in a bundle's manifest: class means and precision matrices (one
 * shared or one per class; Mahalanobis distance, optionally relative to a background Gaussian of
 * all training stars) in one or more representation spaces of the trained network, and the
 * threshold above which a star is flagged NOVEL.
 *
 * <p>A star's score is the mean over the parts of its smallest Mahalanobis distance to a class
 * mean (or, for the probability part, 1 - its best class probability) divided by that part's scale
 * (the 95th percentile of the validation stars), so 1 is the edge of the known stars; the
 * threshold is the score that the chosen share of validation stars of known classes stays below
 * (e.g. 95 %).
 *
 * @param parts     the spaces scored (see {@link Part#space()})
 * @param threshold scores above this are NOVEL
 * @param retention share of validation stars below the threshold when it was chosen
 * @param fittedOn  training stars the means and covariance came from
 */
public record NoveltyModel(List<Part> parts, double threshold, double retention, int fittedOn) {

    /** Representation of the penultimate layer(s): the inputs of the softmax output layers, concatenated. */
    public static final String EMBEDDING = "embedding";
    /** The first network input as the network sees it (normalised), when it is a flat vector. */
    public static final String INPUT = "input";
    /** 1 - the best class probability (no means or precisions). */
    public static final String PROBABILITY = "probability";

    public NoveltyModel {
        parts = List.copyOf(parts);
    }

    /** The detector in words, for reports: what it measures and where its flag fires. */
    public String describe() {
        StringBuilder b = new StringBuilder();
        for (Part p : parts) {
            if (b.length() > 0) b.append(" + ");
            if (p.space().equals(PROBABILITY)) {
                b.append("1 - best probability");
                continue;
            }
            b.append(p.relative() ? "relative Mahalanobis distance" : "Mahalanobis distance")
                    .append(p.precisions().length > 1 ? " (per-class covariance)" : " (shared covariance)")
                    .append(p.space().equals(EMBEDDING) ? " in the network's embedding" : " in the network's input");
        }
        return String.format(java.util.Locale.ROOT, "%s, fitted on %,d training stars; flag 'novel' above the value that keeps %.0f %% of the validation stars",
                b, fittedOn, 100 * retention);
    }

    /**
     * One space.
     *
     * @param space      {@link #EMBEDDING}, {@link #INPUT} or {@link #PROBABILITY}
     * @param means      class means, [class][dimension], in the bundle's class order (empty for probability)
     * @param precisions inverse covariance (ridge-regularised, row-major): one shared by all
     *                   classes, or one per class
     * @param scale      95th percentile of the validation stars' values (divides the value); with
     *                   an offset, that percentile minus the offset
     * @param offset     subtracted from the value before scaling: the validation stars' median
     *                   for relative detectors (whose values can be negative); null: 0
     * @param backgroundMean      relative Mahalanobis (Ren et al. 2021): the mean of one Gaussian
     *                            fitted to all training stars, whose squared distance is subtracted
     *                            from the nearest class's; null: not relative
     * @param backgroundPrecision that Gaussian's inverse covariance (row-major); null with the mean
     */
    public record Part(String space, double[][] means, double[][] precisions, double scale, Double offset,
                       double[] backgroundMean, double[] backgroundPrecision) {
        @com.fasterxml.jackson.annotation.JsonCreator
        public Part { }

        /** A plain (not relative) part, as written before relative parts existed. */
        public Part(String space, double[][] means, double[][] precisions, double scale) {
            this(space, means, precisions, scale, null, null, null);
        }

        public int dimension() { return means.length == 0 ? 0 : means[0].length; }

        public boolean relative() { return backgroundMean != null; }

        /** The same part with its scaling chosen on the validation stars. */
        public Part scaled(Double newOffset, double newScale) {
            return new Part(space, means, precisions, newScale, newOffset, backgroundMean, backgroundPrecision);
        }
    }
}
