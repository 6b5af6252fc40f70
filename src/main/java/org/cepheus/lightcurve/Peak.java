package org.cepheus.lightcurve;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * One distinct periodogram peak after refinement off the grid.
 *
 * @param aliases      how this peak relates to the best one (or, for the best, to the 1-day sampling)
 * @param snr          power over the median power of the periodogram within the preset's window around the peak (NaN: not computed)
 * @param fap          Baluev false-alarm probability of a peak this high (NaN for methods without one)
 * @param periodError  1-sigma period uncertainty, days, for the best peak (NaN for the others); see docs/science.md
 */
public record Peak(double frequency, double power, Set<Alias> aliases, double snr, double fap, double periodError) {

    public Peak {
        aliases = aliases.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(aliases)); // enum order
    }

    public Peak(double frequency, double power, Set<Alias> aliases) {
        this(frequency, power, aliases, Double.NaN, Double.NaN, Double.NaN);
    }

    public double period() { return 1 / frequency; }

    public Peak withAliases(Set<Alias> a) { return new Peak(frequency, power, a, snr, fap, periodError); }

    public Peak withStats(double s, double f, double err) { return new Peak(frequency, power, aliases, s, f, err); }

    /** The flags as short words in enum order ("one-day mirror"), "" when none. */
    public String aliasText() {
        StringBuilder b = new StringBuilder();
        for (Alias a : Alias.values()) if (aliases.contains(a)) b.append(b.length() == 0 ? "" : " ").append(a.word);
        return b.toString();
    }

    /** Usual confusions of ground-based period searches. */
    public enum Alias {
        /** f = f_best +- n d (n = 1, 2; d = 1 or 1.0027 c/d); for the best peak: its period is near 1 d, 1/2 d or 2 d. */
        ONE_DAY("one-day"),
        /** f = n d - f_best: the alias mirrored about n d, i.e. |f - n d| = f_best (the other side of the 1 c/d alias). */
        MIRROR("mirror"),
        /** Period close to half the best period (the best may be the true period of an eclipsing binary). */
        HALF("half"),
        /** Period close to twice the best period (the best may be half the true period). */
        DOUBLE("double");

        public final String word;

        Alias(String word) { this.word = word; }
    }
}
