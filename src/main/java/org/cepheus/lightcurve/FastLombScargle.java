package org.cepheus.lightcurve;

import org.cepheus.catalog.LightCurve;

/**
 * Generalized Lomb-Scargle (floating mean, weights 1/err^2) in O(N log N): the trigonometric sums
 * sum h_n exp(2 pi i f t_n) over a uniform grid come from FFTs after each point's weight is spread
 * onto a regular time grid (Press & Rybicki 1989 "extirpolation", or a non-uniform-FFT kernel: see
 * {@link SpreadingKernel}); the sums are combined into the Zechmeister & Kuerster power through the
 * tau identities, as astropy's "fast" method does.
 *
 * <p>Three sums are needed (of w y and of w at f, of w at 2f), one FFT each. The frequency band is
 * centred in the FFT and the default kernel is the non-uniform FFT one, accurate to ~1e-8 in power on
 * an FFT only 1.3-2.6x the number of frequencies (astropy: 5x). Peaks are then refined with the exact
 * method, so fast and exact report the same periods.
 */
public final class FastLombScargle extends AbstractPeriodSearch {

    public FastLombScargle(PeriodOptions options) { super(options); }

    @Override public String name() { return "gls"; }

    @Override
    protected Prepared prepare(LightCurve lc) {
        GlsData d = new GlsData(lc);
        return new ExactLombScargle.GlsPrepared(d) {
            @Override public double[] power(FrequencyGrid g) {
                return fastPower(d, g, SpreadingKernel.byName(options.spreading()), options.kernelWidth(), options.fftOversampling());
            }
        };
    }

    /** Per-thread buffers: FFT grids and the sums kept between transforms. */
    private static final class Work {
        double[] re = new double[0], im = new double[0];
        double[] ch = new double[0], sh = new double[0], c = new double[0], s = new double[0], c2 = new double[0], s2 = new double[0];

        double[] re2(int n) { return c2; }
        double[] im2(int n) { return s2; }

        void ensure(int nfft, int n) {
            if (re.length < nfft) {
                re = new double[nfft];
                im = new double[nfft];
            }
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

    static double[] fastPower(GlsData d, FrequencyGrid g, SpreadingKernel kernel, int width, double ovs) {
        int count = g.count();
        if (count < 64) return ExactLombScargle.exactPower(d, g);
        Work w = WORK.get();
        int nfft = Fft.ceilPow2((long) Math.ceil(ovs * count));
        w.ensure(nfft, count);
        Fft fft = Fft.of(nfft);
        double sigma = (double) nfft / count;
        int centre = count / 2;
        double[] deconv = kernel.deconvolution(nfft, width, sigma, count - centre + 1);
        sums(d, d.wy, g.fMin(), g.df(), centre, fft, w, kernel, width, sigma, deconv, w.ch, w.sh, count);
        sums(d, d.w, g.fMin(), g.df(), centre, fft, w, kernel, width, sigma, deconv, w.c, w.s, count);
        sums(d, d.w, 2 * g.fMin(), 2 * g.df(), centre, fft, w, kernel, width, sigma, deconv, w.re2(count), w.im2(count), count);
        return combine(d, w, count);
    }

    /**
     * sum_n h_n exp(2 pi i (f0 + k step) t_n) for k < count into (outRe, outIm). The band is centred
     * on index {@code centre} before the FFT, so outputs sit at |xi| <= 1/(2 sigma) of the FFT's
     * range, where the kernel's aliases are weakest (as in non-uniform FFTs).
     */
    private static void sums(GlsData d, double[] h, double f0, double step, int centre, Fft fft, Work w,
                             SpreadingKernel kernel, int width, double sigma, double[] deconv,
                             double[] outRe, double[] outIm, int count) {
        spread(d, h, f0 + centre * step, step, fft, w, kernel, width, sigma);
        fft.transformBitReversed(w.re, w.im);
        int mask = fft.n - 1;
        for (int k = 0; k < count; k++) {
            int j = k - centre;
            double f = deconv == null ? 1 : deconv[Math.abs(j)];
            outRe[k] = w.re[j & mask] * f;
            outIm[k] = w.im[j & mask] * f;
        }
    }

    /**
     * Fills the FFT grid (bit-reversed order) so that its transform at index k approximates (up to the
     * kernel's Fourier transform) sum_n a_n exp(2 pi i (f0 + k step) t_n).
     */
    private static void spread(GlsData d, double[] a, double f0, double step, Fft fft, Work w,
                               SpreadingKernel kernel, int width, double sigma) {
        int nfft = fft.n;
        java.util.Arrays.fill(w.re, 0, nfft, 0);
        java.util.Arrays.fill(w.im, 0, nfft, 0);
        int mask = nfft - 1;
        double scale = step * nfft;
        double[] wt = new double[width];
        for (int i = 0; i < d.n; i++) {
            double ph = 2 * Math.PI * ((f0 * d.t[i]) % 1.0);
            double hr = a[i] * Math.cos(ph), hi = a[i] * Math.sin(ph);
            double x = (d.t[i] * scale) % nfft;
            kernel.weights(x, width, sigma, wt);
            int first = SpreadingKernel.first(x, width);
            for (int r = 0; r < width; r++) {
                int p = fft.reversed((first + r) & mask);
                w.re[p] += hr * wt[r];
                w.im[p] += hi * wt[r];
            }
        }
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
