package org.cepheus.lightcurve;

import org.cepheus.catalog.LightCurve;

/**
 * Conditional entropy period search (Graham et al. 2013, MNRAS 434, 2629): fold, bin the unit square
 * of (phase, scaled magnitude), and measure H = sum p(m, phi) ln(p(phi) / p(m, phi)), the entropy
 * of the magnitude given the phase; the right period orders the curve and minimises it. It assumes no
 * shape, so two unequal eclipses folded on half the period (one bin holding both depths) cost more
 * than the true period: it suits eclipsing binaries where Lomb-Scargle picks P/2.
 *
 * <p>Reported power = 1 - H / ln(magnitude bins), in 0..1, higher is better. Magnitudes are scaled to
 * 0..1 between two quantiles (not min and max, which one outlier sets) and clamped. No FAP.
 */
public final class ConditionalEntropy extends AbstractPeriodSearch {
    @Override
    protected boolean choosesByShape() { return false; } // shape methods: see AbstractPeriodSearch


    public ConditionalEntropy(PeriodOptions options) { super(options); }

    @Override public String name() { return "ce"; }

    @Override
    protected Prepared prepare(LightCurve lc) {
        double[] t = lc.time(), m = lc.mag();
        int n = t.length;
        if (n < 4) throw new IllegalArgumentException(lc.id() + ": " + n + " points are too few for a period search");
        PeriodOptions.CeBins bins = options.ceBins();
        double q = bins.clipQuantile();
        double[] lohi = Stats.quantilesInPlace(m.clone(), n, q, 1 - q);
        double span = lohi[1] - lohi[0];
        int nm = bins.magnitude(), np = bins.phase();
        int[] magBin = new int[n];
        for (int i = 0; i < n; i++) {
            double u = span > 0 ? (m[i] - lohi[0]) / span : 0.5;
            magBin[i] = Math.max(0, Math.min(nm - 1, (int) (u * nm)));
        }
        double[] rel = new double[n];
        for (int i = 0; i < n; i++) rel[i] = t[i] - t[0];
        double norm = Math.log(nm);
        return (g, monitor) -> {
            double[] out = new double[g.count()];
            int[] cells = new int[np * nm];
            int[] col = new int[np];
            for (int k = 0; k < out.length; k++) {
                if (k % 1024 == 0) monitor.checkCancelled();
                double f = g.frequency(k);
                java.util.Arrays.fill(cells, 0);
                java.util.Arrays.fill(col, 0);
                for (int i = 0; i < n; i++) {
                    double x = f * rel[i];
                    int pb = (int) ((x - Math.floor(x)) * np);
                    if (pb >= np) pb = np - 1;
                    cells[pb * nm + magBin[i]]++;
                    col[pb]++;
                }
                // H = (1/n) sum n_ij ln(n_j / n_ij)
                double h = 0;
                for (int p = 0; p < np; p++) {
                    if (col[p] == 0) continue;
                    double lnCol = ln(col[p]);
                    for (int j = 0; j < nm; j++) {
                        int c = cells[p * nm + j];
                        if (c > 0) h += c * (lnCol - ln(c));
                    }
                }
                out[k] = 1 - h / n / norm;
            }
            return out;
        };
    }

    private static double ln(int c) {
        return c < LOG.length ? LOG[c] : Math.log(c);
    }

    /** ln of small counts, looked up: the inner loop computes many per frequency. */
    private static final double[] LOG = new double[4097];

    static {
        for (int i = 1; i < LOG.length; i++) LOG[i] = Math.log(i);
    }
}
