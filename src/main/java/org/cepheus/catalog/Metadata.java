package org.cepheus.catalog;

import java.nio.file.Path;
import java.util.Map;

/**
 * What a catalog says about a star besides its photometry. Missing numbers are NaN, missing
 * objects null. Periods and epochs are the catalog's own (e.g. OGLE's cepFO4.dat), not found ones.
 */
public record Metadata(double ra, double dec, double period, double epoch, double amplitude,
                       Path source, Map<String, String> extra) {

    /**
     * The {@link #extra} key of the time scale and origin as the source names it: "JD", "HJD",
     * "BJD_TDB", "MJD", "HJD-2450000"...; absent when the source does not say (never guessed from
     * the numbers).
     */
    public static final String TIME_SCALE = "timeScale";

    public static final Metadata EMPTY =
            new Metadata(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, null, Map.of());

    public Metadata {
        extra = extra == null ? Map.of() : Map.copyOf(extra);
    }

    public static Metadata ofSource(Path source) {
        return EMPTY.withSource(source);
    }

    /** The time scale the source names (see {@link #TIME_SCALE}), or null when unknown. */
    public String timeScale() { return extra.get(TIME_SCALE); }

    public boolean hasPeriod() { return !Double.isNaN(period) && period > 0; }

    public Metadata withSource(Path p) { return new Metadata(ra, dec, period, epoch, amplitude, p, extra); }

    public Metadata withPosition(double newRa, double newDec) {
        return new Metadata(newRa, newDec, period, epoch, amplitude, source, extra);
    }

    public Metadata withEphemeris(double newPeriod, double newEpoch, double newAmplitude) {
        return new Metadata(ra, dec, newPeriod, newEpoch, newAmplitude, source, extra);
    }

    public Metadata withExtra(Map<String, String> more) {
        var m = new java.util.LinkedHashMap<>(extra);
        m.putAll(more);
        return new Metadata(ra, dec, period, epoch, amplitude, source, m);
    }
}
