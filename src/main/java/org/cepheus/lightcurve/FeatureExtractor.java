package org.cepheus.lightcurve;

import org.cepheus.catalog.LightCurve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Hand-made, period-aware features of one star (one or several bands), computed from the
 * photometry alone: never from catalog metadata such as catalog periods or labels.
 * <p>
 * Per band: magnitude statistics, the best period and its power, a Fourier fit at that period
 * (amplitudes, ratios R21/R31/R41, phase differences phi21/phi31), a fit at twice the period
 * (eclipsing binaries, where the periodogram finds half the period), the next periodogram peaks,
 * a second period after removing the first (double-mode pulsators), and the folded, binned shape.
 * Across bands: colour and amplitude ratio against the first band.
 */
public final class FeatureExtractor {

    /** Parameters, read from a preset. */
    /**
     * @param bands          band order; the first is the reference for colours
     * @param harmonics      Fourier harmonics fitted at the period
     * @param phaseBins      bins of the folded shape
     * @param peaks          periodogram peaks described
     * @param maxErrorFactor points with an error above this times the median error are dropped
     * @param minPeriod      shortest period searched, days
     * @param maxPeriod      longest period searched, days
     * @param secondRange    the second period is searched within [P / this, P x this]
     * @param doubleModeLow  lower end of the double-mode period ratio window (RRd: P1/P0 ~ 0.745)
     * @param doubleModeHigh upper end of that window
     * @param choiceHarmonics when set, the star's period is the one among the top {@code peaks}
     *                       periodogram peaks of every band that a Fourier series of this many
     *                       harmonics fits best (non-sinusoidal pulsators such as RRab often put a
     *                       one-day alias on top of a one-harmonic periodogram); null or 0: the
     *                       strongest peak (several bands: of the bands' strongest peaks, the one a
     *                       two-harmonic series fits best), as in presets written before this option
     */
    public record Options(List<String> bands, int harmonics, int phaseBins, int peaks,
                          double maxErrorFactor, double minPeriod, double maxPeriod, double secondRange,
                          double doubleModeLow, double doubleModeHigh, Integer choiceHarmonics) {
        public static Options defaults(List<String> bands) {
            return new Options(bands, 4, 32, 3, 5.0, 0.1, 1000, 3, 0.73, 0.76, null);
        }

        public Options withBands(List<String> b) {
            return new Options(b, harmonics, phaseBins, peaks, maxErrorFactor, minPeriod, maxPeriod,
                    secondRange, doubleModeLow, doubleModeHigh, choiceHarmonics);
        }

        public Options withChoiceHarmonics(Integer h) {
            return new Options(bands, harmonics, phaseBins, peaks, maxErrorFactor, minPeriod, maxPeriod,
                    secondRange, doubleModeLow, doubleModeHigh, h);
        }

        int choice() { return choiceHarmonics == null ? 0 : choiceHarmonics; }
    }

    private final Options options;
    private final PeriodFinder periods;
    /** Every band's features, in vector order; the band's name prefixes each. */
    private final List<Feature<Band>> perBand;
    /** Features of each further band against the first (colours), in vector order. */
    private final List<Feature<BandPair>> acrossBands;
    private final List<String> names;

    public FeatureExtractor(Options options, PeriodFinder periods) {
        if (options.bands().isEmpty()) throw new IllegalArgumentException("no bands configured");
        this.options = options;
        this.periods = periods;
        this.perBand = bandFeatures(options);
        this.acrossBands = pairFeatures();
        List<String> n = new ArrayList<>();
        for (String band : options.bands()) {
            String prefix = band.isEmpty() ? "" : band + "_";
            for (Feature<Band> f : perBand) n.add(prefix + f.name());
        }
        for (int b = 1; b < options.bands().size(); b++) {
            for (Feature<BandPair> f : acrossBands) n.add(f.name() + "_" + options.bands().get(b) + "_" + options.bands().get(0));
        }
        this.names = List.copyOf(n);
    }

