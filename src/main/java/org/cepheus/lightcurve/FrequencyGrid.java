package org.cepheus.lightcurve;

import org.cepheus.catalog.LightCurve;

/**
 * A uniform grid of trial frequencies (cycles/day): f_k = fMin + k * df, k = 0..count-1. Uniform so
 * that the direct method can step sines by recurrence and the fast method can use an FFT.
 */
public record FrequencyGrid(double fMin, double df, int count) {

    public FrequencyGrid {
        if (!(fMin >= 0) || !Double.isFinite(fMin)) throw new IllegalArgumentException("minimum frequency must be >= 0");
        if (!(df > 0) || !Double.isFinite(df)) throw new IllegalArgumentException("frequency step must be > 0");
        if (count < 1) throw new IllegalArgumentException("grid needs at least one frequency");
    }

    /** count frequencies evenly from fMin to fMax inclusive. */
    public static FrequencyGrid between(double fMin, double fMax, int count) {
        if (!(fMax > fMin)) throw new IllegalArgumentException("maximum frequency must exceed the minimum");
        if (count < 2) throw new IllegalArgumentException("need at least 2 frequencies");
        return new FrequencyGrid(fMin, (fMax - fMin) / (count - 1), count);
    }

    /** Spacing 1/(oversampling * baseline) from 1/maxPeriod up to 1/minPeriod. */
    public static FrequencyGrid automatic(double baseline, double oversampling, double minPeriod, double maxPeriod) {
        if (!(baseline > 0)) throw new IllegalArgumentException("the curve spans no time: cannot search a period");
        double df = 1 / (oversampling * baseline);
        double fMax = 1 / minPeriod;
        double fMin = 1 / maxPeriod;
        if (fMin >= fMax) throw new IllegalArgumentException("period range " + minPeriod + ".." + maxPeriod + " d holds no frequency");
        long count = (long) Math.floor((fMax - fMin) / df) + 1;
        if (count > 50_000_000) throw new IllegalArgumentException("frequency grid of " + count + " points is too large");
        return new FrequencyGrid(fMin, df, (int) count);
    }

    /** The grid a search of this curve uses under these options. */
    public static FrequencyGrid forCurve(LightCurve lc, PeriodOptions o) {
        return forSpan(lc.id(), lc.timeSpan(), o);
    }

    /** The grid of a multiband search: the span from the first point of any band to the last of any. */
    public static FrequencyGrid forBands(java.util.List<LightCurve> bands, PeriodOptions o) {
        return forSpan(bands.isEmpty() ? "" : bands.get(0).id(), MultibandLombScargle.span(bands), o);
    }

    private static FrequencyGrid forSpan(String id, double baseline, PeriodOptions o) {
        double maxPeriod = o.maxPeriod() > 0 ? o.maxPeriod() : baseline / 2;
        if (!(maxPeriod > o.minPeriod())) {
            throw new IllegalArgumentException(id + ": baseline " + baseline + " d too short for periods above " + o.minPeriod() + " d");
        }
        if (o.frequencies() > 0) return between(1 / maxPeriod, 1 / o.minPeriod(), o.frequencies());
        return automatic(baseline, o.oversampling(), o.minPeriod(), maxPeriod);
    }

    public double frequency(int k) { return fMin + k * df; }
    public double fMax() { return frequency(count - 1); }
}
