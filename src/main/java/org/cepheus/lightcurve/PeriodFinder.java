package org.cepheus.lightcurve;

import java.util.List;

/**
 * What the feature extractor needs from a period search: the strongest periodogram peaks of one
 * curve, best first. Adapts the science core's period search so features never depend on how
 * the periodogram is computed.
 */
@FunctionalInterface
public interface PeriodFinder {

    /** A periodogram peak: period in days and normalised power (0..1 for GLS). */
    record Candidate(double period, double power) { }

    /**
     * Up to {@code top} peaks of the periodogram of (t, m, err) between the two periods (days),
     * best first; err may be null.
     */
    List<Candidate> find(double[] t, double[] m, double[] err, int top, double minPeriod, double maxPeriod);
}