    /** Feature names in vector order. */
    public List<String> names() { return names; }

    public int size() { return names.size(); }

    /** Phase-binned folded shapes: bands x 2 (period, twice the period) x phaseBins, flattened. */
    public int shapeLength() { return options.bands().size() * 2 * options.phaseBins(); }

    /** Features of one star. */
    public record Result(double[] scalars, float[] shape, double period) { }

    /** A named feature: the one place that both its name and its value come from. */
    private record Feature<T>(String name, ToDoubleFunction<T> value) { }

    /**
     * Features of one star from its band curves (matched to the configured bands by name; when a
     * name does not match, curves are used in the order given). Missing bands give NaN features,
     * which the caller's normalisation turns into "unknown" (0 after standardisation).
     */
    public Result extract(List<LightCurve> bandsOfStar) {
        List<String> bands = options.bands();
        LightCurve[] byBand = assign(bandsOfStar, bands);
        Clean[] clean = new Clean[byBand.length];
        for (int b = 0; b < byBand.length; b++) clean[b] = byBand[b] == null ? null : clean(byBand[b]);

        // one period for the star: the candidate (best peaks of every band) that a two-harmonic
        // series explains best over all bands together; with one band simply the strongest peak
        List<PeriodFinder.Candidate>[] cands = new List[bands.size()];
        List<Double> candidates = new ArrayList<>();
        for (int b = 0; b < clean.length; b++) {
            if (!usable(clean[b])) continue;
            cands[b] = periods.find(clean[b].t, clean[b].m, clean[b].e, options.peaks(),
                    options.minPeriod(), options.maxPeriod());
            if (options.choice() > 0) {
                for (PeriodFinder.Candidate c : cands[b]) candidates.add(c.period());
            } else if (!cands[b].isEmpty()) {
                candidates.add(cands[b].get(0).period());
            }
        }
        double period = bestOverBands(clean, candidates, options.choice() > 0 ? options.choice() : 2);
        double[] v = new double[names.size()];
        float[] shape = new float[shapeLength()];
        Band[] band = new Band[bands.size()];
        int at = 0;
        for (int b = 0; b < bands.size(); b++) {
            band[b] = new Band(clean[b], period, cands[b] == null ? List.of() : cands[b]);
            for (Feature<Band> f : perBand) v[at++] = band[b].usable ? f.value().applyAsDouble(band[b]) : Double.NaN;
            if (band[b].periodic) {
                foldShape(band[b].c, period, shape, (b * 2) * options.phaseBins());
                foldShape(band[b].c, 2 * period, shape, (b * 2 + 1) * options.phaseBins());
            }
        }
        for (int b = 1; b < bands.size(); b++) {
            BandPair pair = new BandPair(band[0], band[b]);
            for (Feature<BandPair> f : acrossBands) v[at++] = f.value().applyAsDouble(pair);
        }
        return new Result(v, shape, period);
    }

    private static boolean usable(Clean c) {
        return c != null && c.t.length >= MIN_POINTS;
    }

    /**
     * One band of one star while its features are computed: the cleaned curve, the star's period,
     * the band's own periodogram peaks, and the fits that several features share (made once, on
     * first use).
     */
    private final class Band {
        final Clean c;
        final double period;
        final List<PeriodFinder.Candidate> own;
        final boolean usable, periodic;
        private double[] sorted;
        private FourierFit f1, f2;
        private double[] residuals;
        private List<PeriodFinder.Candidate> second;

        Band(Clean c, double period, List<PeriodFinder.Candidate> own) {
            this.c = c;
            this.period = period;
            this.own = own;
            this.usable = usable(c);
            this.periodic = usable && !Double.isNaN(period);
        }

        double percentile(double q) {
            if (sorted == null) sorted = MagnitudeStats.sorted(c.m);
            return MagnitudeStats.percentile(sorted, q);
        }

        double range() { return percentile(95) - percentile(5); }

        double medianError() { return MagnitudeStats.medianError(c.e); }

