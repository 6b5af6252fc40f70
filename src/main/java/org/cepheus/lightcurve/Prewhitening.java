package org.cepheus.lightcurve;

import java.util.ArrayList;
import java.util.List;
import org.cepheus.catalog.LightCurve;
import org.cepheus.service.ProgressMonitor;

/**
 * Prewhitening, as Period04 users find double-mode and multiperiodic stars: search, fit a Fourier
 * series of the preset's harmonics at the best period, subtract it, search the residuals again.
 * Each step subtracts its own fit from the previous residuals (sequential, not a simultaneous
 * multi-frequency fit), on the same frequency grid as the first search.
 */
public final class Prewhitening {
    private Prewhitening() { }

    /** The periodograms of the curve and of its successive residuals, at most {@code steps}; stops early when a step finds no peak. */
    public static List<Periodogram> run(PeriodSearch method, LightCurve lc, FrequencyGrid grid, int steps,
                                        int harmonics, ProgressMonitor monitor) {
        if (steps < 1) throw new IllegalArgumentException("prewhitening needs at least 1 step, got " + steps);
        List<Periodogram> out = new ArrayList<>();
        LightCurve cur = lc;
        for (int s = 0; s < steps; s++) {
            Periodogram pg = method.search(cur, grid, monitor);
            out.add(pg);
            if (!pg.hasPeak() || s == steps - 1) break;
            FourierFit fit = FourierFit.fit(cur.time(), cur.mag(), cur.err(), pg.bestPeriod(), harmonics);
            cur = new LightCurve(lc.id(), lc.band(), cur.time(), fit.residuals(cur.time(), cur.mag()), cur.err());
        }
        return out;
    }
}
