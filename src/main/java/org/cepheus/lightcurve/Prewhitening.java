package org.cepheus.lightcurve;

import java.util.ArrayList;
import java.util.List;
import org.cepheus.catalog.LightCurve;
import org.cepheus.service.ProgressMonitor;

/**
 * Prewhitening, as Period04 users find double-mode and multiperiodic stars: search, fit a Fourier
 * series of the preset's harmonics at the best period, subtract it, search the residuals again.
 * From the second step on, all periods found so far are fitted to the curve together and their
 * joint fit subtracted (as Period04 does: fitted one after the other, each fit would absorb part
 * of the others' signal and put it back at their harmonics), on the grid of the first search. A step's period is its
 * strongest listed peak not within {@code widths} peak widths (1 / time span each) of an earlier step's: a
 * sequential fit leaves some power at a frequency already removed when the amplitude or phase
 * drifts over the years (CRTS RRd stars), and finding it again says nothing new.
 */
public final class Prewhitening {
    private Prewhitening() { }

    /** The same with the preset's harmonics and exclusion width. */
    public static List<Periodogram> run(PeriodSearch method, LightCurve lc, FrequencyGrid grid, int steps,
                                        PeriodOptions.PeakAnalysis a, ProgressMonitor monitor) {
        return run(method, lc, grid, steps, a.prewhitenHarmonics(), a.prewhitenExclusion(), monitor);
    }

    /** The periodograms of the curve and of its successive residuals, at most {@code steps}; stops early when a step finds no peak. */
    public static List<Periodogram> run(PeriodSearch method, LightCurve lc, FrequencyGrid grid, int steps,
                                        int harmonics, double widths, ProgressMonitor monitor) {
        if (steps < 1) throw new IllegalArgumentException("prewhitening needs at least 1 step, got " + steps);
        List<Periodogram> out = new ArrayList<>();
        LightCurve cur = lc;
        List<Double> periods = new ArrayList<>();
        for (int s = 0; s < steps; s++) {
            Periodogram pg = method.search(cur, grid, monitor);
            int at = 0;
            while (at < pg.peaks().size() && found(out, pg.peaks().get(at).frequency(), widths / lc.timeSpan())) at++;
            if (at == pg.peaks().size()) break; // only frequencies already removed are left
            pg = PeakStats.promote(pg, at, cur, harmonics);
            out.add(pg);
            if (!pg.hasPeak() || s == steps - 1) break;
            periods.add(pg.bestPeriod());
            double[] res = FourierFit.residualsOfJointFit(lc.time(), lc.mag(), lc.err(),
                    periods.stream().mapToDouble(Double::doubleValue).toArray(), harmonics);
            cur = new LightCurve(lc.id(), lc.band(), lc.time(), res, lc.err());
        }
        return out;
    }

    private static boolean found(List<Periodogram> earlier, double f, double width) {
        for (Periodogram pg : earlier) if (Math.abs(pg.bestFrequency() - f) < width) return true;
        return false;
    }
}