        FourierFit fit() {
            if (f1 == null) f1 = FourierFit.fit(c.t, c.m, c.e, period, options.harmonics());
            return f1;
        }

        FourierFit doubleFit() {
            if (f2 == null) f2 = FourierFit.fit(c.t, c.m, c.e, 2 * period, 2 * options.harmonics());
            return f2;
        }

        double[] residuals() {
            if (residuals == null) residuals = fit().residuals(c.t, c.m);
            return residuals;
        }

        /** The strongest period of the residuals near P (RRd: P1/P0 ~ 0.745); null when none. */
        PeriodFinder.Candidate second() {
            if (second == null) {
                second = periods.find(c.t, residuals(), c.e, 1,
                        Math.max(options.minPeriod(), period / options.secondRange()),
                        Math.min(options.maxPeriod(), period * options.secondRange()));
            }
            return second.isEmpty() ? null : second.get(0);
        }

        /** A peak of the band's own periodogram, null past the last. */
        PeriodFinder.Candidate peak(int i) { return i < own.size() ? own.get(i) : null; }

        /** Mean magnitude: the Fourier fit's when the star has a period. */
        double mean() {
            if (!usable) return Double.NaN;
            return periodic ? fit().mean() : MagnitudeStats.mean(c.m);
        }

        double peakToPeak() { return periodic ? fit().peakToPeak() : Double.NaN; }
    }

    /** A further band and the first, for colours. */
    private record BandPair(Band first, Band other) { }

