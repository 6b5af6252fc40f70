package org.cepheus.lightcurve;

/**
 * Weighted least-squares fit of a truncated Fourier series at a fixed period:
 * m(t) = a0 + sum_k [a_k cos(2 pi k t / P) + b_k sin(2 pi k t / P)], k = 1..harmonics.
 * Amplitudes and phases follow the usual variable-star convention m = a0 + sum A_k cos(k w t + phi_k)
 * ... written here as A_k sin(k w t + phi_k) (Simon & Lee 1981), so phi_k1 = phi_k - k phi_1 is
 * independent of the time origin.
 */
public final class FourierFit {
    private final double period;
    private final double mean;
    private final double[] amplitude; // A_1..A_K (index 0 = A_1)
    private final double[] phase;     // phi_1..phi_K in radians
    private final double residualVariance; // weighted mean square of residuals
    private final double totalVariance;    // weighted variance about the weighted mean
    private final double[] coef;

    private FourierFit(double period, double[] coef, double resVar, double totVar) {
        this.period = period;
        this.coef = coef;
        this.mean = coef[0];
        int k = (coef.length - 1) / 2;
        amplitude = new double[k];
        phase = new double[k];
        for (int h = 0; h < k; h++) {
            double a = coef[1 + 2 * h], b = coef[2 + 2 * h];
            amplitude[h] = Math.hypot(a, b);
            // a cos x + b sin x = A sin(x + phi) with A sin(phi) = a, A cos(phi) = b
            phase[h] = Math.atan2(a, b);
        }
        this.residualVariance = resVar;
        this.totalVariance = totVar;
    }

    /**
     * Fits {@code harmonics} harmonics; errors may be null (equal weights). Harmonics are reduced
     * when there are too few points to constrain them.
     */
    public static FourierFit fit(double[] t, double[] m, double[] err, double period, int harmonics) {
        int n = t.length;
        int k = Math.max(1, Math.min(harmonics, (n - 1) / 4));
        int p = 2 * k + 1;
        double[] w = weights(err, n);
        double[][] ata = new double[p][p];
        double[] atb = new double[p];
        double[] row = new double[p];
        double omega = 2 * Math.PI / period;
        double sw = 0, swm = 0;
        for (int i = 0; i < n; i++) {
            fillRow(row, omega * t[i], k);
            for (int a = 0; a < p; a++) {
                double ra = row[a] * w[i];
                atb[a] += ra * m[i];
                for (int b = a; b < p; b++) ata[a][b] += ra * row[b];
            }
            sw += w[i];
            swm += w[i] * m[i];
        }
        for (int a = 0; a < p; a++) for (int b = 0; b < a; b++) ata[a][b] = ata[b][a];
        for (int a = 0; a < p; a++) ata[a][a] *= 1 + 1e-9; // tiny ridge against singular sampling
        double[] coef = solve(ata, atb);
        double wmean = swm / sw, res = 0, tot = 0;
        for (int i = 0; i < n; i++) {
            fillRow(row, omega * t[i], k);
            double model = 0;
            for (int a = 0; a < p; a++) model += coef[a] * row[a];
            double r = m[i] - model, d = m[i] - wmean;
            res += w[i] * r * r;
            tot += w[i] * d * d;
        }
        return new FourierFit(period, coef, res / sw, tot / sw);
    }

    static double[] weights(double[] err, int n) {
        double[] w = new double[n];
        if (err == null) {
            java.util.Arrays.fill(w, 1);
            return w;
        }
        // floor the errors at a tenth of their median so a few tiny errors cannot dominate
        double[] e = err.clone();
        java.util.Arrays.sort(e);
        double floor = Math.max(1e-4, 0.1 * e[n / 2]);
        for (int i = 0; i < n; i++) {
            double s = Math.max(floor, err[i]);
            w[i] = (Double.isFinite(s) && s > 0) ? 1 / (s * s) : 0;
        }
        return w;
    }

    private static void fillRow(double[] row, double x, int k) {
        row[0] = 1;
        double c1 = Math.cos(x), s1 = Math.sin(x), c = c1, s = s1;
        for (int h = 0; h < k; h++) {
            row[1 + 2 * h] = c;
            row[2 + 2 * h] = s;
            double cn = c * c1 - s * s1;
            s = s * c1 + c * s1;
            c = cn;
        }
    }

