package org.cepheus.lightcurve;

/**
 * In-place radix-2 complex FFT on separate real/imaginary double arrays, computing
 * X_k = sum_j x_j exp(+2 pi i j k / n) (the sign of the Lomb-Scargle trigonometric sums).
 *
 * <p>Hand-written rather than a library: the stack has no FFT besides ND4J's (native, float, JNI
 * copies per call) and commons-math's (boxes Complex objects, allocates per call, ~10x slower), and
 * the period search needs exactly this: doubles, reusable buffers, input written straight into
 * bit-reversed order (no permutation pass) and early stages done block by block in cache.
 * A plan (its twiddles) is immutable and may be shared between threads; {@link TrigSums} keeps the
 * few it uses.
 */
final class Fft {
    private static final int BLOCK = 1 << 12; // 4096 complex doubles = 64 KB: stages below this stay in cache

    final int n;
    private final int bits;
    // twiddles of the stage with half-span s live at [s, 2s): exp(+2 pi i j / 2s), j < s
    private final double[] twRe, twIm;

    private Fft(int n) {
        if (Integer.bitCount(n) != 1 || n < 2) throw new IllegalArgumentException("FFT length must be a power of 2");
        this.n = n;
        this.bits = Integer.numberOfTrailingZeros(n);
        twRe = new double[n];
        twIm = new double[n];
        for (int s = 1; s < n; s <<= 1) {
            for (int j = 0; j < s; j++) {
                double a = Math.PI * j / s;
                twRe[s + j] = Math.cos(a);
                twIm[s + j] = Math.sin(a);
            }
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

    /** Position at which input sample j must be stored for {@link #transformBitReversed}. */
    int reversed(int j) {
        return Integer.reverse(j) >>> (32 - bits);
    }

    /** Transforms input given in bit-reversed order (see {@link #reversed}) into natural-order output. */
    void transformBitReversed(double[] re, double[] im) {
        transformBitReversed(re, im, null);
    }

    /** Stored positions per occupancy mark: {@code occupied[p >> OCCUPANCY_SHIFT]} covers p. */
    static final int OCCUPANCY_SHIFT = 4;

    /**
     * The same, skipping the first stages of blocks whose input is all zero. {@code occupied}
     * (null: no skipping) marks the blocks of {@code 1 << OCCUPANCY_SHIFT} stored positions that
     * hold a non-zero input; an unmarked block must be all zeros. The butterflies of a block of
     * zeros give zeros, so the output is the same as without skipping (up to the sign of zeros).
     * A periodogram's spread input is sparse: a stored block of 16 (64) positions is one natural
     * node every n/16 (n/64) nodes, and of a CRTS curve's (~300 points on 16 nodes each, FFT of
     * 2^16) only 22.5 % of the blocks of 16 and 65 % of the blocks of 64 hold a weight (mean of
     * 200 curves). Measured gain: ~4 % of the whole classify's CPU (README, "Survey scale").
     */
    void transformBitReversed(double[] re, double[] im, boolean[] occupied) {
        int block = Math.min(BLOCK, n);
        int b16 = 1 << OCCUPANCY_SHIFT, b64 = b16 << 2;
        if (occupied == null || block < BLOCK || occupied.length < n >> OCCUPANCY_SHIFT) {
            for (int start = 0; start < n; start += block) stages(re, im, start, start + block, 1, block);
        } else {
            for (int start = 0; start < n; start += block) {
                for (int b = start; b < start + block; b += b64) {
                    int m = b >> OCCUPANCY_SHIFT;
                    boolean any = false;
                    for (int q = 0; q < 4; q++) {
                        // half-spans 1 and 4 stay inside a block of 16
                        if (occupied[m + q]) {
                            stages(re, im, b + q * b16, b + (q + 1) * b16, 1, b16);
                            any = true;
                        }
                    }
                    if (any) stages(re, im, b, b + b64, b16, b64); // half-span 16 inside a block of 64
                }
                stages(re, im, start, start + block, b64, block);
            }
        }
        stages(re, im, 0, n, block, n);
    }

    /**
     * Butterflies of half-spans s in [sFrom, sTo) over re[from..to), two stages per pass (radix 4:
     * half the memory traffic, and the second stage's odd twiddle is the even one times i, so three
     * complex multiplies per four points instead of four), a last radix-2 pass if the count is odd.
     */
    private void stages(double[] re, double[] im, int from, int to, int sFrom, int sTo) {
        final double[] wr = twRe, wi = twIm;
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

    /** Natural-order input: permutes then transforms (for tests and small uses). */
    void transform(double[] re, double[] im) {
        for (int j = 0; j < n; j++) {
            int r = reversed(j);
            if (r > j) {
                double t = re[j]; re[j] = re[r]; re[r] = t;
                t = im[j]; im[j] = im[r]; im[r] = t;
            }
        }
        transformBitReversed(re, im);
    }
}
