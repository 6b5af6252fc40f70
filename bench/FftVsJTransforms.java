// The hand-written FFT of the period search (lightcurve.Fft) against JTransforms 3.1, one thread,
// on dense input and on input shaped like the spread grids (3 of 4 blocks of 16 empty; since #17 the
// rows of lightcurve.Fft, input copied in row by row); README
// "Hand-written, on purpose" quotes the figures. Fft is package-private, so this is compiled into
// its package rather than run as a source file:
//   mvn -q -o package -DskipTests
//   (get JTransforms-3.1, JLargeArrays-1.5, commons-math3-3.5 into /tmp/jt/lib, e.g. with
//    mvn dependency:copy-dependencies on a pom naming com.github.wendykierp:JTransforms:3.1)
//   javac -cp "target/classes:/tmp/jt/lib/*" -d /tmp/jt/out bench/FftVsJTransforms.java
//   java -cp "/tmp/jt/out:target/classes:/tmp/jt/lib/*" org.cepheus.lightcurve.FftVsJTransforms 65536 300 sparse|dense
package org.cepheus.lightcurve;
import org.jtransforms.fft.DoubleFFT_1D;
import java.util.Random;
public class FftVsJTransforms {
    public static void main(String[] a) {
        pl.edu.icm.jlargearrays.ConcurrencyUtils.setNumberOfThreads(1);
        int n = Integer.parseInt(a[0]); int reps = Integer.parseInt(a[1]); boolean sparse = a.length < 3 || a[2].equals("sparse");
        Random r = new Random(1);
        boolean[] occ = new boolean[n >> Fft.OCCUPANCY_SHIFT];
        for (int b = 0; b < occ.length; b++) occ[b] = !sparse || b % 4 == 0;
        double[] il = new double[2*n]; double[] src = new double[n]; for (int i = 0; i < n; i++) src[i] = (!sparse || (i >> Fft.OCCUPANCY_SHIFT) % 4 == 0) ? r.nextDouble() : 0; double[] zero = new double[n]; double[] isrc = new double[2*n]; for (int i = 0; i < n; i++) isrc[2*i] = src[i];
        Fft f = Fft.of(n); DoubleFFT_1D j = new DoubleFFT_1D(n);
        Fft.Buffers fb = f.buffers(); System.arraycopy(occ, 0, fb.occupied, 0, occ.length); int len = Math.min(n, Fft.ROW);
        for (int round = 0; round < 5; round++) {
            long t0 = System.nanoTime();
            for (int k = 0; k < reps; k++) { for (int q = 0; q < n; q += len) { System.arraycopy(src,q,fb.re[f.row(q)],0,len); System.arraycopy(zero,q,fb.im[f.row(q)],0,len); } f.transform(fb, true); }
            long t1 = System.nanoTime();
            for (int k = 0; k < reps; k++) { System.arraycopy(isrc,0,il,0,2*n); j.complexForward(il); }
            long t2 = System.nanoTime();
            System.out.printf("n=%d ours %.3f ms  jtransforms %.3f ms  ratio %.2f%n", n, (t1-t0)/1e6/reps, (t2-t1)/1e6/reps, (double)(t1-t0)/(t2-t1));
        }
    }
}
