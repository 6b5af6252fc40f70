package org.cepheus.learn;

import java.util.List;

/**
 * The novelty detector saved in a bundle's manifest: per-class means and one shared precision
 * matrix (Mahalanobis distance) in one or more representation spaces of the trained network, and
 * the threshold above which a star is flagged NOVEL.
 *
 * <p>A star's score is the mean over the parts of its smallest Mahalanobis distance to a class
 * mean divided by that part's scale (the median distance of the validation stars), so 1 is a
 * typical known star; the threshold is the score that the chosen share of validation stars of
 * known classes stays below (e.g. 95 %).
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

    public NoveltyModel {
        parts = List.copyOf(parts);
    }

    /**
     * One space.
     *
     * @param space     {@link #EMBEDDING} or {@link #INPUT}
     * @param means     class means, [class][dimension], in the bundle's class order
     * @param precision inverse of the shared within-class covariance (ridge-regularised), row-major
     * @param scale     median distance of the validation stars (divides the distance)
     */
    public record Part(String space, double[][] means, double[] precision, double scale) {
        public int dimension() { return means.length == 0 ? 0 : means[0].length; }
    }
}
