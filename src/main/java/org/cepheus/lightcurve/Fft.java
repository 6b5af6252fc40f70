package org.cepheus.lightcurve;

/**
 * In-place complex FFT on separate real/imaginary doubles, computing
 * X_k = sum_j x_j exp(+2 pi i j k / n) (the sign of the Lomb-Scargle trigonometric sums), n a power
 * of 2: decimation in time, input in bit-reversed order, output in natural order.
 *
 * <p>The data are held as rows of {@link #ROW} stored positions, each its own {@code double[]}
 * (position p is row p >> 7, column p & 127). The stages of half-span s < 64 run inside a row as a
 * scalar radix-4 loop (in blocks of 16 and 64, skipping empty blocks of a sparse input); every
 * later stage pairs whole rows: {@code a[k], b[k] = a[k] + w[k] b[k], a[k] - w[k] b[k]} over the
 * columns k of two data rows and a twiddle row, and s = 64 is the same loop with the constant
 * offset 64. These are the loop shapes C2's SuperWord (JDK 17) vectorises: all accesses at one
 * index of different arrays (or one array at constant offsets). An in-place loop on one array at
 * re[g + j] and re[g + s + j] is run scalar, because C2 cannot tell the two variable offsets
 * apart; so is an out-of-place (Stockham) pass whose source and destination offsets differ.
 * Measured on this machine (JDK 17.0.15, AVX-512, L1-resident, ns per point and radix-2 stage,
 * with / without {@code -XX:-UseSuperWord}): two rows with a twiddle row 0.23-0.30 / 0.6-0.8;
 * one array at variable offsets 0.7-1.0 either way; a radix-4 loop on four rows (16 array
 * accesses) was not vectorised at all (0.48 either way), so the row stages are radix 2, two of
 * them per pass over four rows for locality. Whole transform ({@code bench/FftBench.java}, CPU
 * time, against the former all-in-one-array radix-4 code): see bench/README.md.
 *
 * <p>Hand-written rather than a library: the stack has no FFT besides ND4J's (native, float, JNI
 * copies per call) and commons-math's (boxes Complex objects, allocates per call, ~10x slower), and
 * the period search needs exactly this: doubles, reusable buffers, input written straight into
 * bit-reversed order (no permutation pass) and early stages done block by block in cache.
 * A plan (its twiddles) is immutable and may be shared between threads; {@link Buffers} are per
 * thread ({@link TrigSums} keeps one per thread and the few plans it uses).
 */
final class Fft {
    /** Stored positions per row (for n of at least a row). */
    static final int ROW = 128;
    private static final int ROW_BITS = 7;
    private static final int BLOCK = 1 << 12; // 4096 complex doubles = 64 KB: stages below this stay in cache
    /** Stored positions per occupancy mark: {@code occupied[p >> OCCUPANCY_SHIFT]} covers p. */
    static final int OCCUPANCY_SHIFT = 4;

    final int n;
    private final int bits;
    /** Columns used in a row (n if n < ROW) and rows. */
    private final int cols, rows;
    // twiddles exp(+i pi j / s), j < s, of the stage with half-span s: in-row stages (s < cols) at tw[s + j];
    // row stages (s = u * cols) as rows: twRows[u + t][column] for j = t * cols + column
    private final double[] twRe, twIm;
    private final double[][] twRowsRe, twRowsIm;
    // half-span 64 along a row (null if cols < ROW): span64[a] = tw[64 + (a mod 64)]
    private final double[] span64Re, span64Im;

    private Fft(int n) {
        if (Integer.bitCount(n) != 1 || n < 2) throw new IllegalArgumentException("FFT length must be a power of 2");
        this.n = n;
        this.bits = Integer.numberOfTrailingZeros(n);
        cols = Math.min(n, ROW);
        rows = n / cols;
        twRe = new double[cols];
        twIm = new double[cols];
        twRowsRe = new double[rows][];
        twRowsIm = new double[rows][];
        for (int q = 1; q < rows; q++) {
            twRowsRe[q] = new double[cols];
            twRowsIm[q] = new double[cols];
        }
        for (int s = 1; s < n; s <<= 1) {
            for (int j = 0; j < s; j++) {
                double a = Math.PI * j / s;
                int p = s + j;
                double[] r = p < cols ? twRe : twRowsRe[p / cols], i = p < cols ? twIm : twRowsIm[p / cols];
                r[p % cols] = Math.cos(a);
                i[p % cols] = Math.sin(a);
            }
        }
        if (cols == ROW) {
            span64Re = new double[ROW];
            span64Im = new double[ROW];
            for (int a = 0; a < ROW; a++) {
                span64Re[a] = twRe[64 + (a & 63)];
                span64Im[a] = twIm[64 + (a & 63)];
            }
        } else {
            span64Re = span64Im = null;
        }
    }

