package org.cepheus.lightcurve;

import org.cepheus.catalog.LightCurve;

/** The common path of grid methods: power on the grid, distinct top peaks, exact refinement, FAP. */
public abstract class AbstractPeriodSearch implements PeriodSearch {
    protected final PeriodOptions options;

    protected AbstractPeriodSearch(PeriodOptions options) {
        this.options = options;
    }

    /** A curve made ready for one method: whatever can be computed once before any frequency. */
    protected interface Prepared {
        /** Power on the grid, higher is better (may be an approximation). */
        double[] power(FrequencyGrid g);

        /** Power computed exactly; used on small local grids to refine peaks. */
        default double[] exactPower(FrequencyGrid g) { return power(g); }

        /** False-alarm probability of a peak of that power on a grid up to fMax; NaN if the method has none. */
        default double falseAlarm(double power, double fMax) { return Double.NaN; }
    }

    protected abstract Prepared prepare(LightCurve lc);

    @Override
    public Periodogram search(LightCurve lc) {
        return search(lc, FrequencyGrid.forCurve(lc, options));
    }

    @Override
    public Periodogram search(LightCurve lc, FrequencyGrid grid) {
        Prepared p = prepare(lc);
        double[] power = p.power(grid);
        var peaks = PeakFinder.topPeaks(power, grid, options.topK(), lc.timeSpan(), p::exactPower, options.refineSteps());
        double fap = peaks.isEmpty() ? Double.NaN : p.falseAlarm(peaks.get(0).power(), grid.fMax());
        return new Periodogram(name(), lc.id(), grid, power, peaks, fap);
    }
}
