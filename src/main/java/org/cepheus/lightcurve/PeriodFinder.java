package org.cepheus.lightcurve;

import org.cepheus.catalog.LightCurve;

import java.util.ArrayList;
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

    /** Largest frequency grid for curves with an extreme time baseline. */
    int MAX_FREQUENCIES = 2_000_000;

    /**
     * The science core's generalised Lomb-Scargle ({@link PeriodSearch} "gls") on an automatic
     * grid with this oversampling, between the asked periods.
     */
    static PeriodFinder gls(double oversampling) {
        PeriodOptions o = PeriodOptions.defaults().withOversampling(oversampling);
        // the extractor makes its own choice among the peaks (its choiceHarmonics option)
        PeriodSearch search = PeriodSearch.byName("gls", o.withPeakAnalysis(o.peakAnalysis().withChoiceHarmonics(0)));
        return (t, m, err, top, minPeriod, maxPeriod) -> {
            double baseline = t[t.length - 1] - t[0];
            if (!(baseline > 0) || !(minPeriod < maxPeriod)) return List.of();
            FrequencyGrid grid;
            try {
                grid = FrequencyGrid.automatic(baseline, oversampling, minPeriod, maxPeriod);
            } catch (IllegalArgumentException tooLarge) {
                // an extreme baseline: the same range on the largest grid we accept
                grid = FrequencyGrid.between(1 / Math.min(maxPeriod, baseline), 1 / minPeriod, MAX_FREQUENCIES);
            }
            Periodogram pg = search.search(new LightCurve("search", "", t, m, err), grid);
            List<Candidate> out = new ArrayList<>();
            for (Peak p : pg.peaks()) {
                if (out.size() == top) break;
                out.add(new Candidate(p.period(), p.power()));
            }
            return out;
        };
    }
}
