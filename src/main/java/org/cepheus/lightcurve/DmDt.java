package org.cepheus.lightcurve;

import java.util.List;
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

    private final DmDtGrid grid;
    private final double[] dm;
    private final double[] dt;
    private final int dtBins;
    private final int dmBins;
    private final double dmLo, dmHi, invCell;
    // per lookup cell: flattened offset (bin * dtBins) of the lowest bin the cell can hold, and that
    // bin's upper edge (+inf for the last bin, which includes its edge): no dependent loads per pair
    private final int[] cellOffset;
    private final double[] cellUpper;

    public DmDt(DmDtGrid grid) {
        this.grid = grid;
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
        int[] counts = new int[dmBins * dtBins];
        count(lc.time(), lc.mag(), counts, monitor);
        return normalise(counts, lc.size(), norm);
    }

    /** Images of many curves, in the order given, computed in parallel on all cores. */
    public float[][] histograms(List<LightCurve> curves, Normalisation norm) {
        float[][] out = new float[curves.size()][];
        IntStream.range(0, curves.size()).parallel().forEach(k -> out[k] = histogram(curves.get(k), norm));
        return out;
    }

    /** Adds the pair counts of (t, m), t ascending, into counts. */
    private void count(double[] t, double[] m, int[] counts, ProgressMonitor monitor) {
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

    static float[] normalise(int[] counts, int points, Normalisation norm) {
        float[] out = new float[counts.length];
        switch (norm) {
            case RAW -> {
                for (int i = 0; i < counts.length; i++) out[i] = counts[i];
            }
            case MAHABAL -> {
                double pairs = Math.max(1, (double) points * (points - 1) / 2);
                for (int i = 0; i < counts.length; i++) out[i] = (float) Math.min(255, Math.floor(255.0 * counts[i] / pairs + 0.99999));
            }
            case L2 -> {
                double s = 0;
                for (int c : counts) s += (double) c * c;
                double inv = s > 0 ? 1 / Math.sqrt(s) : 0;
                for (int i = 0; i < counts.length; i++) out[i] = (float) (counts[i] * inv);
            }
        }
        return out;
    }
}