    /** Every band's features in vector order (the peaks' count comes from the options). */
    private List<Feature<Band>> bandFeatures(Options o) {
        List<Feature<Band>> f = new ArrayList<>();
        f.add(new Feature<>("log_n", b -> Math.log10(b.c.t.length)));
        f.add(new Feature<>("log_baseline", b -> Math.log10(Math.max(1, b.c.t[b.c.t.length - 1] - b.c.t[0]))));
        f.add(new Feature<>("median_mag", b -> b.percentile(50)));
        f.add(new Feature<>("log_std", b -> Math.log10(Math.max(1e-4, MagnitudeStats.std(b.c.m)))));
        f.add(new Feature<>("log_mad", b -> Math.log10(Math.max(1e-4, MagnitudeStats.mad(b.c.m)))));
        f.add(new Feature<>("log_range5_95", b -> Math.log10(Math.max(1e-4, b.range()))));
        // flux-percentile ratios: the width of the middle 20..80% of the magnitudes over the 5-95 range
        String[] fpr = {"fpr20", "fpr35", "fpr50", "fpr65", "fpr80"};
        double[] half = {10, 17.5, 25, 32.5, 40};
        for (int i = 0; i < fpr.length; i++) {
            double q = half[i];
            f.add(new Feature<>(fpr[i], b -> b.range() > 0 ? (b.percentile(50 + q) - b.percentile(50 - q)) / b.range() : 0));
        }
        // asymmetry of the distribution: where the median sits inside the 5-95 range
        f.add(new Feature<>("median_position", b -> b.range() > 0 ? (b.percentile(50) - b.percentile(5)) / b.range() : 0.5));
        f.add(new Feature<>("skew", b -> MagnitudeStats.skewness(b.c.m)));
        f.add(new Feature<>("log_kurt", b -> Math.log1p(Math.max(-0.99, MagnitudeStats.kurtosis(b.c.m)) + 1)));
        f.add(new Feature<>("beyond1std", b -> MagnitudeStats.beyondOneStd(b.c.m)));
        f.add(new Feature<>("stetson_k", b -> MagnitudeStats.stetsonK(b.c.m, b.c.e)));
        f.add(new Feature<>("log_von_neumann", b -> Math.log10(Math.max(1e-3, MagnitudeStats.vonNeumann(b.c.m)))));
        f.add(new Feature<>("log_median_err", b -> Double.isNaN(b.medianError()) ? Double.NaN
                : Math.log10(Math.max(1e-4, b.medianError()))));
        f.add(new Feature<>("log_snr", b -> Double.isNaN(b.medianError()) ? Double.NaN
                : Math.log10(Math.max(1e-3, MagnitudeStats.std(b.c.m) / Math.max(1e-4, b.medianError())))));

        // from here on the features need the star's period
        List<Feature<Band>> p = new ArrayList<>();
        p.add(new Feature<>("log_period", b -> Math.log10(b.period)));
        // own periodogram peaks of this band (power at the star's period would need a re-search)
        p.add(new Feature<>("power", b -> b.peak(0) == null ? Double.NaN : b.peak(0).power()));
        // distance of the frequency from whole cycles per day: daily-sampling aliases
        p.add(new Feature<>("log_alias_distance", b -> Math.log10(Math.abs(1 / b.period - Math.rint(1 / b.period)) + 1e-3)));
        p.add(new Feature<>("pdm_theta", b -> PhaseFold.pdmTheta(b.c.t, b.c.m, b.period, PDM_BINS)));
        p.add(new Feature<>("pdm_theta_double", b -> PhaseFold.pdmTheta(b.c.t, b.c.m, 2 * b.period, PDM_BINS)));
        for (int k = 2; k <= o.peaks(); k++) {
            int i = k - 1;
            p.add(new Feature<>("peak" + k + "_log_ratio", b -> b.peak(i) == null ? Double.NaN : Math.log10(b.peak(i).period() / b.period)));
            p.add(new Feature<>("peak" + k + "_power", b -> b.peak(i) == null ? Double.NaN : b.peak(i).power()));
        }
        p.add(new Feature<>("log_a1", b -> Math.log10(Math.max(1e-3, b.fit().amplitude(1)))));
        p.add(new Feature<>("log_ptp", b -> Math.log10(Math.max(1e-3, b.fit().peakToPeak()))));
        p.add(new Feature<>("r21", b -> b.fit().amplitudeRatio(2)));
        p.add(new Feature<>("r31", b -> b.fit().amplitudeRatio(3)));
        p.add(new Feature<>("r41", b -> b.fit().amplitudeRatio(4)));
        p.add(new Feature<>("cos_phi21", b -> Math.cos(b.fit().phaseDifference(2))));
        p.add(new Feature<>("sin_phi21", b -> Math.sin(b.fit().phaseDifference(2))));
        p.add(new Feature<>("cos_phi31", b -> Math.cos(b.fit().phaseDifference(3))));
        p.add(new Feature<>("sin_phi31", b -> Math.sin(b.fit().phaseDifference(3))));
        p.add(new Feature<>("fourier_r2", b -> b.fit().explainedVariance()));
        p.add(new Feature<>("res_log_von_neumann", b -> Math.log10(Math.max(1e-3, MagnitudeStats.vonNeumann(b.residuals())))));
        p.add(new Feature<>("res_skew", b -> MagnitudeStats.skewness(b.residuals())));
        // at twice the period: eclipsing binaries show unequal minima in the odd harmonics
        p.add(new Feature<>("double_gain", b -> b.doubleFit().explainedVariance() - b.fit().explainedVariance()));
        p.add(new Feature<>("double_odd_even", b -> Math.log10((b.doubleFit().amplitude(1) + b.doubleFit().amplitude(3) + 1e-6)
                / (b.doubleFit().amplitude(2) + 1e-6))));
        // second period after removing the first (RRd: P1/P0 ~ 0.745)
        p.add(new Feature<>("p2_log_period", b -> b.second() == null ? Double.NaN : Math.log10(b.second().period())));
        p.add(new Feature<>("p2_power", b -> b.second() == null ? Double.NaN : b.second().power()));
        p.add(new Feature<>("p2_ratio", b -> b.second() == null ? Double.NaN
                : Math.min(b.second().period(), b.period) / Math.max(b.second().period(), b.period)));
        // targeted double-mode test: the strongest residual signal where the other radial mode of a
        // double-mode pulsator would be (fundamental if P is the first overtone, or the reverse); a
        // general second search often loses it in the noise
        p.add(new Feature<>("double_mode_longer_power",
                b -> bestPower(b.c, b.residuals(), b.period / o.doubleModeHigh(), b.period / o.doubleModeLow())));
        p.add(new Feature<>("double_mode_shorter_power",
                b -> bestPower(b.c, b.residuals(), b.period * o.doubleModeLow(), b.period * o.doubleModeHigh())));
        for (Feature<Band> x : p) f.add(new Feature<>(x.name(), b -> b.periodic ? x.value().applyAsDouble(b) : Double.NaN));
        return List.copyOf(f);
    }

