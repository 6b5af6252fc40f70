package org.cepheus.lightcurve;

import java.util.List;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import org.cepheus.catalog.LightCurve;
import org.cepheus.service.ProgressMonitor;

/**
 * dm-dt images (Mahabal et al. 2017): for all pairs i &lt; j of a time-sorted curve,
 * dm = m_j - m_i and dt = t_j - t_i are counted into the cells of a {@link DmDtGrid}, flattened
 * row-major (dm rows, dt columns: cell = dmBin * dtBins + dtBin).
 *
 * <p>Speed: for fixed i the dt values grow with j, so the dt bin is found by walking forward, never
 * searching; the dm bin comes from a lookup table over the dm range (cells no wider than half the
 * narrowest bin, so at most one step of correction). An instance keeps that table for reuse.
 *
 * <p>Cap: the pairs grow as n^2 (a 5,000,000-point curve has 1.25e13), so a curve with more pairs
 * than {@code maxPairs} (the dmdt preset's "sampling", 2^22) is counted from {@code maxPairs} pairs
 * i &lt; j drawn uniformly at random with replacement from a seeded generator: the image is an
 * unbiased estimate of the exact one and the same on every run. Raw counts of a sampled image are
 * scaled up to the curve's full pair count; the Mahabal scale divides by the pairs drawn. Curves
 * under the cap get exactly the image of all their pairs.
 */
public final class DmDt {

    /** How counts are scaled. */
    public enum Normalisation {
        /** Pair counts. */
        RAW,
        /** Mahabal et al.: counts / n(n-1)/2 scaled to 0..255, ceil-like rounding as np.uint8(255 H / p + 0.99999). */
        MAHABAL,
        /** Counts divided by the image's Euclidean norm (ZTF SCoPe). */
        L2
    }

    private static final class Defaults {
        static final DmDtPreset.Sampling SAMPLING = DmDtPreset.defaults().sampling();
    }

    private final DmDtGrid grid;
    private final long maxPairs;
    private final long seed;
    private final double[] dm;
    private final double[] dt;
    private final int dtBins;
    private final int dmBins;
    private final double dmLo, dmHi, invCell;
    // per lookup cell: flattened offset (bin * dtBins) of the lowest bin the cell can hold, and that
    // bin's upper edge (+inf for the last bin, which includes its edge): no dependent loads per pair
    private final int[] cellOffset;
    private final double[] cellUpper;

    /** Images on this grid with the preset's pair cap. */
    public DmDt(DmDtGrid grid) {
        this(grid, Defaults.SAMPLING.maxPairs(), Defaults.SAMPLING.seed());
    }

    /**
     * @param maxPairs past this many pairs a curve is counted from this many random pairs; 0: all pairs
     * @param seed     seed of the pair sample
     */
    public DmDt(DmDtGrid grid, long maxPairs, long seed) {
        if (maxPairs < 0 || maxPairs > Integer.MAX_VALUE) throw new IllegalArgumentException("maxPairs must be in [0, 2^31), got " + maxPairs);
        this.grid = grid;
        this.maxPairs = maxPairs;
        this.seed = seed;
        this.dm = grid.dmEdges();
        this.dt = grid.dtEdges();
        this.dmBins = dm.length - 1;
        this.dtBins = dt.length - 1;
        this.dmLo = dm[0];
        this.dmHi = dm[dmBins];
        double narrowest = Double.MAX_VALUE;
        for (int i = 0; i < dmBins; i++) narrowest = Math.min(narrowest, dm[i + 1] - dm[i]);
        int cells = (int) Math.min(1 << 16, Math.ceil((dmHi - dmLo) / (narrowest / 2)));
        cells = Math.max(cells, 1);
        this.invCell = cells / (dmHi - dmLo);
        this.cellOffset = new int[cells + 1];
        this.cellUpper = new double[cells + 1];
        // bin of a point just below the cell's lower end: never above the true bin of any value that
        // lands in the cell, even with rounding, so the lookup only ever corrects upwards
        double margin = 1e-9 * (dmHi - dmLo);
        int bin = 0;
        for (int c = 0; c <= cells; c++) {
            double start = dmLo + c / invCell - margin;
            while (bin < dmBins - 1 && dm[bin + 1] <= start) bin++;
            cellOffset[c] = bin * dtBins;
            cellUpper[c] = bin == dmBins - 1 ? Double.POSITIVE_INFINITY : dm[bin + 1];
        }
    }

