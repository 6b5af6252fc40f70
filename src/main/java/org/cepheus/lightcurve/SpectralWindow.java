package org.cepheus.lightcurve;

import java.util.ArrayList;
import java.util.List;
import org.cepheus.service.ProgressMonitor;

/**
 * The spectral window of a sampling: the periodogram of the time stamps alone,
 * W(f) = |Σ exp(2πi f t_k)|² / N² (Deeming 1975; Period04 shows it beside the data's periodogram).
 * Its peaks are the frequencies the sampling itself puts power at (1 c/d from nights, 1/29.5 d from
 * the Moon, 1/365 d from the seasons): a data peak at f is mirrored at f ± each of them. 1 at f = 0.
 */
public final class SpectralWindow {
    private SpectralWindow() { }

    /** One peak of the window. */
    public record WindowPeak(double frequency, double power) {
        public double period() { return 1 / frequency; }
    }

    /** Beyond this many time-frequency products the non-uniform FFT of the fast periodogram does the sums. */
    private static final long EXACT_LIMIT = 4_000_000;

    /**
     * W on the grid: exact sums for small problems, else the fast periodogram's non-uniform FFT
     * (O(N log N), the same accuracy as the fast GLS, ~1e-8 in power).
     */
    public static double[] power(double[] t, FrequencyGrid grid, ProgressMonitor monitor) {
        if ((long) t.length * grid.count() <= EXACT_LIMIT) return exact(t, grid, monitor);
        if (monitor != null) monitor.checkCancelled();
        int n = t.length, m = grid.count();
        double t0 = 0;
        for (double x : t) t0 += x;
        t0 /= n;
        double[] tc = new double[n], ones = new double[n];
        for (int k = 0; k < n; k++) {
            tc[k] = t[k] - t0;
            ones[k] = 1;
        }
        double[] re = new double[m], im = new double[m];
        TrigSums.of(PeriodOptions.defaults()).sums(tc, ones, n, grid.fMin(), grid.df(), m, re, im);
        double[] w = new double[m];
        double nn = (double) n * n;
        for (int j = 0; j < m; j++) w[j] = (re[j] * re[j] + im[j] * im[j]) / nn;
        return w;
    }

    /** W by exact sums, each time's phase advanced by rotation along the grid. */
    static double[] exact(double[] t, FrequencyGrid grid, ProgressMonitor monitor) {
        int n = t.length, m = grid.count();
        double[] re = new double[m], im = new double[m];
        if (n == 0) return re;
        double t0 = 0;
        for (double x : t) t0 += x;
        t0 /= n; // centred times keep the phases small: |W| does not depend on the origin
        for (int k = 0; k < n; k++) {
            if ((k & 255) == 0 && monitor != null) monitor.checkCancelled();
            double dt = t[k] - t0;
            double a = 2 * Math.PI * grid.fMin() * dt, s = 2 * Math.PI * grid.df() * dt;
            double c = Math.cos(a), si = Math.sin(a), cs = Math.cos(s), ss = Math.sin(s);
            for (int j = 0; j < m; j++) {
                re[j] += c;
                im[j] += si;
                double nc = c * cs - si * ss;
                si = si * cs + c * ss;
                c = nc;
                if ((j & 1023) == 1023) { // renormalise now and then: the rotation drifts off the unit circle
                    double r = Math.hypot(c, si);
                    c /= r;
                    si /= r;
                }
            }
        }
        double[] w = new double[m];
        double nn = (double) n * n;
        for (int j = 0; j < m; j++) w[j] = (re[j] * re[j] + im[j] * im[j]) / nn;
        return w;
    }

    /** The k highest local maxima of the window on the grid, highest first. */
    public static List<WindowPeak> peaks(double[] power, FrequencyGrid grid, int k) {
        List<WindowPeak> all = new ArrayList<>();
        for (int j = 1; j + 1 < power.length; j++) {
            if (power[j] > power[j - 1] && power[j] >= power[j + 1]) all.add(new WindowPeak(grid.frequency(j), power[j]));
        }
        all.sort((a, b) -> Double.compare(b.power(), a.power()));
        return List.copyOf(all.subList(0, Math.min(k, all.size())));
    }
}
