package org.cepheus.lightcurve;

import org.cepheus.catalog.LightCurve;
import org.cepheus.service.ProgressMonitor;

/** The common path of grid methods: power on the grid, distinct top peaks, exact refinement, FAP. */
public abstract class AbstractPeriodSearch implements PeriodSearch {
    protected final PeriodOptions options;

    protected AbstractPeriodSearch(PeriodOptions options) {
        this.options = options;
    }

    /** A curve made ready for one method: whatever can be computed once before any frequency. */
    protected interface Prepared {
        /** Power on the grid, higher is better (may be an approximation); stops when the monitor is cancelled. */
        double[] power(FrequencyGrid g, ProgressMonitor monitor);

        /** Power computed exactly; used on small local grids to refine peaks. */
        default double[] exactPower(FrequencyGrid g) { return power(g, ProgressMonitor.NONE); }

        /** False-alarm probability of a peak of that power on a grid up to fMax; NaN if the method has none. */
        default double falseAlarm(double power, double fMax) { return Double.NaN; }
    }

    protected abstract Prepared prepare(LightCurve lc);

    @Override
    public Periodogram search(LightCurve lc) {
        return search(lc, ProgressMonitor.NONE);
    }

    @Override
    public Periodogram search(LightCurve lc, ProgressMonitor monitor) {
        return search(lc, FrequencyGrid.forCurve(lc, options), monitor);
    }

    @Override
    public Periodogram search(LightCurve lc, FrequencyGrid grid) {
        return search(lc, grid, ProgressMonitor.NONE);
    }

    /**
     * Whether the best peak is re-chosen by a Fourier fit of the top peaks (preset choiceHarmonics).
     * Yes for the sinusoid methods (it fixes their one-day aliases: OGLE 877 -> 879 of 880); the
     * shape methods (AoV, conditional entropy) already judge shape, and a Fourier fit would often
     * move an eclipsing binary with equal eclipses back to half its period (EROS ECL: AoV 41 -> 33 of
     * the stars GLS halves).
     */
    protected boolean choosesByShape() { return true; }

    /**
     * Only the top k distinct peaks of the grid, refined exactly, by refined power, with alias
     * flags: no S/N, FAP, uncertainty or choice by shape (the feature extractor's period finder,
     * which uses period and power alone; those statistics cost as much as the rest of its search).
     */
    public java.util.List<Peak> topPeaks(LightCurve lc, FrequencyGrid grid, int k) {
        return topPeaks(lc, grid, k, false);
    }

    /** The same; {@code coarse}: maxima ranked by their interpolated heights ({@link PeakFinder#vertexHeight}). */
    public java.util.List<Peak> topPeaks(LightCurve lc, FrequencyGrid grid, int k, boolean coarse) {
        Prepared p = prepare(lc);
        double[] power = p.power(grid, ProgressMonitor.NONE);
        return PeakFinder.topPeaks(power, coarse, grid, k, lc.timeSpan(),
                p::exactPower, options.refineSteps());
    }

    /** The search, checking the monitor between blocks of frequencies (a cancelled one throws CancelledException). */
    public Periodogram search(LightCurve lc, FrequencyGrid grid, ProgressMonitor monitor) {
        Prepared p = prepare(lc);
        double[] power = p.power(grid, monitor);
        monitor.checkCancelled();
        var peaks = PeakFinder.topPeaks(power, grid, options.topK(), lc.timeSpan(), p::exactPower, options.refineSteps());
        peaks = PeakStats.annotate(peaks, lc, power, grid, pw -> p.falseAlarm(pw, grid.fMax()), options.peakAnalysis(),
                choosesByShape());
        double fap = peaks.isEmpty() ? Double.NaN : peaks.get(0).fap();
        return new Periodogram(name(), lc.id(), grid, power, peaks, fap);
    }
}
