package org.cepheus.lightcurve;

import org.cepheus.catalog.LightCurve;

/**
 * A curve prepared for the generalized Lomb-Scargle periodogram (Zechmeister & Kuerster 2009):
 * times relative to the first, weights w = 1/err^2 normalised to sum 1 (equal weights without
 * errors; a missing, zero or non-finite error takes the median error), magnitudes minus their
 * weighted mean, and YY = sum w y^2.
 */
final class GlsData {
    final int n;
    final double[] t;   // t - t_0
    final double[] w;   // normalised weights
    final double[] wy;  // w * (m - weighted mean)
    final double yy;
    final double timeVariance; // weighted variance of t, for Baluev's effective baseline
    final double chi2Ref; // chi-square of the constant (weighted mean) model, unnormalised weights: a band's share in mgls

    GlsData(LightCurve lc) {
        double[] time = lc.time(), mag = lc.mag(), err = lc.err();
        n = time.length;
        if (n < 4) throw new IllegalArgumentException(lc.id() + ": " + n + " points are too few for a period search");
        t = new double[n];
        w = new double[n];
        wy = new double[n];
        double medianErr = err == null ? 1 : medianPositive(err);
        double sw = 0;
        for (int i = 0; i < n; i++) {
            double e = err == null ? 1 : err[i];
            if (!(e > 0) || !Double.isFinite(e)) e = medianErr;
            w[i] = 1 / (e * e);
            sw += w[i];
            t[i] = time[i] - time[0];
        }
        double mean = 0, tm = 0, tt = 0;
        for (int i = 0; i < n; i++) {
            w[i] /= sw;
            mean += w[i] * mag[i];
            tm += w[i] * t[i];
            tt += w[i] * t[i] * t[i];
        }
        double s = 0;
        for (int i = 0; i < n; i++) {
            double y = mag[i] - mean;
            wy[i] = w[i] * y;
            s += wy[i] * y;
        }
        yy = s;
        chi2Ref = s * sw;
        timeVariance = tt - tm * tm;
    }

    private static double medianPositive(double[] err) {
        double[] pos = java.util.Arrays.stream(err).filter(e -> e > 0 && Double.isFinite(e)).toArray();
        return pos.length == 0 ? 1 : Stats.median(pos);
    }

    /**
     * GLS power from the weighted sums at one frequency (y already centred, so Y = 0):
     * c = sum w cos, s = sum w sin, yc = sum w y cos, ys = sum w y sin, cc = sum w cos^2, cs = sum w cos sin.
     */
    double power(double c, double s, double yc, double ys, double cc, double cs) {
        double ccHat = cc - c * c;
        double ssHat = (1 - cc) - s * s;
        double csHat = cs - c * s;
        double d = ccHat * ssHat - csHat * csHat;
        if (!(d > 1e-14) || !(yy > 0)) return 0;
        return (ssHat * yc * yc + ccHat * ys * ys - 2 * csHat * yc * ys) / (yy * d);
    }
}