    /** Colours and amplitude ratios of a further band against the first. */
    private static List<Feature<BandPair>> pairFeatures() {
        return List.of(
                new Feature<>("colour", p -> p.other().mean() - p.first().mean()),
                new Feature<>("log_amp_ratio", p -> p.first().peakToPeak() > 0 && p.other().peakToPeak() > 0
                        ? Math.log10(p.other().peakToPeak() / p.first().peakToPeak()) : Double.NaN),
                new Feature<>("correlation", p -> p.first().c == null || p.other().c == null ? Double.NaN
                        : simultaneousCorrelation(p.first().c, p.other().c)));
    }

    private static final int MIN_POINTS = 8;
    private static final int PDM_BINS = 10;

    /** The candidate period a Fourier series of h harmonics fits best over all bands (point-weighted). */
    static double bestOverBands(Clean[] clean, List<Double> candidates, int h) {
        if (candidates.isEmpty()) return Double.NaN;
        if (candidates.size() == 1) return candidates.get(0);
        double best = Double.NaN, bestScore = Double.NEGATIVE_INFINITY;
        for (double p : candidates) {
            double score = 0;
            for (Clean c : clean) {
                if (!usable(c)) continue;
                score += c.t.length * FourierFit.fit(c.t, c.m, c.e, p, h).explainedVariance();
            }
            if (score > bestScore) {
                bestScore = score;
                best = p;
            }
        }
        return best;
    }

    /** Best periodogram power of the residuals between two periods (NaN outside the search range). */
    private double bestPower(Clean c, double[] res, double minPeriod, double maxPeriod) {
        if (minPeriod < options.minPeriod() || maxPeriod > options.maxPeriod()) return Double.NaN;
        List<PeriodFinder.Candidate> p = periods.find(c.t, res, c.e, 1, minPeriod, maxPeriod);
        return p.isEmpty() ? Double.NaN : p.get(0).power();
    }

    /** Points of two bands closer in time than this (days) count as simultaneous. */
    private static final double SIMULTANEOUS = 0.1;

    /**
     * Pearson correlation of two bands' magnitudes at (nearly) simultaneous times: near 1 for real
     * variability seen in both bands, near 0 when the scatter is noise; NaN with fewer than 8 pairs.
     */
    static double simultaneousCorrelation(Clean a, Clean b) {
        double[] x = new double[a.t.length], y = new double[a.t.length];
        int n = 0, j = 0;
        for (int i = 0; i < a.t.length; i++) {
            while (j + 1 < b.t.length && Math.abs(b.t[j + 1] - a.t[i]) <= Math.abs(b.t[j] - a.t[i])) j++;
            if (j < b.t.length && Math.abs(b.t[j] - a.t[i]) <= SIMULTANEOUS) {
                x[n] = a.m[i];
                y[n] = b.m[j];
                n++;
            }
        }
        if (n < 8) return Double.NaN;
        double mx = 0, my = 0;
        for (int i = 0; i < n; i++) { mx += x[i]; my += y[i]; }
        mx /= n;
        my /= n;
        double sxy = 0, sxx = 0, syy = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : 0;
    }

