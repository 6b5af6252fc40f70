package org.cepheus.lightcurve;

import org.cepheus.catalog.LightCurve;
import org.cepheus.service.ProgressMonitor;

/**
 * Multi-harmonic analysis of variance (Schwarzenberg-Czerny 1996, ApJ 460, L107): at each
 * frequency the weighted least-squares fit of a Fourier series with n harmonics and a floating mean,
 * scored as the F ratio of explained to residual variance,
 * theta = (N - 2n - 1) / (2n) * explained / residual. The fit is a projection onto orthogonal
 * polynomials on the unit circle (Szego recurrence over z = exp(2 pi i f t)), O(N n) per frequency
 * with no matrix solve. Non-sinusoidal shapes (eclipses, sawtooths) are fitted by their harmonics, so
 * the true period of an eclipsing binary with unequal minima explains more than half of it.
 *
 * <p>Two evaluations, as for Lomb-Scargle: the Szego recurrence (exact, used for refining peaks and
 * small grids) and a fast one for large grids: the normal equations of the fit need only
 * sum w cos(m w t), sum w sin(m w t) for m = 1..2n and sum w y cos(k w t), sum w y sin(k w t) for
 * k = 1..n, all of which come from 3n non-uniform FFTs ({@link TrigSums}); then a (2n+1)^2 Cholesky
 * solve per frequency. ~10-40x faster than the recurrence on survey curves.
 *
 * <p>FAP: the single-frequency F-test p-value (F with 2n and N - 2n - 1 degrees of freedom) for
 * M = (fMax - fMin) * baseline independent frequencies, 1 - (1 - p)^M.
 */
public final class MultiHarmonicAov extends AbstractPeriodSearch {
    @Override
    protected boolean choosesByShape() { return false; } // shape methods: see AbstractPeriodSearch


    /** Frequencies per block of the fast path: bounds the memory of its 3n sums. */
    private static final int CHUNK = 32_768;
    private final TrigSums trig;

    public MultiHarmonicAov(PeriodOptions options) {
        super(options);
        trig = TrigSums.of(options);
    }

    @Override public String name() { return "aov"; }

    @Override
    protected Prepared prepare(LightCurve lc) {
        GlsData d = new GlsData(lc);
        int harmonics = options.aovHarmonics();
        int dof = d.n - 2 * harmonics - 1;
        if (dof < 1) throw new IllegalArgumentException(lc.id() + ": " + d.n + " points are too few for " + harmonics + " harmonics");
        double baseline = lc.timeSpan();
        return new Prepared() {
            @Override public double[] power(FrequencyGrid g, ProgressMonitor m) {
                return g.count() >= 1024 ? fastTheta(d, g, harmonics, trig, m) : theta(d, g, harmonics, m);
            }

            @Override public double[] exactPower(FrequencyGrid g) { return theta(d, g, harmonics, ProgressMonitor.NONE); }

            @Override public double falseAlarm(double theta, double fMax) {
                double p = FDistribution.upperTail(theta, 2 * harmonics, dof);
                double m = Math.max(1, fMax * baseline);
                return -Math.expm1(m * Math.log1p(-Math.min(p, 1 - 1e-16)));
            }
        };
    }

    static double[] theta(GlsData d, FrequencyGrid g, int harmonics) {
        return theta(d, g, harmonics, ProgressMonitor.NONE);
    }

