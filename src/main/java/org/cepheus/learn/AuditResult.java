package org.cepheus.learn;

import java.util.List;
import java.util.Set;

/**
 * What the label audit found: every labelled star with its out-of-fold class probabilities, ranked
 * from the most to the least suspicious label.
 *
 * @param classNames       class order of the probabilities
 * @param thresholds       per class, the mean out-of-fold probability of its own class over the
 *                         stars labelled with it (confident learning's per-class threshold)
 * @param rows             the stars, most suspicious first
 * @param foldTrainingIds  per fold, the ids of every star its model trained on (training and
 *                         validation parts): the out-of-fold guarantee can be checked against it
 */
public record AuditResult(List<String> classNames, double[] thresholds, List<Row> rows,
                          List<Set<String>> foldTrainingIds) {

    public AuditResult {
        classNames = List.copyOf(classNames);
        rows = List.copyOf(rows);
        foldTrainingIds = List.copyOf(foldTrainingIds);
    }

    /**
     * One star.
     *
     * @param rank          1 = most suspicious
     * @param id            star id
     * @param given         the catalog's label
     * @param suggested     the most probable other class
     * @param suspicion     1 - p(given) / threshold(given): above 0 the given class is less
     *                      probable than is typical for its own stars; the ranking key
     * @param issue         confident learning's off-diagonal test: p(given) below its class's
     *                      threshold and p(suggested) at or above its own
     * @param probabilities out-of-fold class probabilities (model of the fold that left it out)
     * @param fold          the fold the star was held out in (1-based)
     * @param period        the star's period from the period search, days (NaN when none)
     * @param amplitude     peak-to-peak of the Fourier fit at that period, first band, mag (NaN when none)
     * @param colour        mean of the second band minus the first, mag (NaN with one band)
     */
    public record Row(int rank, String id, String given, String suggested, double suspicion, boolean issue,
                      float[] probabilities, int fold, double period, double amplitude, double colour) {

        public float probabilityOf(List<String> classNames, String cls) {
            int i = classNames.indexOf(cls);
            return i < 0 ? Float.NaN : probabilities[i];
        }
    }
}
