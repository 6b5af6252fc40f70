package org.cepheus.lightcurve;

import org.cepheus.catalog.LightCurve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

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
    private final List<String> names;

    public FeatureExtractor(Options options, PeriodFinder periods) {
        if (options.bands().isEmpty()) throw new IllegalArgumentException("no bands configured");
        this.options = options;
        this.periods = periods;
        this.names = List.copyOf(names(options));
    }

    /** Feature names in vector order. */
    public List<String> names() { return names; }

    public int size() { return names.size(); }

    /** Phase-binned folded shapes: bands x 2 (period, twice the period) x phaseBins, flattened. */
    public int shapeLength() { return options.bands().size() * 2 * options.phaseBins(); }

    /** Features of one star. */
    public record Result(double[] scalars, float[] shape, double period) { }

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
            if (clean[b] == null || clean[b].t.length < MIN_POINTS) continue;
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
        Arrays.fill(v, Double.NaN);
        float[] shape = new float[shapeLength()];
        int at = 0;
        double[] means = new double[bands.size()], amps = new double[bands.size()];
        for (int b = 0; b < bands.size(); b++) {
            int start = at;
            at += perBandCount();
            means[b] = Double.NaN;
            amps[b] = Double.NaN;
            if (clean[b] == null || clean[b].t.length < MIN_POINTS) continue;
            Clean c = clean[b];
            int k = start;
            double[] s = MagnitudeStats.sorted(c.m);
            double range = MagnitudeStats.percentile(s, 95) - MagnitudeStats.percentile(s, 5);
            double sd = MagnitudeStats.std(c.m);
            v[k++] = Math.log10(c.t.length);
            v[k++] = Math.log10(Math.max(1, c.t[c.t.length - 1] - c.t[0]));
            v[k++] = MagnitudeStats.percentile(s, 50);
            v[k++] = Math.log10(Math.max(1e-4, sd));
            v[k++] = Math.log10(Math.max(1e-4, MagnitudeStats.mad(c.m)));
            v[k++] = Math.log10(Math.max(1e-4, range));
            for (double q : new double[]{10, 17.5, 25, 32.5, 40}) {
                double r = MagnitudeStats.percentile(s, 50 + q) - MagnitudeStats.percentile(s, 50 - q);
                v[k++] = range > 0 ? r / range : 0;
            }
            // asymmetry of the distribution: where the median sits inside the 5-95 range
            v[k++] = range > 0 ? (MagnitudeStats.percentile(s, 50) - MagnitudeStats.percentile(s, 5)) / range : 0.5;
            v[k++] = MagnitudeStats.skewness(c.m);
            v[k++] = Math.log1p(Math.max(-0.99, MagnitudeStats.kurtosis(c.m)) + 1);
            v[k++] = MagnitudeStats.beyondOneStd(c.m);
            v[k++] = MagnitudeStats.stetsonK(c.m, c.e);
            v[k++] = Math.log10(Math.max(1e-3, MagnitudeStats.vonNeumann(c.m)));
            double medErr = MagnitudeStats.medianError(c.e);
            v[k++] = Double.isNaN(medErr) ? Double.NaN : Math.log10(Math.max(1e-4, medErr));
            v[k++] = Double.isNaN(medErr) ? Double.NaN : Math.log10(Math.max(1e-3, sd / Math.max(1e-4, medErr)));
            means[b] = MagnitudeStats.mean(c.m);
            if (Double.isNaN(period)) continue;

            // own periodogram peaks of this band (power at the star's period would need a re-search)
            List<PeriodFinder.Candidate> own = cands[b] == null ? List.of() : cands[b];
            v[k++] = Math.log10(period);
            v[k++] = own.isEmpty() ? Double.NaN : own.get(0).power();
            // distance of the frequency from whole cycles per day: daily-sampling aliases
            double f = 1 / period;
            v[k++] = Math.log10(Math.abs(f - Math.rint(f)) + 1e-3);
            v[k++] = PhaseFold.pdmTheta(c.t, c.m, period, PDM_BINS);
            v[k++] = PhaseFold.pdmTheta(c.t, c.m, 2 * period, PDM_BINS);
            for (int p = 1; p < options.peaks(); p++) {
                if (p < own.size()) {
                    v[k++] = Math.log10(own.get(p).period() / period);
                    v[k++] = own.get(p).power();
                } else {
                    k += 2;
                }
            }
            FourierFit f1 = FourierFit.fit(c.t, c.m, c.e, period, options.harmonics());
            amps[b] = f1.peakToPeak();
            means[b] = f1.mean();
            v[k++] = Math.log10(Math.max(1e-3, f1.amplitude(1)));
            v[k++] = Math.log10(Math.max(1e-3, amps[b]));
            v[k++] = f1.amplitudeRatio(2);
            v[k++] = f1.amplitudeRatio(3);
            v[k++] = f1.amplitudeRatio(4);
            v[k++] = Math.cos(f1.phaseDifference(2));
            v[k++] = Math.sin(f1.phaseDifference(2));
            v[k++] = Math.cos(f1.phaseDifference(3));
            v[k++] = Math.sin(f1.phaseDifference(3));
            v[k++] = f1.explainedVariance();
            double[] res = f1.residuals(c.t, c.m);
            v[k++] = Math.log10(Math.max(1e-3, MagnitudeStats.vonNeumann(res)));
            v[k++] = MagnitudeStats.skewness(res);

            // at twice the period: eclipsing binaries show unequal minima in the odd harmonics
            FourierFit f2 = FourierFit.fit(c.t, c.m, c.e, 2 * period, 2 * options.harmonics());
            v[k++] = f2.explainedVariance() - f1.explainedVariance();
            double even = f2.amplitude(2) + 1e-6;
            v[k++] = Math.log10((f2.amplitude(1) + f2.amplitude(3) + 1e-6) / even);

            // second period after removing the first (RRd: P1/P0 ~ 0.745)
            List<PeriodFinder.Candidate> second = periods.find(c.t, res, c.e, 1,
                    Math.max(options.minPeriod(), period / options.secondRange()),
                    Math.min(options.maxPeriod(), period * options.secondRange()));
            if (!second.isEmpty()) {
                double p2 = second.get(0).period();
                v[k++] = Math.log10(p2);
                v[k++] = second.get(0).power();
                double ratio = Math.min(p2, period) / Math.max(p2, period);
                v[k++] = ratio;
            } else {
                k += 3;
            }
            // targeted double-mode test: the strongest residual signal where the other radial
            // mode of a double-mode pulsator would be (fundamental if P is the first overtone, or
            // the reverse); a general second search often loses it in the noise
            v[k++] = bestPower(c, res, period / options.doubleModeHigh(), period / options.doubleModeLow());
            v[k++] = bestPower(c, res, period * options.doubleModeLow(), period * options.doubleModeHigh());
            foldShape(c, period, shape, (b * 2) * options.phaseBins());
            foldShape(c, 2 * period, shape, (b * 2 + 1) * options.phaseBins());
        }
        // colours and amplitude ratios against the first band
        for (int b = 1; b < bands.size(); b++) {
            v[at++] = means[b] - means[0];
            v[at++] = amps[0] > 0 && amps[b] > 0 ? Math.log10(amps[b] / amps[0]) : Double.NaN;
            v[at++] = clean[0] == null || clean[b] == null ? Double.NaN : simultaneousCorrelation(clean[0], clean[b]);
        }
        return new Result(v, shape, period);
    }

    private static final int MIN_POINTS = 8;
    private static final int PDM_BINS = 10;

    /** The candidate period a Fourier series of h harmonics fits best over all bands (point-weighted). */
    private static double bestOverBands(Clean[] clean, List<Double> candidates, int h) {
        if (candidates.isEmpty()) return Double.NaN;
        if (candidates.size() == 1) return candidates.get(0);
        double best = Double.NaN, bestScore = Double.NEGATIVE_INFINITY;
        for (double p : candidates) {
            double score = 0;
            for (Clean c : clean) {
                if (c == null || c.t.length < MIN_POINTS) continue;
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

    private int perBandCount() {
        return 19 + 5 + 2 * (options.peaks() - 1) + 12 + 2 + 3 + 2;
    }

    private static List<String> names(Options o) {
        List<String> n = new ArrayList<>();
        for (String band : o.bands()) {
            String p = band.isEmpty() ? "" : band + "_";
            for (String s : new String[]{"log_n", "log_baseline", "median_mag", "log_std", "log_mad",
                    "log_range5_95", "fpr20", "fpr35", "fpr50", "fpr65", "fpr80", "median_position",
                    "skew", "log_kurt", "beyond1std", "stetson_k", "log_von_neumann", "log_median_err",
                    "log_snr"}) n.add(p + s);
            n.add(p + "log_period");
            n.add(p + "power");
            n.add(p + "log_alias_distance");
            n.add(p + "pdm_theta");
            n.add(p + "pdm_theta_double");
            for (int k = 2; k <= o.peaks(); k++) {
                n.add(p + "peak" + k + "_log_ratio");
                n.add(p + "peak" + k + "_power");
            }
            for (String s : new String[]{"log_a1", "log_ptp", "r21", "r31", "r41", "cos_phi21",
                    "sin_phi21", "cos_phi31", "sin_phi31", "fourier_r2", "res_log_von_neumann",
                    "res_skew", "double_gain", "double_odd_even", "p2_log_period", "p2_power",
                    "p2_ratio", "double_mode_longer_power", "double_mode_shorter_power"}) n.add(p + s);
        }
        for (int b = 1; b < o.bands().size(); b++) {
            n.add("colour_" + o.bands().get(b) + "_" + o.bands().get(0));
            n.add("log_amp_ratio_" + o.bands().get(b) + "_" + o.bands().get(0));
            n.add("correlation_" + o.bands().get(b) + "_" + o.bands().get(0));
        }
        return n;
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

    private record Clean(double[] t, double[] m, double[] e) { }

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
