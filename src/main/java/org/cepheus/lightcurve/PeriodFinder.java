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
     * Coarse-then-fine search (preset "coarse"): the periodogram on a grid of at least this
     * oversampling, widened to fill its FFT (so the FFT length, not the curve, sets the spacing),
     * then the strongest {@code candidates} local maxima refined exactly and the best distinct ones
     * kept. A peak's grid value can be well below its true top on a coarse grid (~60 % at
     * oversampling 1, ~20 % at 2), so maxima are ranked by interpolated heights, more are refined
     * than asked for, and refined powers, not grid values, rank the result.
     *
     * @param oversampling least grid oversampling (spacing 1 / (oversampling x baseline))
     * @param candidates   local maxima refined before the best are kept
     */
    record Coarse(double oversampling, int candidates) {
        public Coarse {
            if (!(oversampling >= 1)) throw new IllegalArgumentException("coarse oversampling must be >= 1");
            if (candidates < 1) throw new IllegalArgumentException("coarse candidates must be >= 1");
        }
    }

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
        return gls(oversampling, null);
    }

    /** The same, coarse-then-fine when {@code coarse} is given (null: the grid of {@code oversampling}). */
    static PeriodFinder gls(double oversampling, Coarse coarse) {
        PeriodOptions o = PeriodOptions.defaults().withOversampling(oversampling);
        // the extractor makes its own choice among the peaks (its choiceHarmonics option)
        AbstractPeriodSearch search = new FastLombScargle(o.withPeakAnalysis(o.peakAnalysis().withChoiceHarmonics(0)));
        return (t, m, err, top, minPeriod, maxPeriod) -> {
            double baseline = t[t.length - 1] - t[0];
            if (!(baseline > 0) || !(minPeriod < maxPeriod)) return List.of();
            LightCurve lc = new LightCurve("search", "", t, m, err);
            if (coarse == null) {
                List<Candidate> out = new ArrayList<>();
                for (Peak p : search.topPeaks(lc, fineGrid(baseline, oversampling, minPeriod, maxPeriod), o.topK())) {
                    if (out.size() == top) break;
                    out.add(new Candidate(p.period(), p.power()));
                }
                return out;
            }
            FrequencyGrid grid = coarseGrid(baseline, coarse.oversampling(), o.fftOversampling(), minPeriod, maxPeriod);
            return distinct(search.topPeaks(lc, grid, Math.max(top, coarse.candidates()), true), top, 1 / baseline);
        };
    }

    private static FrequencyGrid fineGrid(double baseline, double oversampling, double minPeriod, double maxPeriod) {
        try {
            return FrequencyGrid.automatic(baseline, oversampling, minPeriod, maxPeriod);
        } catch (IllegalArgumentException tooLarge) {
            // an extreme baseline: the same range on the largest grid we accept
            return FrequencyGrid.between(1 / Math.min(maxPeriod, baseline), 1 / minPeriod, MAX_FREQUENCIES);
        }
    }

    /**
     * The grid of at least this oversampling with as many frequencies as its FFT holds: the fast
     * method's FFT is the power of two >= fftOversampling x count, so up to twice the frequencies
     * cost nothing more, and every curve whose grid lands on one FFT length shares its tables.
     */
    static FrequencyGrid coarseGrid(double baseline, double oversampling, double fftOversampling,
                                    double minPeriod, double maxPeriod) {
        FrequencyGrid least = fineGrid(baseline, oversampling, minPeriod, maxPeriod);
        if (least.count() < 2) return least;
        int nfft = Fft.ceilPow2((long) Math.ceil(fftOversampling * least.count()));
        int count = Math.min(MAX_FREQUENCIES, Math.max(least.count(), (int) Math.floor(nfft / fftOversampling)));
        return FrequencyGrid.between(least.fMin(), least.fMax(), count);
    }

    /** The best {@code top} refined peaks (by refined power) no closer than {@code separation} in frequency. */
    private static List<Candidate> distinct(List<Peak> byPower, int top, double separation) {
        List<Candidate> out = new ArrayList<>();
        List<Double> taken = new ArrayList<>();
        for (Peak p : byPower) {
            if (out.size() == top) break;
            boolean far = true;
            for (double f : taken) far &= Math.abs(f - p.frequency()) > separation;
            if (!far) continue;
            taken.add(p.frequency());
            out.add(new Candidate(p.period(), p.power()));
        }
        return out;
    }
}
