// The period search's FFT (lightcurve.Fft, four-step on row arrays) against the code it replaced
// (FftReference in the tests: in place, radix 4, bit-reversed input), one thread, in the same JVM,
// alternating rounds, on dense input and on sparse input shaped like a spread grid (clusters of 16
// natural nodes, as TrigSums.spread writes a kernel of width 16). Times include copying the input
// in (each in its own layout). Both classes are package-private, so this is compiled into the package:
//   mvn -q -o -B -DskipTests package && mvn -q -o -B test-compile
//   javac -cp target/classes:target/test-classes -d /tmp/fftbench bench/FftBench.java
//   java -cp /tmp/fftbench:target/classes:target/test-classes org.cepheus.lightcurve.FftBench [rounds] [clusters per 2^16]
package org.cepheus.lightcurve;

import java.util.Random;

public class FftBench {
    public static void main(String[] a) {
        int rounds = a.length > 0 ? Integer.parseInt(a[0]) : 5;
        int clusters = a.length > 1 ? Integer.parseInt(a[1]) : 300;
        for (int round = 0; round < rounds; round++) {
            for (int n : new int[]{1 << 15, 1 << 16}) {
                for (boolean sparse : new boolean[]{true, false}) run(n, sparse, clusters * n / 65536, round);
            }
        }
    }

    static double sink;
    static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    static void run(int n, boolean sparse, int clusters, int round) {
        Random r = new Random(n + (sparse ? 1 : 0));
        double[] xr = new double[n], xi = new double[n];
        if (sparse) {
            for (int c = 0; c < clusters; c++) {
                int first = r.nextInt(n);
                for (int q = 0; q < 16; q++) {
                    xr[(first + q) & (n - 1)] += r.nextGaussian();
                    xi[(first + q) & (n - 1)] += r.nextGaussian();
                }
            }
        } else {
            for (int j = 0; j < n; j++) { xr[j] = r.nextGaussian(); xi[j] = r.nextGaussian(); }
        }
        FftReference old = FftReference.of(n);
        double[] oldR = new double[n], oldI = new double[n], wr = new double[n], wi = new double[n];
        boolean[] oldOcc = new boolean[n >> FftReference.OCCUPANCY_SHIFT];
        for (int j = 0; j < n; j++) {
            int p = old.reversed(j);
            oldR[p] = xr[j]; oldI[p] = xi[j];
            if (xr[j] != 0 || xi[j] != 0) oldOcc[p >> FftReference.OCCUPANCY_SHIFT] = true;
        }
        Fft fft = Fft.of(n);
        Fft.Buffers b = fft.buffers(), src = fft.buffers();
        for (int j = 0; j < n; j++) {
            int p = fft.reversed(j);
            src.re[fft.row(p)][fft.col(p)] = xr[j];
            src.im[fft.row(p)][fft.col(p)] = xi[j];
            if (xr[j] != 0 || xi[j] != 0) src.occupied[p >> Fft.OCCUPANCY_SHIFT] = true;
        }
        int occRows = 0;
        for (boolean o : src.occupied) if (o) occRows++;
        int occBlocks = 0;
        for (boolean o : oldOcc) if (o) occBlocks++;
        int reps = Math.max(4, (int) (4e6 / n / 17));
        long tOld = 0, tNew = 0, wOld = 0, wNew = 0;
        for (int half = 0; half < 20; half++) { // old, new, new, old, ...
            for (int which = 0; which < 2; which++) {
                boolean doOld = (which == 0) == (half % 2 == 0);
                long w0 = System.nanoTime(), t0 = CPU.getCurrentThreadCpuTime();
                for (int k = 0; k < reps; k++) {
                    if (doOld) {
                        System.arraycopy(oldR, 0, wr, 0, n);
                        System.arraycopy(oldI, 0, wi, 0, n);
                        old.transformBitReversed(wr, wi, sparse ? oldOcc : null);
                        sink += wr[k & (n - 1)];
                    } else {
                        for (int row = 0; row < src.re.length; row++) {
                            System.arraycopy(src.re[row], 0, b.re[row], 0, src.re[row].length);
                            System.arraycopy(src.im[row], 0, b.im[row], 0, src.im[row].length);
                        }
                        System.arraycopy(src.occupied, 0, b.occupied, 0, src.occupied.length);
                        fft.transform(b, sparse);
                        sink += b.re[fft.row(k & (n - 1))][fft.col(k & (n - 1))];
                    }
                }
                long dt = CPU.getCurrentThreadCpuTime() - t0, dw = System.nanoTime() - w0;
                if (doOld) { tOld += dt; wOld += dw; } else { tNew += dt; wNew += dw; }
            }
        }
        double msOld = tOld / 1e6 / (20.0 * reps), msNew = tNew / 1e6 / (20.0 * reps);
        System.out.printf("round %d n=2^%d %-6s CPU ms per transform: old %.4f  new %.4f  old/new %.2f  (wall old/new %.2f; occupied: old blocks of 16 %.1f %%, new %.1f %%)%n",
                round, Integer.numberOfTrailingZeros(n), sparse ? "sparse" : "dense", msOld, msNew, msOld / msNew, (double) wOld / wNew,
                100.0 * occBlocks / oldOcc.length, 100.0 * occRows / src.occupied.length);
    }
}