    /**
     * Binned mean of the folded curve, normalised to 0 (faintest bin) .. 1 (brightest bin) and
     * shifted so the brightest bin comes first; empty bins are interpolated circularly.
     */
    private void foldShape(Clean c, double period, float[] out, int offset) {
        int nb = options.phaseBins();
        double[] sum = new double[nb];
        int[] cnt = new int[nb];
        double t0 = c.t[0];
        for (int i = 0; i < c.t.length; i++) {
            double ph = (c.t[i] - t0) / period;
            ph -= Math.floor(ph);
            int bin = Math.min(nb - 1, (int) (ph * nb));
            sum[bin] += c.m[i];
            cnt[bin]++;
        }
        double[] mean = new double[nb];
        int filled = 0;
        for (int i = 0; i < nb; i++) if (cnt[i] > 0) { mean[i] = sum[i] / cnt[i]; filled++; }
        if (filled == 0) return;
        for (int i = 0; i < nb; i++) {
            if (cnt[i] > 0) continue;
            int l = i, r = i, dl = 0, dr = 0;
            do { l = (l - 1 + nb) % nb; dl++; } while (cnt[l] == 0);
            do { r = (r + 1) % nb; dr++; } while (cnt[r] == 0);
            mean[i] = (mean[l] * dr + mean[r] * dl) / (dl + dr);
        }
        int brightest = 0;
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < nb; i++) {
            if (mean[i] < mean[brightest]) brightest = i;
            lo = Math.min(lo, mean[i]);
            hi = Math.max(hi, mean[i]);
        }
        double span = hi - lo;
        for (int i = 0; i < nb; i++) {
            double v = mean[(brightest + i) % nb];
            // magnitudes: brighter = smaller, so 1 at the brightest bin
            out[offset + i] = span > 0 ? (float) ((hi - v) / span) : 0.5f;
        }
    }

    private static LightCurve[] assign(List<LightCurve> curves, List<String> bands) {
        LightCurve[] out = new LightCurve[bands.size()];
        List<LightCurve> unmatched = new ArrayList<>();
        for (LightCurve c : curves) {
            int i = bands.indexOf(c.band());
            if (i >= 0 && out[i] == null) out[i] = c;
            else unmatched.add(c);
        }
        unmatched.sort(Comparator.comparingInt(LightCurve::size).reversed());
        for (LightCurve c : unmatched) {
            for (int i = 0; i < out.length; i++) {
                if (out[i] == null) { out[i] = c; break; }
            }
        }
        return out;
    }

    record Clean(double[] t, double[] m, double[] e) { }

    /**
     * Drops non-finite points, points whose error is far above the curve's typical error, and
     * times far outside the bulk of the curve (survey sentinels such as JD 0 in CRTS exports).
     */
    private Clean clean(LightCurve lc) {
        double[] t = lc.time(), m = lc.mag(), e = lc.err();
        double limit = Double.POSITIVE_INFINITY;
        if (e != null) {
            double med = MagnitudeStats.percentile(MagnitudeStats.sorted(e), 50);
            if (med > 0) limit = options.maxErrorFactor() * med;
        }
        double[] ts = MagnitudeStats.sorted(t);
        double tMid = MagnitudeStats.percentile(ts, 50);
        double tReach = 10 * (MagnitudeStats.percentile(ts, 90) - MagnitudeStats.percentile(ts, 10)) + 365;
        int n = 0;
        boolean[] keep = new boolean[t.length];
        for (int i = 0; i < t.length; i++) {
            keep[i] = Double.isFinite(t[i]) && Double.isFinite(m[i]) && Math.abs(m[i]) < 50
                    && Math.abs(t[i] - tMid) <= tReach
                    && (e == null || (Double.isFinite(e[i]) && e[i] <= limit));
            if (keep[i]) n++;
        }
        double[] tt = new double[n], mm = new double[n], ee = e == null ? null : new double[n];
        int j = 0;
        for (int i = 0; i < t.length; i++) {
            if (!keep[i]) continue;
            tt[j] = t[i];
            mm[j] = m[i];
            if (ee != null) ee[j] = e[i];
            j++;
        }
        return new Clean(tt, mm, ee);
    }
}
