package org.cepheus.lightcurve;

/**
 * Trigonometric sums over a uniform frequency grid in O(N log N), the core of the fast periodograms:
 * S(k) = sum_n h_n exp(2 pi i (f0 + k step) t_n), k < count. Each point is spread onto a regular
 * grid by a {@link SpreadingKernel}, the band is centred in the FFT (outputs at |xi| <= 1/(2 sigma),
 * where the kernel's aliases are weakest, as in non-uniform FFTs), one FFT, then each output is
 * divided by the kernel's Fourier transform. Buffers are per thread and reused; FFT plans and
 * deconvolution tables are kept for the last few sizes (a catalog's curves share a handful).
 */
final class TrigSums {
    /**
     * FFT lengths (and kernel shapes) kept. Feature extraction uses one search object for four
     * searches a curve (whole range, second period, two double-mode windows): over CRTS that makes
     * 10 lengths (2^7..2^16), so 8 missed ~5 % of the time, each miss remaking twiddles and a
     * deconvolution table (up to ~2-3 ms at 2^16); 16 hold them all (at most ~1.5 MB each).
     */
    static final int PLANS = 16;

    private final SpreadingKernel kernel;
    private final int width;
    private final double oversampling;
    private final Lru<Integer, Fft> plans;
    private final Lru<String, double[]> deconvolutions;
    private final ThreadLocal<Grid> grid = ThreadLocal.withInitial(Grid::new);

    TrigSums(SpreadingKernel kernel, int width, double oversampling) {
        this(kernel, width, oversampling, PLANS);
    }

    /** The same, keeping at most {@code plans} FFT plans and deconvolution tables. */
    TrigSums(SpreadingKernel kernel, int width, double oversampling, int plans) {
        this.plans = new Lru<>(plans);
        this.deconvolutions = new Lru<>(plans);
        this.kernel = kernel;
        this.width = width;
        this.oversampling = oversampling;
    }

    static TrigSums of(PeriodOptions o) {
        return of(o, PLANS);
    }

    static TrigSums of(PeriodOptions o, int plans) {
        return new TrigSums(SpreadingKernel.byName(o.spreading()), o.kernelWidth(), o.fftOversampling(), plans);
    }

    private static final class Grid {
        Fft.Buffers rows; // the FFT's rows (input bit-reversed, output natural), fitted to the largest plan used so far
    }

    /** Writes S(k) for k < count into outRe/outIm; t are times relative to a reference (any). */
    void sums(double[] t, double[] h, int n, double f0, double step, int count, double[] outRe, double[] outIm) {
        int nfft = Fft.ceilPow2((long) Math.ceil(oversampling * count));
        Grid g = grid.get();
        Fft fft = plans.computeIfAbsent(nfft, Fft::of);
        Fft.Buffers b = g.rows = fft.fit(g.rows);
        double sigma = (double) nfft / count;
        int centre = count / 2;
        double[] deconv = deconvolution(nfft, sigma, count - centre + 1);
        spread(t, h, n, f0 + centre * step, step, fft, b, sigma);
        fft.transform(b, true);
        int mask = nfft - 1, rowLength = Math.min(nfft, Fft.ROW);
        for (int k = 0; k < count; ) { // row by row: output index j = k - centre (mod nfft), natural order
            int j = (k - centre) & mask, c = fft.col(j), end = Math.min(count, k + rowLength - c);
            double[] xr = b.re[fft.row(j)], xi = b.im[fft.row(j)];
            for (; k < end; k++, c++) {
                double f = deconv == null ? 1 : deconv[Math.abs(k - centre)];
                outRe[k] = xr[c] * f;
                outIm[k] = xi[c] * f;
            }
        }
    }

    /** The kernel's deconvolution table, of at least count entries, reused for the same FFT and kernel shape. */
    private double[] deconvolution(int nfft, double sigma, int count) {
        if (kernel == SpreadingKernel.LAGRANGE) return null;
        String key = nfft + "/" + SpreadingKernel.beta(width, sigma);
        double[] cached = deconvolutions.get(key);
        if (cached != null && cached.length >= count) return cached;
        double[] table = kernel.deconvolution(nfft, width, sigma, Math.max(count, cached == null ? 0 : cached.length));
        deconvolutions.put(key, table);
        return table;
    }

    /** FFT plans held now (at most the capacity given). */
    int plansHeld() { return plans.size(); }

    /**
     * Fills the FFT's input rows (and their occupancy marks) so that its transform at index k approximates (up to the
     * kernel's Fourier transform) sum_n h_n exp(2 pi i (f0 + k step) t_n).
     */
    private void spread(double[] t, double[] h, int n, double f0, double step, Fft fft, Fft.Buffers b, double sigma) {
        int nfft = fft.n;
        fft.clear(b);
        boolean[] occupied = b.occupied;
        int mask = nfft - 1;
        double scale = step * nfft;
        double[] wt = new double[width];
        for (int i = 0; i < n; i++) {
            double ph = 2 * Math.PI * Remainder.ofOne(f0 * t[i]);
            double hr = h[i] * Math.cos(ph), hi = h[i] * Math.sin(ph);
            double x = Remainder.ofPowerOfTwo(t[i] * scale, nfft);
            kernel.weights(x, width, sigma, wt);
            int first = SpreadingKernel.first(x, width);
            for (int r = 0; r < width; r++) {
                int p = fft.reversed((first + r) & mask), row = fft.row(p), col = fft.col(p);
                b.re[row][col] += hr * wt[r];
                b.im[row][col] += hi * wt[r];
                occupied[p >> Fft.OCCUPANCY_SHIFT] = true;
            }
        }
    }
}
