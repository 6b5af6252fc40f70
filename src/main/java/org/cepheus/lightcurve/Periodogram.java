package org.cepheus.lightcurve;

import java.util.List;

/**
 * Result of a period search: power on the grid (higher = better), the distinct top peaks refined
 * off the grid (best first) and the false-alarm probability of the best (Baluev 2008 for
 * Lomb-Scargle; NaN for methods without one).
 */
public record Periodogram(String method, String id, FrequencyGrid grid, double[] power, List<Peak> peaks, double fap) {

    public Periodogram {
        peaks = List.copyOf(peaks);
    }

    public boolean hasPeak() { return !peaks.isEmpty(); }
    public Peak best() {
        if (peaks.isEmpty()) throw new IllegalStateException("no peak in the periodogram of " + id);
        return peaks.get(0);
    }
    public double bestFrequency() { return best().frequency(); }
    public double bestPeriod() { return best().period(); }
    public double bestPower() { return best().power(); }

    /** The grid's frequencies (computed: the grid is implicit). */
    public double[] frequencies() {
        double[] f = new double[grid.count()];
        for (int k = 0; k < f.length; k++) f[k] = grid.frequency(k);
        return f;
    }
}