    /** Gaussian elimination with partial pivoting on a small dense system (copied). */
    private static double[] solve(double[][] a0, double[] b0) {
        int p = b0.length;
        double[][] a = new double[p][];
        for (int i = 0; i < p; i++) a[i] = a0[i].clone();
        double[] b = b0.clone();
        for (int col = 0; col < p; col++) {
            int piv = col;
            for (int r = col + 1; r < p; r++) if (Math.abs(a[r][col]) > Math.abs(a[piv][col])) piv = r;
            double[] tr = a[col]; a[col] = a[piv]; a[piv] = tr;
            double tb = b[col]; b[col] = b[piv]; b[piv] = tb;
            double d = a[col][col];
            if (Math.abs(d) < 1e-300) continue;
            for (int r = col + 1; r < p; r++) {
                double f = a[r][col] / d;
                if (f == 0) continue;
                for (int c = col; c < p; c++) a[r][c] -= f * a[col][c];
                b[r] -= f * b[col];
            }
        }
        double[] x = new double[p];
        for (int r = p - 1; r >= 0; r--) {
            double s = b[r];
            for (int c = r + 1; c < p; c++) s -= a[r][c] * x[c];
            x[r] = Math.abs(a[r][r]) < 1e-300 ? 0 : s / a[r][r];
        }
        return x;
    }

    /**
     * Residuals of one weighted least-squares fit of several periods at once, each with up to
     * {@code harmonics} harmonics (fewer when the points cannot constrain them) and one mean:
     * what prewhitening subtracts, so no step's fit absorbs part of another period's signal.
     */
    public static double[] residualsOfJointFit(double[] t, double[] m, double[] err, double[] periods, int harmonics) {
        int n = t.length, j = periods.length;
        int k = Math.max(1, Math.min(harmonics, (n - 1) / (4 * j)));
        int p = 1 + 2 * k * j;
        double[] w = weights(err, n);
        double[][] ata = new double[p][p];
        double[] atb = new double[p];
        double[][] rows = new double[n][];
        double[] one = new double[2 * k + 1];
        for (int i = 0; i < n; i++) {
            double[] row = new double[p];
            row[0] = 1;
            for (int q = 0; q < j; q++) {
                fillRow(one, 2 * Math.PI / periods[q] * t[i], k);
                System.arraycopy(one, 1, row, 1 + 2 * k * q, 2 * k);
            }
            rows[i] = row;
            for (int a = 0; a < p; a++) {
                double ra = row[a] * w[i];
                atb[a] += ra * m[i];
                for (int b = a; b < p; b++) ata[a][b] += ra * row[b];
            }
        }
        for (int a = 0; a < p; a++) for (int b = 0; b < a; b++) ata[a][b] = ata[b][a];
        for (int a = 0; a < p; a++) ata[a][a] *= 1 + 1e-9;
        double[] coef = solve(ata, atb);
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            double model = 0;
            for (int a = 0; a < p; a++) model += coef[a] * rows[i][a];
            r[i] = m[i] - model;
        }
        return r;
    }

    /** Model magnitude at time t. */
    public double model(double t) {
        int k = amplitude.length;
        double[] row = new double[2 * k + 1];
        fillRow(row, 2 * Math.PI / period * t, k);
        double v = 0;
        for (int a = 0; a < row.length; a++) v += coef[a] * row[a];
        return v;
    }

    /** Residuals m - model. */
    public double[] residuals(double[] t, double[] m) {
        double[] r = new double[t.length];
        for (int i = 0; i < t.length; i++) r[i] = m[i] - model(t[i]);
        return r;
    }

    public double period() { return period; }
    public double mean() { return mean; }
    public int harmonics() { return amplitude.length; }
    /** A_k for k = 1..K, or 0 beyond the fitted harmonics. */
    public double amplitude(int k) { return k <= amplitude.length ? amplitude[k - 1] : 0; }
    public double phase(int k) { return k <= phase.length ? phase[k - 1] : 0; }
    /** R_k1 = A_k / A_1. */
    public double amplitudeRatio(int k) { return amplitude(1) > 0 ? amplitude(k) / amplitude(1) : 0; }
    /** phi_k1 = phi_k - k phi_1, wrapped to [0, 2 pi). */
    public double phaseDifference(int k) {
        double d = phase(k) - k * phase(1);
        d %= 2 * Math.PI;
        return d < 0 ? d + 2 * Math.PI : d;
    }
    /** Fraction of the variance the series explains (0..1). */
    public double explainedVariance() {
        return totalVariance > 0 ? Math.max(0, 1 - residualVariance / totalVariance) : 0;
    }

    /** Peak-to-peak amplitude of the model, sampled on a fine phase grid. */
    public double peakToPeak() {
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < 200; i++) {
            double v = model(period * i / 200.0);
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        return hi - lo;
    }
}