    public DmDtGrid grid() { return grid; }

    /** The preset's pair cap (dmdt.json "sampling"). */
    public static long defaultMaxPairs() { return Defaults.SAMPLING.maxPairs(); }

    /** The preset's seed of the pair sample. */
    public static long defaultSeed() { return Defaults.SAMPLING.seed(); }

    /** The cap of this instance; 0: no cap. */
    public long maxPairs() { return maxPairs; }

    public long seed() { return seed; }

    /** All pairs i &lt; j of an n-point curve. */
    public static long pairs(int n) {
        return n < 2 ? 0 : (long) n * (n - 1) / 2;
    }

    /** Whether an n-point curve's image comes from a sample of its pairs. */
    public boolean samples(int n) {
        return maxPairs > 0 && pairs(n) > maxPairs;
    }

    /** How many pairs an n-point curve's image counts: all, or the sample's size. */
    public long pairsCounted(int n) {
        return samples(n) ? maxPairs : pairs(n);
    }

    /** Raw pair counts of one curve, row-major (dm rows, dt columns). */
    public static float[] histogram(LightCurve lc, DmDtGrid grid) {
        return new DmDt(grid).histogram(lc);
    }

    public float[] histogram(LightCurve lc) {
        return histogram(lc, Normalisation.RAW);
    }

    public float[] histogram(LightCurve lc, Normalisation norm) {
        return histogram(lc, norm, ProgressMonitor.NONE);
    }

    /** The same, stopping with CancelledException once the monitor is cancelled (a 100,000-point curve has 5e9 pairs). */
    public float[] histogram(LightCurve lc, Normalisation norm, ProgressMonitor monitor) {
        long[] counts = new long[dmBins * dtBins];
        int n = lc.size();
        if (samples(n)) {
            countSample(lc.time(), lc.mag(), counts, monitor);
        } else {
            count(lc.time(), lc.mag(), counts, monitor);
        }
        return normalise(counts, pairsCounted(n), pairs(n), norm);
    }

    /** Images of many curves, in the order given, computed in parallel on all cores. */
    public float[][] histograms(List<LightCurve> curves, Normalisation norm) {
        return histograms(curves, norm, ProgressMonitor.NONE, k -> { });
    }

    /**
     * The same, stopping with CancelledException once the monitor is cancelled; {@code done} hears
     * the index of each finished curve (from worker threads).
     */
    public float[][] histograms(List<LightCurve> curves, Normalisation norm, ProgressMonitor monitor, IntConsumer done) {
        float[][] out = new float[curves.size()][];
        IntStream.range(0, curves.size()).parallel().forEach(k -> {
            monitor.checkCancelled();
            out[k] = histogram(curves.get(k), norm, monitor);
            done.accept(k);
        });
        return out;
    }