    /** A new plan for length n (a power of 2): n sines and cosines, so callers keep it. */
    static Fft of(int n) {
        return new Fft(n);
    }

    static int ceilPow2(long v) {
        long p = 1;
        while (p < v) p <<= 1;
        if (p > (1 << 30)) throw new IllegalArgumentException("FFT too large: " + v);
        return (int) p;
    }

    /** Stored position of input sample j: row {@link #row}, column {@link #col} of it. */
    int reversed(int j) {
        return Integer.reverse(j) >>> (32 - bits);
    }

    /** Row of stored position p (input: p = {@link #reversed}(j); output: p = k, natural order). */
    int row(int p) { return p >>> ROW_BITS; }

    /** Column of stored position p. */
    int col(int p) { return p & (ROW - 1); }

    /** The data of a transform as rows, usable by every plan that fits ({@link #fit}). */
    static final class Buffers {
        final double[][] re, im;
        /** Blocks of {@code 1 << OCCUPANCY_SHIFT} stored positions holding a non-zero input. */
        final boolean[] occupied;
        private final boolean[] live; // rows that may be non-zero during a transform

        private Buffers(int rows, int cols) {
            re = new double[rows][cols];
            im = new double[rows][cols];
            occupied = new boolean[Math.max(1, rows * cols >> OCCUPANCY_SHIFT)];
            live = new boolean[rows];
        }
    }

    /** Buffers for this plan (for one thread at a time). */
    Buffers buffers() {
        return new Buffers(rows, cols);
    }

    /** {@code b} if this plan fits in it, else new buffers that fit both (null: this plan's). */
    Buffers fit(Buffers b) {
        if (b == null) return buffers();
        if (b.re.length >= rows && b.re[0].length >= cols) return b;
        return new Buffers(Math.max(rows, b.re.length), Math.max(cols, b.re[0].length));
    }

    /** Zeros this plan's part of the buffers and of the occupancy marks. */
    void clear(Buffers b) {
        for (int r = 0; r < rows; r++) {
            java.util.Arrays.fill(b.re[r], 0, cols, 0);
            java.util.Arrays.fill(b.im[r], 0, cols, 0);
        }
        java.util.Arrays.fill(b.occupied, 0, Math.max(1, n >> OCCUPANCY_SHIFT), false);
    }

    /**
     * Transforms the input, stored in bit-reversed order (see {@link #reversed}), into natural-order
     * output, in place. With {@code skipEmpty}, the butterflies of blocks whose occupancy mark is
     * unset are skipped in the first stages, and those of rows still all zero in the row stages
     * (an unmarked block must be all zeros; butterflies of zeros give zeros, so the output is the
     * same as without skipping, up to the sign of zeros). A periodogram's spread input is sparse: a
     * stored block of 16 (64) positions is one natural node every n/16 (n/64) nodes, and of a CRTS
     * curve's (~300 points on 16 nodes each, FFT of 2^16) only 22.5 % of the blocks of 16 and 65 %
     * of the blocks of 64 hold a weight (mean of 200 curves).
     */
    void transform(Buffers b, boolean skipEmpty) {
        double[][] re = b.re, im = b.im;
        boolean[] occupied = b.occupied, live = b.live;
        int blockRows = Math.min(rows, BLOCK / cols);
        boolean skip = skipEmpty && cols == ROW;
        for (int r = 0; r < rows; r++) {
            double[] xr = re[r], xi = im[r];
            boolean any = !skip;
            if (skip) {
                int m0 = r << (ROW_BITS - OCCUPANCY_SHIFT);
                for (int b64 = 0; b64 < ROW; b64 += 64) {
                    int m = m0 + (b64 >> OCCUPANCY_SHIFT);
                    boolean any64 = false;
                    for (int q = 0; q < 4; q++) {
                        if (occupied[m + q]) {
                            firstStages(xr, xi, b64 + q * 16, b64 + (q + 1) * 16, 16);
                            any64 = true;
                        }
                    }
                    // half-spans 16 and 32 inside a block of 64
                    if (any64) stages(xr, xi, twRe, twIm, b64, b64 + 64, 16, 64);
                    any |= any64;
                }
                if (any) span64(xr, xi, span64Re, span64Im);
            } else if (cols == ROW) {
                firstStages(xr, xi, 0, ROW, 64);
                span64(xr, xi, span64Re, span64Im);
            } else {
                firstStages(xr, xi, 0, cols, cols);
            }
            live[r] = any;
            if ((r + 1) % blockRows == 0) rowStages(re, im, live, r + 1 - blockRows, r + 1, 1, blockRows);
        }
        rowStages(re, im, live, 0, rows, blockRows, rows);
    }