    static double[] theta(GlsData d, FrequencyGrid g, int harmonics, ProgressMonitor monitor) {
        int n = d.n, order = 2 * harmonics;
        double[] w = d.w, t = d.t;
        double[] y = new double[n];
        for (int i = 0; i < n; i++) y[i] = d.wy[i] / w[i]; // centred magnitudes
        double[] zr = new double[n], zi = new double[n], sr = new double[n], si = new double[n];
        double[] pr = new double[n], pi = new double[n], qr = new double[n], qi = new double[n];
        double[] tr = new double[n], ti = new double[n];
        double[] out = new double[g.count()];
        int dof = n - order - 1;
        for (int k = 0; k < out.length; k++) {
            if (k % ExactLombScargle.RESEED == 0) {
                monitor.checkCancelled();
                double f = g.frequency(k);
                for (int i = 0; i < n; i++) {
                    double a = 2 * Math.PI * Remainder.ofOne(f * t[i]), b = 2 * Math.PI * Remainder.ofOne(g.df() * t[i]);
                    zr[i] = Math.cos(a);
                    zi[i] = Math.sin(a);
                    sr[i] = Math.cos(b);
                    si[i] = Math.sin(b);
                }
            }
            // target y z^h; P = Phi_0 = 1, Q = Phi_0^* = 1
            for (int i = 0; i < n; i++) {
                double ar = 1, ai = 0;
                for (int h = 0; h < harmonics; h++) {
                    double r = ar * zr[i] - ai * zi[i];
                    ai = ar * zi[i] + ai * zr[i];
                    ar = r;
                }
                tr[i] = y[i] * ar;
                ti[i] = y[i] * ai;
                pr[i] = 1;
                pi[i] = 0;
                qr[i] = 1;
                qi[i] = 0;
            }
            double explained = 0;
            for (int j = 0; j <= order; j++) {
                // norm of Phi_j and projection <target, Phi_j>
                double nrm = 0, cr = 0, ci = 0, ar = 0, ai = 0, br = 0, bi = 0;
                for (int i = 0; i < n; i++) {
                    double wi = w[i], xr = pr[i], xi = pi[i];
                    nrm += wi * (xr * xr + xi * xi);
                    cr += wi * (tr[i] * xr + ti[i] * xi);   // target * conj(P)
                    ci += wi * (ti[i] * xr - tr[i] * xi);
                    if (j < order) {
                        double zpr = zr[i] * xr - zi[i] * xi, zpi = zr[i] * xi + zi[i] * xr;
                        ar += wi * zpr;   // <z P, 1>
                        ai += wi * zpi;
                        br += wi * qr[i]; // <Q, 1>
                        bi += wi * qi[i];
                    }
                }
                if (!(nrm > 1e-300)) break;
                explained += (cr * cr + ci * ci) / nrm;
                if (j == order) break;
                double bb = br * br + bi * bi;
                if (!(bb > 1e-300)) break;
                double gr = (ar * br + ai * bi) / bb, gi = (ai * br - ar * bi) / bb; // ca = a / b
                for (int i = 0; i < n; i++) {
                    double zpr = zr[i] * pr[i] - zi[i] * pi[i], zpi = zr[i] * pi[i] + zi[i] * pr[i];
                    double oqr = qr[i], oqi = qi[i];
                    // P <- z P - ca Q ; Q <- Q - conj(ca) z P
                    pr[i] = zpr - (gr * oqr - gi * oqi);
                    pi[i] = zpi - (gr * oqi + gi * oqr);
                    qr[i] = oqr - (gr * zpr + gi * zpi);
                    qi[i] = oqi - (gr * zpi - gi * zpr);
                }
            }
            double residual = d.yy - explained;
            out[k] = residual > 1e-15 * d.yy ? (dof / (double) order) * explained / residual : 0;
            for (int i = 0; i < n; i++) {
                double r = zr[i] * sr[i] - zi[i] * si[i];
                zi[i] = zr[i] * si[i] + zi[i] * sr[i];
                zr[i] = r;
            }
        }
        return out;
    }

    /** Theta from the normal equations, their sums from non-uniform FFTs; frequencies in blocks. */
    static double[] fastTheta(GlsData d, FrequencyGrid g, int harmonics, TrigSums trig) {
        return fastTheta(d, g, harmonics, trig, ProgressMonitor.NONE);
    }

