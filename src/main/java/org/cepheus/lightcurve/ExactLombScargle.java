package org.cepheus.lightcurve;

import org.cepheus.catalog.LightCurve;
import org.cepheus.service.ProgressMonitor;

/**
 * Generalized Lomb-Scargle (Zechmeister & Kuerster 2009: floating mean, weights 1/err^2), evaluated
 * directly: O(points x frequencies). On a uniform grid each point's cos/sin advance by one rotation
 * per frequency step (two multiplies and adds instead of two library calls), re-seeded exactly every
 * {@value #RESEED} steps so rounding cannot build up. The reference the fast method is checked against.
 */
public final class ExactLombScargle extends AbstractPeriodSearch {
    static final int RESEED = 1024;

    public ExactLombScargle(PeriodOptions options) { super(options); }

    @Override public String name() { return "gls-exact"; }

    @Override
    protected Prepared prepare(LightCurve lc) {
        GlsData d = new GlsData(lc);
        return new GlsPrepared(d) {
            @Override public double[] power(FrequencyGrid g, ProgressMonitor m) { return ExactLombScargle.exactPower(d, g, m); }
        };
    }

    static double[] exactPower(GlsData d, FrequencyGrid g) {
        return exactPower(d, g, ProgressMonitor.NONE);
    }

    static double[] exactPower(GlsData d, FrequencyGrid g, ProgressMonitor monitor) {
        int n = d.n, count = g.count();
        double[] c = new double[n], s = new double[n], stepC = new double[n], stepS = new double[n];
        double[] t = d.t, w = d.w, wy = d.wy;
        // one frequency (a refined peak's vertex): no step to the next, so no step rotation to compute
        for (int i = 0; i < (count > 1 ? n : 0); i++) {
            double a = 2 * Math.PI * g.df() * t[i];
            stepC[i] = Math.cos(a);
            stepS[i] = Math.sin(a);
        }
        double[] out = new double[count];
        for (int k = 0; k < count; k++) {
            if (k % RESEED == 0) {
                monitor.checkCancelled();
                double f = g.frequency(k);
                for (int i = 0; i < n; i++) {
                    double a = 2 * Math.PI * Remainder.ofOne(f * t[i]);
                    c[i] = Math.cos(a);
                    s[i] = Math.sin(a);
                }
            }
            double sc = 0, ss = 0, syc = 0, sys = 0, scc = 0, scs = 0;
            for (int i = 0; i < n; i++) {
                double ci = c[i], si = s[i];
                sc += w[i] * ci;
                ss += w[i] * si;
                syc += wy[i] * ci;
                sys += wy[i] * si;
                scc += w[i] * ci * ci;
                scs += w[i] * ci * si;
                c[i] = ci * stepC[i] - si * stepS[i];
                s[i] = si * stepC[i] + ci * stepS[i];
            }
            out[k] = d.power(sc, ss, syc, sys, scc, scs);
        }
        return out;
    }

    /** Shared by both Lomb-Scargle variants: exact local refinement and Baluev's false-alarm probability. */
    abstract static class GlsPrepared implements Prepared {
        final GlsData d;

        GlsPrepared(GlsData d) { this.d = d; }

        @Override public double[] exactPower(FrequencyGrid g) { return ExactLombScargle.exactPower(d, g); }

        @Override public double falseAlarm(double power, double fMax) {
            return Baluev.falseAlarmProbability(power, fMax, d.n, d.timeVariance);
        }
    }
}
