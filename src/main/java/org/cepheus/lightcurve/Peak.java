package org.cepheus.lightcurve;

import java.util.Set;

/**
 * One distinct periodogram peak after refinement off the grid.
 *
 * @param aliases how this peak relates to the best one (or, for the best, to the 1-day sampling)
 */
public record Peak(double frequency, double power, Set<Alias> aliases) {
    public double period() { return 1 / frequency; }

    public Peak withAliases(Set<Alias> a) { return new Peak(frequency, power, a); }

    /** Usual confusions of ground-based period searches. */
    public enum Alias {
        /** |f - f_best| is close to 1 or 2 cycles per (sidereal) day; for the best peak: its period is near 1 d, 1/2 d or 2 d. */
        ONE_DAY,
        /** Period close to half the best period (the best may be the true period of an eclipsing binary). */
        HALF,
        /** Period close to twice the best period (the best may be half the true period). */
        DOUBLE
    }
}