    static double[] fastTheta(GlsData d, FrequencyGrid g, int harmonics, TrigSums trig, ProgressMonitor monitor) {
        int count = g.count(), order = 2 * harmonics, p = order + 1, dof = d.n - order - 1;
        int chunk = Math.min(count, CHUNK);
        double[][] cr = new double[order + 1][chunk], ci = new double[order + 1][chunk];
        double[][] yr = new double[harmonics + 1][chunk], yi = new double[harmonics + 1][chunk];
        double[] out = new double[count];
        double[] a = new double[p * p], z = new double[p], c = new double[order + 1], s = new double[order + 1];
        for (int from = 0; from < count; from += chunk) {
            monitor.checkCancelled();
            int k = Math.min(chunk, count - from);
            double f0 = g.frequency(from);
            for (int m = 1; m <= order; m++) trig.sums(d.t, d.w, d.n, m * f0, m * g.df(), k, cr[m], ci[m]);
            for (int h = 1; h <= harmonics; h++) trig.sums(d.t, d.wy, d.n, h * f0, h * g.df(), k, yr[h], yi[h]);
            for (int q = 0; q < k; q++) {
                c[0] = 1;
                s[0] = 0;
                for (int m = 1; m <= order; m++) {
                    c[m] = cr[m][q];
                    s[m] = ci[m][q];
                }
                // basis: 0 = constant, 2j-1 = cos(j x), 2j = sin(j x); weights sum to 1
                a[0] = 1;
                z[0] = 0; // magnitudes are centred
                for (int j = 1; j <= harmonics; j++) {
                    int cj = 2 * j - 1, sj = 2 * j;
                    a[cj * p] = c[j];
                    a[sj * p] = s[j];
                    z[cj] = yr[j][q];
                    z[sj] = yi[j][q];
                    for (int l = 1; l <= j; l++) {
                        int cl = 2 * l - 1, sl = 2 * l;
                        double cMinus = c[j - l], cPlus = c[j + l];
                        double sPlus = s[j + l], sMinus = s[j - l]; // sin((j-l)x), j >= l
                        a[cj * p + cl] = 0.5 * (cMinus + cPlus);       // cos j cos l
                        a[sj * p + sl] = 0.5 * (cMinus - cPlus);       // sin j sin l
                        a[sj * p + cl] = 0.5 * (sPlus + sMinus);       // sin j cos l
                        a[cj * p + sl] = 0.5 * (sPlus - sMinus);       // cos j sin l
                    }
                }
                double explained = choleskyExplained(a, z, p);
                double residual = d.yy - explained;
                out[from + q] = residual > 1e-15 * d.yy ? (dof / (double) order) * explained / residual : 0;
            }
        }
        return out;
    }

    /**
     * b^T A^-1 b for the symmetric positive semi-definite A (lower triangle given, overwritten) and
     * b (overwritten): Cholesky, forward substitution, squared norm. A pivot that vanishes (a basis
     * function the sampling cannot tell from the others, e.g. high harmonics at very low frequency)
     * drops that function, as the Szego recurrence stops there.
     */
    static double choleskyExplained(double[] a, double[] b, int p) {
        double sum = 0;
        for (int i = 0; i < p; i++) {
            double diag = a[i * p + i];
            for (int k = 0; k < i; k++) diag -= a[i * p + k] * a[i * p + k];
            boolean dropped = !(diag > 1e-12 * Math.max(1e-300, a[i * p + i]));
            double lii = dropped ? 0 : Math.sqrt(diag);
            a[i * p + i] = lii;
            for (int r = i + 1; r < p; r++) {
                double v = a[r * p + i];
                for (int k = 0; k < i; k++) v -= a[r * p + k] * a[i * p + k];
                a[r * p + i] = dropped ? 0 : v / lii;
            }
            double zi = b[i];
            for (int k = 0; k < i; k++) zi -= a[i * p + k] * b[k];
            b[i] = dropped ? 0 : zi / lii;
            sum += b[i] * b[i];
        }
        return sum;
    }
}
