package org.cepheus.lightcurve;

/**
 * The period search's FFT as it was before the rows (commit 7eb0943): one flat array per part,
 * in place, radix 4 ({@link Fft#stages}, unchanged), input in bit-reversed order, stages below
 * 4096 done block by block, empty blocks of 16 / 64 skipped in the first stages. Kept as the
 * reference of {@link FftTest} and the baseline of bench/FftBench.java.
 */
final class FftReference {
    private static final int BLOCK = 1 << 12;
    static final int OCCUPANCY_SHIFT = 4;

    final int n;
    private final int bits;
    private final double[] twRe, twIm;

    private FftReference(int n) {
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

    static FftReference of(int n) {
        return new FftReference(n);
    }

    int reversed(int j) {
        return Integer.reverse(j) >>> (32 - bits);
    }

    void transformBitReversed(double[] re, double[] im, boolean[] occupied) {
        int block = Math.min(BLOCK, n);
        int b16 = 1 << OCCUPANCY_SHIFT, b64 = b16 << 2;
        if (occupied == null || block < BLOCK || occupied.length < n >> OCCUPANCY_SHIFT) {
            for (int start = 0; start < n; start += block) Fft.stages(re, im, twRe, twIm, start, start + block, 1, block);
        } else {
            for (int start = 0; start < n; start += block) {
                for (int b = start; b < start + block; b += b64) {
                    int m = b >> OCCUPANCY_SHIFT;
                    boolean any = false;
                    for (int q = 0; q < 4; q++) {
                        if (occupied[m + q]) {
                            Fft.stages(re, im, twRe, twIm, b + q * b16, b + (q + 1) * b16, 1, b16);
                            any = true;
                        }
                    }
                    if (any) Fft.stages(re, im, twRe, twIm, b, b + b64, b16, b64);
                }
                Fft.stages(re, im, twRe, twIm, start, start + block, b64, block);
            }
        }
        Fft.stages(re, im, twRe, twIm, 0, n, block, n);
    }
}
