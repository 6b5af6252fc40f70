package org.cepheus.lightcurve;

import org.cepheus.catalog.LightCurve;
import org.cepheus.service.ProgressMonitor;

/**
 * Generalized Lomb-Scargle (floating mean, weights 1/err^2) in O(N log N): the trigonometric sums
 * sum h_n exp(2 pi i f t_n) over a uniform grid come from FFTs after each point's weight is spread
 * onto a regular time grid (Press & Rybicki 1989 "extirpolation", or a non-uniform-FFT kernel: see
 * {@link SpreadingKernel}); the sums are combined into the Zechmeister & Kuerster power through the
 * tau identities, as astropy's "fast" method does.
 *
 * <p>Three sums are needed (of w y and of w at f, of w at 2f), one FFT each. The frequency band is
 * centred in the FFT and the default kernel is the non-uniform FFT one, accurate to ~1e-8 in power on
 * an FFT only 1.15-2.3x the number of frequencies (astropy: 5x). Peaks are then refined with the exact
 * method, so fast and exact report the same periods.
 */
public final class FastLombScargle extends AbstractPeriodSearch {

    private final TrigSums trig;

    public FastLombScargle(PeriodOptions options) {
        super(options);
        trig = TrigSums.of(options);
    }

    @Override public String name() { return "gls"; }

    @Override
    protected Prepared prepare(LightCurve lc) {
        GlsData d = new GlsData(lc);
        return new ExactLombScargle.GlsPrepared(d) {
            @Override public double[] power(FrequencyGrid g, ProgressMonitor m) {
                return fastPower(d, g, trig, m);
            }
        };
    }

    /** Per-thread buffers for the six sums. */
    private static final class Work {
        double[] ch = new double[0], sh = new double[0], c = new double[0], s = new double[0], c2 = new double[0], s2 = new double[0];

        void ensure(int n) {
            if (ch.length < n) {
                ch = new double[n];
                sh = new double[n];
                c = new double[n];
                s = new double[n];
                c2 = new double[n];
                s2 = new double[n];
            }
        }
    }

    private static final ThreadLocal<Work> WORK = ThreadLocal.withInitial(Work::new);

    static double[] fastPower(GlsData d, FrequencyGrid g, TrigSums trig) {
        return fastPower(d, g, trig, ProgressMonitor.NONE);
    }

    static double[] fastPower(GlsData d, FrequencyGrid g, TrigSums trig, ProgressMonitor monitor) {
        int count = g.count();
        if (count < 64) return ExactLombScargle.exactPower(d, g, monitor);
        Work w = WORK.get();
        w.ensure(count);
        monitor.checkCancelled();
        trig.sums(d.t, d.wy, d.n, g.fMin(), g.df(), count, w.ch, w.sh);
        monitor.checkCancelled();
        trig.sums(d.t, d.w, d.n, g.fMin(), g.df(), count, w.c, w.s);
        monitor.checkCancelled();
        trig.sums(d.t, d.w, d.n, 2 * g.fMin(), 2 * g.df(), count, w.c2, w.s2);
        return combine(d, w, count);
    }

    /**
     * Zechmeister & Kuerster's power from the sums, with sum w cos^2 = (1 + C2)/2, sum w sin^2 = (1 - C2)/2
     * and sum w cos sin = S2/2 (double-angle identities): one division, no square roots, the same
     * value as astropy's tau form.
     */
    private static double[] combine(GlsData d, Work w, int count) {
        double[] out = new double[count];
        double invYy = d.yy > 0 ? 1 / d.yy : 0;
        for (int k = 0; k < count; k++) {
            double c = w.c[k], s = w.s[k], yc = w.ch[k], ys = w.sh[k];
            double cc = 0.5 * (1 + w.c2[k]) - c * c;
            double ss = 0.5 * (1 - w.c2[k]) - s * s;
            double cs = 0.5 * w.s2[k] - c * s;
            double det = cc * ss - cs * cs;
            out[k] = det > 1e-14 ? (ss * yc * yc + cc * ys * ys - 2 * cs * yc * ys) * invYy / det : 0;
        }
        return out;
    }
}
