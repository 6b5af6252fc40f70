package org.cepheus.lightcurve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.cepheus.catalog.LightCurve;

/**
 * What is said about the listed peaks of one periodogram: which is the best (by power, or by the
 * feature extractor's shape evidence), alias flags against it, S/N and FAP of each, and the period
 * uncertainty of the best (docs/science.md, "Peaks").
 */
final class PeakStats {
    /** At most this many grid powers enter each local median (a stride sample of the window). */
    private static final int MEDIAN_SAMPLE = 4001;

    private PeakStats() { }

    /** The peaks (by power, best first) chosen, flagged and annotated. */
    static List<Peak> annotate(List<Peak> byPower, LightCurve lc, double[] power, FrequencyGrid g,
                               DoubleUnaryOperator fap, PeriodOptions.PeakAnalysis a, boolean byShape) {
        if (byPower.isEmpty()) return byPower;
        List<Peak> peaks = byShape ? chooseByShape(byPower, lc, a.choiceHarmonics()) : byPower;
        peaks = PeakFinder.flagAliases(peaks, g.df());
        List<Peak> out = new ArrayList<>(peaks.size());
        for (int i = 0; i < peaks.size(); i++) {
            Peak p = peaks.get(i);
            double err = i == 0 ? periodError(lc, p.period(), a.uncertaintyHarmonics()) : Double.NaN;
            out.add(p.withStats(snr(p, power, g, a.snrWindow()), fap.applyAsDouble(p.power()), err));
        }
        return out;
    }

    /**
     * The peak whose period an h-harmonic Fourier series fits best moved to the front (the others
     * keep their power order); h = 0 or too few points: unchanged. The choice is
     * FeatureExtractor's, the same function the features use.
     */
    static List<Peak> chooseByShape(List<Peak> peaks, LightCurve lc, int h) {
        if (h <= 0 || peaks.size() < 2) return peaks;
        List<Double> candidates = new ArrayList<>();
        for (Peak p : peaks) candidates.add(p.period());
        double chosen = FeatureExtractor.bestOverBands(
                new FeatureExtractor.Clean[]{new FeatureExtractor.Clean(lc.time(), lc.mag(), lc.err())}, candidates, h);
        return moveToFront(peaks, Math.max(0, candidates.indexOf(chosen)));
    }

    /** The list with peak {@code at} first, the others in their order. */
    static List<Peak> moveToFront(List<Peak> peaks, int at) {
        if (at == 0) return peaks;
        List<Peak> out = new ArrayList<>(peaks);
        out.add(0, out.remove(at));
        return out;
    }

    /**
     * The periodogram with peak {@code at} as its best: flags against it, its period uncertainty,
     * its FAP as the periodogram's (the others keep S/N and FAP, which do not depend on the best).
     */
    static Periodogram promote(Periodogram pg, int at, LightCurve lc, int harmonics) {
        if (at == 0) return pg;
        List<Peak> peaks = PeakFinder.flagAliases(moveToFront(pg.peaks(), at), pg.grid().df());
        List<Peak> out = new ArrayList<>(peaks.size());
        for (int i = 0; i < peaks.size(); i++) {
            Peak p = peaks.get(i);
            out.add(p.withStats(p.snr(), p.fap(), i == 0 ? periodError(lc, p.period(), harmonics) : Double.NaN));
        }
        return new Periodogram(pg.method(), pg.id(), pg.grid(), pg.power(), out, out.get(0).fap());
    }

    /** Peak power over the median grid power within +-window/2 of the peak's frequency. */
    static double snr(Peak p, double[] power, FrequencyGrid g, double window) {
        int lo = Math.max(0, (int) Math.floor((p.frequency() - window / 2 - g.fMin()) / g.df()));
        int hi = Math.min(power.length - 1, (int) Math.ceil((p.frequency() + window / 2 - g.fMin()) / g.df()));
        if (hi - lo < 2) return Double.NaN;
        int stride = Math.max(1, (hi - lo + 1) / MEDIAN_SAMPLE);
        double[] s = new double[(hi - lo) / stride + 1];
        int n = 0;
        for (int i = lo; i <= hi; i += stride) if (Double.isFinite(power[i])) s[n++] = power[i];
        if (n < 3) return Double.NaN;
        Arrays.sort(s, 0, n);
        double med = n % 2 == 1 ? s[n / 2] : 0.5 * (s[n / 2 - 1] + s[n / 2]);
        return med > 0 ? p.power() / med : Double.NaN;
    }

    /**
     * 1-sigma period uncertainty of a one-harmonic least-squares frequency in white noise, from
     * its covariance (Montgomery & O'Donoghue 1999, as Period04 gives it):
     * sigma_f = sqrt(6 / N) sigma / (pi T A_1), sigma_P = sigma_f P^2, with A_1 and the noise sigma
     * from an h-harmonic fit (so a non-sinusoidal shape is not counted as noise). One harmonic
     * because the listed period is the peak of a one-harmonic periodogram.
     */
    static double periodError(LightCurve lc, double period, int h) {
        double[] t = lc.time(), m = lc.mag();
        int n = t.length;
        double span = lc.timeSpan();
        if (n < 8 || !(span > 0)) return Double.NaN;
        FourierFit fit = FourierFit.fit(t, m, lc.err(), period, h);
        double[] r = fit.residuals(t, m);
        double ss = 0;
        for (double x : r) ss += x * x;
        int free = n - (2 * fit.harmonics() + 2); // the series and the frequency
        if (free < 1) return Double.NaN;
        double sigma = Math.sqrt(ss / free);
        if (!(fit.amplitude(1) > 0)) return Double.NaN;
        double sigmaF = Math.sqrt(6.0 / n) * sigma / (Math.PI * span * fit.amplitude(1));
        return sigmaF * period * period;
    }
}
