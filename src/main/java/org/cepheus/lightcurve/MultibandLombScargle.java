package org.cepheus.lightcurve;

import java.util.ArrayList;
import java.util.List;
import org.cepheus.catalog.LightCurve;
import org.cepheus.service.ProgressMonitor;

/**
 * The multiband generalised Lomb-Scargle periodogram of VanderPlas &amp; Ivezic (2015, ApJ 812, 18)
 * in its (N_base = 0, N_band = 1) form: one frequency shared by all bands, each band with its own
 * offset, amplitude and phase. The model's chi-square is the sum of the bands' and the power is
 * 1 - chi2(f) / chi2_ref with chi2_ref the per-band-mean model's, i.e. the per-band GLS powers
 * weighted by each band's chi2_ref (their eq. 12 with P_k = 1 - chi2_k / chi2_ref,k). A band with
 * fewer than 4 points is left out; one band alone gives exactly its GLS power. Each band's sums are
 * the fast GLS's (O(N log N) per band), refined exactly, so the default grid costs what GLS of
 * each band costs. Every listed peak gets Baluev's false-alarm probability generalised to the
 * model's 2 parameters per band ({@link Baluev#multiband}; checked against shuffled real EROS
 * stars in MultibandFapTest) and its S/N.
 */
public final class MultibandLombScargle extends AbstractPeriodSearch {
    private final TrigSums trig;
    private final FastLombScargle single;

    public MultibandLombScargle(PeriodOptions options) {
        super(options);
        this.trig = TrigSums.of(options);
        this.single = new FastLombScargle(options);
    }

    @Override public String name() { return "mgls"; }

    @Override public boolean multiband() { return true; }

    /** One curve: its GLS (with Baluev's FAP), the multiband periodogram of a single band. */
    @Override
    protected Prepared prepare(LightCurve lc) {
        return single.prepare(lc);
    }

    @Override
    public Periodogram searchBands(List<LightCurve> bands, ProgressMonitor monitor) {
        return searchBands(bands, FrequencyGrid.forBands(bands, options), monitor);
    }

    @Override
    public Periodogram searchBands(List<LightCurve> bands, FrequencyGrid grid, ProgressMonitor monitor) {
        List<GlsData> data = new ArrayList<>();
        double total = 0;
        for (LightCurve b : bands) {
            if (b.size() < 4) continue;
            GlsData d = new GlsData(b);
            data.add(d);
            total += d.chi2Ref;
        }
        String id = bands.isEmpty() ? "" : bands.get(0).id();
        if (data.isEmpty()) throw new IllegalArgumentException(id + ": no band has the 4 points a period search needs");
        if (data.size() == 1) {
            for (LightCurve b : bands) if (b.size() >= 4) return search(b, grid, monitor);
        }
        double[] share = new double[data.size()];
        for (int k = 0; k < share.length; k++) share[k] = total > 0 ? data.get(k).chi2Ref / total : 1.0 / share.length;
        double[] power = new double[grid.count()];
        for (int k = 0; k < share.length; k++) {
            add(power, share[k], FastLombScargle.fastPower(data.get(k), grid, trig, monitor));
        }
        monitor.checkCancelled();
        var peaks = PeakFinder.topPeaks(power, grid, options.topK(), span(bands), g -> {
            double[] p = new double[g.count()];
            for (int k = 0; k < share.length; k++) add(p, share[k], ExactLombScargle.exactPower(data.get(k), g));
            return p;
        }, options.refineSteps());
        int n = 0;
        double tv = 0;
        for (GlsData d : data) {
            n += d.n;
            tv += d.timeVariance / data.size();
        }
        List<Peak> annotated = new ArrayList<>(peaks.size());
        for (int i = 0; i < peaks.size(); i++) {
            Peak p = peaks.get(i);
            double err = i == 0 ? periodError(bands, p.period(), options.peakAnalysis().uncertaintyHarmonics()) : Double.NaN;
            annotated.add(p.withStats(PeakStats.snr(p, power, grid, options.peakAnalysis().snrWindow()),
                    Baluev.multiband(p.power(), grid.fMax(), n, data.size(), tv), err));
        }
        return new Periodogram(name(), id, grid, power, annotated, annotated.isEmpty() ? Double.NaN : annotated.get(0).fap());
    }

    /**
     * The shared period's uncertainty: each band's least-squares error (PeakStats.periodError)
     * combined by inverse variance, as independent measurements of one frequency; NaN when no band
     * has enough points for its own.
     */
    static double periodError(List<LightCurve> bands, double period, int h) {
        double weight = 0;
        for (LightCurve b : bands) {
            double e = PeakStats.periodError(b, period, h);
            if (e > 0 && Double.isFinite(e)) weight += 1 / (e * e);
        }
        return weight > 0 ? 1 / Math.sqrt(weight) : Double.NaN;
    }

    private static void add(double[] into, double weight, double[] p) {
        for (int i = 0; i < into.length; i++) into[i] += weight * p[i];
    }

    /** Time from the first point of any band to the last of any band. */
    static double span(List<LightCurve> bands) {
        double first = Double.POSITIVE_INFINITY, last = Double.NEGATIVE_INFINITY;
        for (LightCurve b : bands) {
            if (b.size() == 0) continue;
            first = Math.min(first, b.time()[0]);
            last = Math.max(last, b.time()[b.size() - 1]);
        }
        return last > first ? last - first : 0;
    }
}