    /** Adds the pair counts of (t, m), t ascending, into counts. */
    private void count(double[] t, double[] m, long[] counts, ProgressMonitor monitor) {
        final int n = t.length;
        final double dtLo = dt[0];
        final int lastDt = dtBins - 1;
        final int[] offset = cellOffset;
        final double[] upper = cellUpper;
        final double inv = invCell, lo = dmLo, hi = dmHi;
        for (int i = 0; i < n - 1; i++) {
            if ((i & 255) == 0) monitor.checkCancelled();
            final double ti = t[i];
            final double mi = m[i];
            int j = i + 1;
            while (j < n && t[j] - ti < dtLo) j++;
            for (int b = 0; b < dtBins && j < n; b++) {
                // the last dt bin includes its upper edge
                final double stop = b == lastDt ? Math.nextUp(dt[dtBins]) : dt[b + 1];
                int end = j;
                while (end < n && t[end] - ti < stop) end++;
                for (; j < end; j++) {
                    // compared exactly as m_j - m_i against the edges, so ties match numpy
                    double d = m[j] - mi;
                    if (d >= lo && d <= hi) {
                        int c = (int) ((d - lo) * inv);
                        // a cell holds at most one edge: one step up past it
                        counts[offset[c] + (d >= upper[c] ? dtBins : 0) + b]++;
                    }
                }
            }
        }
    }

    /**
     * Adds the counts of maxPairs pairs i &lt; j drawn uniformly (with replacement) into counts:
     * the same bins and edge rules as {@link #count}, the dt bin found by bisection.
     */
    private void countSample(double[] t, double[] m, long[] counts, ProgressMonitor monitor) {
        final int n = t.length;
        if (2L * n > Integer.MAX_VALUE - 8) throw new IllegalArgumentException("a dm-dt image takes at most 2^30 points, got " + n);
        final double dtLo = dt[0], dtHi = dt[dtBins];
        final int[] offset = cellOffset;
        final double[] upper = cellUpper;
        final double inv = invCell, lo = dmLo, hi = dmHi;
        // t and m side by side: one cache miss per point instead of two on a long curve
        final double[] tm = new double[2 * n];
        for (int k = 0; k < n; k++) {
            tm[2 * k] = t[k];
            tm[2 * k + 1] = m[k];
        }
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        for (long s = 0; s < maxPairs; s++) {
            if ((s & 0xFFFF) == 0) monitor.checkCancelled();
            int a = random.nextInt(n);
            int b = random.nextInt(n - 1);
            if (b >= a) b++;
            int i = 2 * Math.min(a, b), j = 2 * Math.max(a, b);
            double gap = tm[j] - tm[i];
            if (!(gap >= dtLo && gap <= dtHi)) continue;
            double d = tm[j + 1] - tm[i + 1];
            if (!(d >= lo && d <= hi)) continue;
            int c = (int) ((d - lo) * inv);
            counts[offset[c] + (d >= upper[c] ? dtBins : 0) + dtBin(gap)]++;
        }
    }

    /** The dt bin of a gap within the edges: [e_k, e_k+1), the last bin closed. */
    private int dtBin(double gap) {
        int k = java.util.Arrays.binarySearch(dt, gap);
        int bin = k >= 0 ? k : -k - 2;
        return Math.min(bin, dtBins - 1);
    }

    /**
     * @param counted pairs the counts come from
     * @param all     all pairs of the curve (more than counted when sampled: raw counts are scaled up)
     */
    static float[] normalise(long[] counts, long counted, long all, Normalisation norm) {
        float[] out = new float[counts.length];
        switch (norm) {
            case RAW -> {
                if (counted == all) {
                    for (int i = 0; i < counts.length; i++) out[i] = counts[i];
                } else {
                    double scale = (double) all / counted;
                    for (int i = 0; i < counts.length; i++) out[i] = (float) Math.rint(counts[i] * scale);
                }
            }
            case MAHABAL -> {
                double pairs = Math.max(1, (double) counted);
                for (int i = 0; i < counts.length; i++) out[i] = (float) Math.min(255, Math.floor(255.0 * counts[i] / pairs + 0.99999));
            }
            case L2 -> {
                double s = 0;
                for (long c : counts) s += (double) c * c;
                double inv = s > 0 ? 1 / Math.sqrt(s) : 0;
                for (int i = 0; i < counts.length; i++) out[i] = (float) (counts[i] * inv);
            }
        }
        return out;
    }
}
