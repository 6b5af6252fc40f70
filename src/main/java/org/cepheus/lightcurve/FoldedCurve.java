package org.cepheus.lightcurve;

/** A light curve folded on a period: phase in [0, 1) (or [0, 2) for two cycles), ascending. err may be null. */
public record FoldedCurve(double[] phase, double[] mag, double[] err, double period, double epoch) {

    public int size() { return phase.length; }

    /** The same points repeated at phase + 1, for display of two cycles. */
    public FoldedCurve twoCycles() {
        int n = phase.length;
        double[] p = new double[2 * n], m = new double[2 * n], e = err == null ? null : new double[2 * n];
        for (int i = 0; i < n; i++) {
            p[i] = phase[i];
            p[i + n] = phase[i] + 1;
            m[i] = m[i + n] = mag[i];
            if (e != null) e[i] = e[i + n] = err[i];
        }
        return new FoldedCurve(p, m, e, period, epoch);
    }

    /** Mean magnitude in equal phase bins over [0, 1); empty bins have a NaN mean and count 0. */
    public BinnedCurve binnedMean(int bins) {
        if (bins < 1) throw new IllegalArgumentException("bins must be >= 1");
        double[] sum = new double[bins];
        int[] count = new int[bins];
        for (int i = 0; i < phase.length; i++) {
            double ph = phase[i] - Math.floor(phase[i]);
            int b = Math.min(bins - 1, (int) (ph * bins));
            sum[b] += mag[i];
            count[b]++;
        }
        double[] centre = new double[bins], mean = new double[bins];
        for (int b = 0; b < bins; b++) {
            centre[b] = (b + 0.5) / bins;
            mean[b] = count[b] == 0 ? Double.NaN : sum[b] / count[b];
        }
        return new BinnedCurve(centre, mean, count);
    }

    /** Binned mean curve: bin centres in phase, mean magnitudes (NaN if empty), counts. */
    public record BinnedCurve(double[] phase, double[] mean, int[] count) { }
}