    /** Natural-order input and output in flat arrays (for tests and small uses). */
    void transform(double[] re, double[] im) {
        Buffers b = buffers();
        for (int j = 0; j < n; j++) {
            int p = reversed(j);
            b.re[row(p)][col(p)] = re[j];
            b.im[row(p)][col(p)] = im[j];
        }
        transform(b, false);
        for (int k = 0; k < n; k++) {
            re[k] = b.re[row(k)][col(k)];
            im[k] = b.im[row(k)][col(k)];
        }
    }

    /** Half-spans 1 .. sTo/2 inside re[from..to): half-spans 1 and 2 by additions only, then radix 4. */
    private void firstStages(double[] re, double[] im, int from, int to, int sTo) {
        if (sTo < 4) {
            stages(re, im, twRe, twIm, from, to, 1, sTo);
            return;
        }
        firstTwo(re, im, from, to);
        stages(re, im, twRe, twIm, from, to, 4, sTo);
    }

    /**
     * Row stages: half-spans of uFrom..uTo/2 rows (u rows = u * cols positions) over rows [from, to):
     * rows a and a + u butterflied column by column with twiddle row u + (a mod u), two stages per
     * pass over four rows (radix-4 locality, radix-2 arithmetic); rows not {@code live} are all zero,
     * and butterflies of those are skipped.
     */
    private void rowStages(double[][] re, double[][] im, boolean[] live, int from, int to, int uFrom, int uTo) {
        final double[][] wr = twRowsRe, wi = twRowsIm;
        final int len = cols;
        int u = uFrom;
        for (; (u << 1) < uTo; u <<= 2) {
            final int u2 = u << 1, span = u << 2;
            for (int g = from; g < to; g += span) {
                for (int t = 0; t < u; t++) {
                    int a0 = g + t, a1 = a0 + u, a2 = a1 + u, a3 = a2 + u;
                    if (!(live[a0] | live[a1] | live[a2] | live[a3])) continue;
                    live[a0] = live[a1] = live[a2] = live[a3] = true;
                    butterfly(re[a0], im[a0], re[a1], im[a1], wr[u + t], wi[u + t], len);
                    butterfly(re[a2], im[a2], re[a3], im[a3], wr[u + t], wi[u + t], len);
                    butterfly(re[a0], im[a0], re[a2], im[a2], wr[u2 + t], wi[u2 + t], len);
                    butterfly(re[a1], im[a1], re[a3], im[a3], wr[u2 + u + t], wi[u2 + u + t], len);
                }
            }
        }
        for (; u < uTo; u <<= 1) {
            final int span = u << 1;
            for (int g = from; g < to; g += span) {
                for (int t = 0; t < u; t++) {
                    int a = g + t, c = a + u;
                    if (!(live[a] | live[c])) continue;
                    live[a] = live[c] = true;
                    butterfly(re[a], im[a], re[c], im[c], wr[u + t], wi[u + t], len);
                }
            }
        }
    }

    /** a, b = a + w b, a - w b column by column: six arrays at one index, a loop C2 vectorises. */
    private static void butterfly(double[] ar, double[] ai, double[] br, double[] bi, double[] wr, double[] wi, int len) {
        for (int k = 0; k < len; k++) {
            double c = wr[k], d = wi[k];
            double xr = br[k] * c - bi[k] * d, xi = br[k] * d + bi[k] * c;
            br[k] = ar[k] - xr;
            bi[k] = ai[k] - xi;
            ar[k] += xr;
            ai[k] += xi;
        }
    }

