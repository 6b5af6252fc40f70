package org.cepheus.lightcurve;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The row-based FFT against the in-place one it replaced ({@link FftReference}), on every length 2..2^17. */
class FftTest {

    @Test
    void matchesTheFormerFftOnRandomAndSparseInput() {
        Random r = new Random(3);
        for (int bits = 1; bits <= 17; bits++) {
            int n = 1 << bits;
            for (boolean sparse : new boolean[]{false, true}) {
                double[] xr = new double[n], xi = new double[n];
                if (sparse) { // spread-grid shaped: clusters of 16 natural nodes in two "seasons"
                    for (int c = 0; c < Math.max(1, n / 1024); c++) {
                        int first = r.nextInt(Math.max(1, n / 8)) + (r.nextBoolean() ? 0 : n / 2);
                        for (int q = 0; q < 16; q++) {
                            xr[(first + q) & (n - 1)] += r.nextGaussian();
                            xi[(first + q) & (n - 1)] += r.nextGaussian();
                        }
                    }
                } else {
                    for (int j = 0; j < n; j++) { xr[j] = r.nextGaussian(); xi[j] = r.nextGaussian(); }
                }
                double sumAbs = 0;
                for (int j = 0; j < n; j++) sumAbs += Math.hypot(xr[j], xi[j]);

                FftReference old = FftReference.of(n);
                double[] or = new double[n], oi = new double[n];
                boolean[] oldOcc = new boolean[Math.max(1, n >> FftReference.OCCUPANCY_SHIFT)];
                Fft fft = Fft.of(n);
                Fft.Buffers b = fft.buffers();
                for (int j = 0; j < n; j++) {
                    int p = old.reversed(j);
                    or[p] = xr[j];
                    oi[p] = xi[j];
                    int q = fft.reversed(j);
                    assertEquals(p, q, "same input order");
                    b.re[fft.row(q)][fft.col(q)] = xr[j];
                    b.im[fft.row(q)][fft.col(q)] = xi[j];
                    if (xr[j] != 0 || xi[j] != 0) {
                        oldOcc[p >> FftReference.OCCUPANCY_SHIFT] = true;
                        b.occupied[q >> Fft.OCCUPANCY_SHIFT] = true;
                    }
                }
                old.transformBitReversed(or, oi, sparse && n >= 1 << 12 ? oldOcc : null);
                fft.transform(b, sparse);
                double tol = 1e-12 * sumAbs, worst = 0;
                for (int k = 0; k < n; k++) {
                    double dr = b.re[fft.row(k)][fft.col(k)] - or[k], di = b.im[fft.row(k)][fft.col(k)] - oi[k];
                    worst = Math.max(worst, Math.max(Math.abs(dr), Math.abs(di)));
                }
                assertTrue(worst <= tol, "n=" + n + (sparse ? " sparse" : " dense") + ": max difference " + worst + " > " + tol);
            }
        }
    }

    @Test
    void buffersFitSeveralLengths() {
        Fft small = Fft.of(64), big = Fft.of(1 << 15);
        Fft.Buffers b = small.fit(null);
        assertSame(b, small.fit(b));
        Fft.Buffers c = big.fit(b);
        assertNotSame(b, c);
        assertSame(c, small.fit(c), "a smaller plan uses the larger buffers");
        double[] re = new double[64], im = new double[64];
        re[1] = 1;
        small.transform(re, im);
        for (int k = 0; k < 64; k++) {
            assertEquals(Math.cos(2 * Math.PI * k / 64), re[k], 1e-14);
            assertEquals(Math.sin(2 * Math.PI * k / 64), im[k], 1e-14);
        }
    }
}
