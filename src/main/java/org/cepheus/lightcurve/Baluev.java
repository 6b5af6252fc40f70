package org.cepheus.lightcurve;

/**
 * False-alarm probability of the highest Lomb-Scargle peak, Baluev (2008, MNRAS 385, 1279): the
 * "alias-free" Davies bound for the floating-mean periodogram in the standard normalisation (power
 * in 0..1), FAP = 1 - (1 - FAP_single) exp(-tau), with FAP_single = (1 - Z)^(N_K / 2) and
 * tau = gamma(N_H) W (1 - Z)^((N_K - 1)/2) sqrt(N_H Z / 2), W = fMax sqrt(4 pi var_w(t)),
 * N_H = N - 1, N_K = N - 3 (the same expressions as astropy's fap_baluev). Computed in logs so that
 * tiny probabilities do not underflow to 0 before they must.
 */
final class Baluev {
    private Baluev() { }

    static double falseAlarmProbability(double z, double fMax, int n, double timeVariance) {
        if (!(z > 0)) return 1;
        if (z >= 1) return 0;
        int nh = n - 1, nk = n - 3;
        if (nk < 1) return Double.NaN;
        double log1mz = Math.log1p(-z);
        double logFapSingle = 0.5 * nk * log1mz;
        double w = fMax * Math.sqrt(4 * Math.PI * Math.max(timeVariance, 0));
        double logTau = logGammaRatio(nh) + Math.log(w) + 0.5 * (nk - 1) * log1mz + 0.5 * Math.log(0.5 * nh * z);
        double tau = Math.exp(logTau);
        double fapSingle = Math.exp(logFapSingle);
        // 1 - (1 - fs) e^-tau, without cancellation when both are small
        return -Math.expm1(Math.log1p(-fapSingle) - tau);
    }

    /**
     * The same bound for the multiband periodogram of {@code bands} bands, each with its own offset,
     * amplitude and phase (VanderPlas &amp; Ivezic 2015 with N_base = 0, N_band = 1), from Baluev's
     * d-parameter form (Baluev 2008 sec. 7; 2009): the model adds d = 2K parameters to the K
     * per-band means, so N_H = N - K, N_K = N - 3K, FAP_single = I_(1-Z)(N_K/2, d/2) (the F test of
     * the reduction, (1 - Z)^(N_K/2) when d = 2) and
     * tau = gamma(N_H) W (1 - Z)^((N_K - 1)/2) (N_H Z / 2)^((d - 1)/2) / Gamma(d/2), the upcrossing
     * rate of a chi-square field of d degrees of freedom; W uses the mean of the bands' weighted time
     * variances (each band's phase is its own, so each band's spread in time counts about its mean).
     * K = 1 is {@link #falseAlarmProbability}.
     */
    static double multiband(double z, double fMax, int n, int bands, double meanTimeVariance) {
        if (bands <= 1) return falseAlarmProbability(z, fMax, n, meanTimeVariance);
        if (!(z > 0)) return 1;
        if (z >= 1) return 0;
        int d = 2 * bands, nh = n - bands, nk = n - 3 * bands;
        if (nk < 1) return Double.NaN;
        double log1mz = Math.log1p(-z);
        double fapSingle = FDistribution.regularizedBeta(1 - z, 0.5 * nk, 0.5 * d);
        double w = fMax * Math.sqrt(4 * Math.PI * Math.max(meanTimeVariance, 0));
        double logTau = logGammaRatio(nh) + Math.log(w) + 0.5 * (nk - 1) * log1mz
                + 0.5 * (d - 1) * Math.log(0.5 * nh * z) - logGamma(0.5 * d);
        return -Math.expm1(Math.log1p(-Math.min(fapSingle, 1)) - Math.exp(logTau));
    }

    /** log of sqrt(2/N) Gamma(N/2) / Gamma((N-1)/2). */
    static double logGammaRatio(int n) {
        return 0.5 * Math.log(2.0 / n) + logGamma(n / 2.0) - logGamma((n - 1) / 2.0);
    }

    private static final double[] LANCZOS = {
            0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
            -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
            1.5056327351493116e-7};

    /** ln Gamma(x) for x > 0 (Lanczos, g = 7; ~1e-15 relative). */
    static double logGamma(double x) {
        if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
        x -= 1;
        double a = LANCZOS[0];
        double t = x + 7.5;
        for (int i = 1; i < 9; i++) a += LANCZOS[i] / (x + i);
        return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
    }
}