    /** Half-span 64 in a row of {@link #ROW}: one array at the constant offset 64, a loop C2 vectorises. */
    private static void span64(double[] re, double[] im, double[] wr, double[] wi) {
        for (int a = 0; a < 64; a++) {
            double c = wr[a], d = wi[a], br = re[a + 64], bi = im[a + 64], ar = re[a], ai = im[a];
            double xr = br * c - bi * d, xi = br * d + bi * c;
            re[a + 64] = ar - xr;
            im[a + 64] = ai - xi;
            re[a] = ar + xr;
            im[a] = ai + xi;
        }
    }

    /** Half-spans 1 and 2 (radix 4 with the twiddles 1 and i: additions only) over re[from..to). */
    private static void firstTwo(double[] re, double[] im, int from, int to) {
        for (int a = from; a < to; a += 4) {
            double x0r = re[a], x0i = im[a], x1r = re[a + 1], x1i = im[a + 1];
            double x2r = re[a + 2], x2i = im[a + 2], x3r = re[a + 3], x3i = im[a + 3];
            double b0r = x0r + x1r, b0i = x0i + x1i, b1r = x0r - x1r, b1i = x0i - x1i;
            double b2r = x2r + x3r, b2i = x2i + x3i, b3r = x2r - x3r, b3i = x2i - x3i;
            re[a] = b0r + b2r;
            im[a] = b0i + b2i;
            re[a + 2] = b0r - b2r;
            im[a + 2] = b0i - b2i;
            re[a + 1] = b1r - b3i;
            im[a + 1] = b1i + b3r;
            re[a + 3] = b1r + b3i;
            im[a + 3] = b1i - b3r;
        }
    }

    /**
     * Butterflies of half-spans s in [sFrom, sTo) over re[from..to) of one array, twiddles
     * wr/wi[s + j] = exp(i pi j / s): two stages per pass (radix 4: half the memory traffic, and the
     * second stage's odd twiddle is the even one times i, so three complex multiplies per four
     * points instead of four), a last radix-2 pass if the count is odd. This was the whole FFT
     * before the rows (kept as such by the tests' FftReference).
     */
    static void stages(double[] re, double[] im, double[] wr, double[] wi, int from, int to, int sFrom, int sTo) {
        int s = sFrom;
        for (; (s << 1) < sTo; s <<= 2) {
            final int s2 = s << 1, span = s << 2;
            for (int g = from; g < to; g += span) {
                for (int j = 0; j < s; j++) {
                    int a0 = g + j, a1 = a0 + s, a2 = a1 + s, a3 = a2 + s;
                    // first stage: (a0, a1) and (a2, a3) with twiddle exp(i pi j / s)
                    double c1 = wr[s + j], d1 = wi[s + j];
                    double x1r = re[a1] * c1 - im[a1] * d1, x1i = re[a1] * d1 + im[a1] * c1;
                    double x3r = re[a3] * c1 - im[a3] * d1, x3i = re[a3] * d1 + im[a3] * c1;
                    double b0r = re[a0] + x1r, b0i = im[a0] + x1i, b1r = re[a0] - x1r, b1i = im[a0] - x1i;
                    double b2r = re[a2] + x3r, b2i = im[a2] + x3i, b3r = re[a2] - x3r, b3i = im[a2] - x3i;
                    // second stage: (b0, b2) with exp(i pi j / 2s), (b1, b3) with that times i
                    double c2 = wr[s2 + j], d2 = wi[s2 + j];
                    double y2r = b2r * c2 - b2i * d2, y2i = b2r * d2 + b2i * c2;
                    double z3r = b3r * c2 - b3i * d2, z3i = b3r * d2 + b3i * c2;
                    double y3r = -z3i, y3i = z3r;
                    re[a0] = b0r + y2r; im[a0] = b0i + y2i;
                    re[a2] = b0r - y2r; im[a2] = b0i - y2i;
                    re[a1] = b1r + y3r; im[a1] = b1i + y3i;
                    re[a3] = b1r - y3r; im[a3] = b1i - y3i;
                }
            }
        }
        for (; s < sTo; s <<= 1) {
            final int span = s << 1;
            for (int g = from; g < to; g += span) {
                for (int j = 0; j < s; j++) {
                    int a = g + j, b = a + s;
                    double cr = wr[s + j], ci = wi[s + j];
                    double xr = re[b] * cr - im[b] * ci;
                    double xi = re[b] * ci + im[b] * cr;
                    re[b] = re[a] - xr;
                    im[b] = im[a] - xi;
                    re[a] += xr;
                    im[a] += xi;
                }
            }
        }
    }
}
