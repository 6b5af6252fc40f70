// dm-dt images of long curves with the pair cap: time with the cap (the preset's 2^22 pairs) against
// all pairs, and how far the capped image is from the exact one. Two ways to sample are compared:
// "pairs" (what DmDt does: maxPairs pairs drawn uniformly) and "points" (all pairs of a uniform random
// subset of k points, k(k-1)/2 <= maxPairs). The curve is SYNTHETIC, CRTS-like: n/1920 visits per night
// within 0.3 d, seasons of 240 nights a year over 8 years, a 5.37 d sawtooth of 0.8 mag, 0.05 mag noise, 1% outliers.
// Run: mvn -q -o package -DskipTests && java -cp "target/cepheus.jar:target/lib/*" bench/DmDtCapBench.java [n...] [--exact-up-to N] [--seeds K]
import java.util.*;
import org.cepheus.catalog.LightCurve;
import org.cepheus.lightcurve.*;

public class DmDtCapBench {
    public static void main(String[] args) {
        List<Integer> sizes = new ArrayList<>();
        int exactUpTo = 100_000, seeds = 5;
        for (int a = 0; a < args.length; a++) {
            if (args[a].equals("--exact-up-to")) exactUpTo = Integer.parseInt(args[++a]);
            else if (args[a].equals("--seeds")) seeds = Integer.parseInt(args[++a]);
            else sizes.add(Integer.parseInt(args[a]));
        }
        if (sizes.isEmpty()) sizes = List.of(100_000, 5_000_000);
        DmDtGrid grid = DmDtGrid.mahabal();
        DmDt capped = new DmDt(grid);
        DmDt exact = new DmDt(grid, 0, 0);
        long cap = capped.maxPairs();
        System.out.printf("cap %,d pairs (preset), grid %s, %d cores%n", cap, grid, Runtime.getRuntime().availableProcessors());
        // warm-up on a curve just over the cap and one under it
        for (int r = 0; r < 3; r++) {
            capped.histogram(synthetic(5_000, 1), DmDt.Normalisation.RAW);
            exact.histogram(synthetic(2_000, 1), DmDt.Normalisation.RAW);
        }
        double nsPerPairExact = Double.NaN;
        for (int n : sizes) {
            LightCurve lc = synthetic(n, 42);
            long pairs = DmDt.pairs(n);
            long t0 = System.nanoTime();
            float[] sampled = capped.histogram(lc, DmDt.Normalisation.RAW);
            double capSecs = (System.nanoTime() - t0) / 1e9;
            System.out.printf("n = %,d (%,d pairs): capped %.3f s (%.1f ns per sampled pair)%n", n, pairs, capSecs, capSecs / cap * 1e9);
            if (n > exactUpTo) {
                System.out.printf("  all pairs: not run; at %.2f ns/pair measured on the exact run above that is ~%.0f s (%.1f h)%n",
                        nsPerPairExact, nsPerPairExact * pairs / 1e9, nsPerPairExact * pairs / 3.6e12);
                continue;
            }
            t0 = System.nanoTime();
            float[] all = exact.histogram(lc, DmDt.Normalisation.RAW);
            double exactSecs = (System.nanoTime() - t0) / 1e9;
            nsPerPairExact = exactSecs / pairs * 1e9;
            System.out.printf("  all pairs: %.2f s (%.2f ns per pair)%n", exactSecs, nsPerPairExact);
            double[] ref = unit(all);
            float[] refMahabal = mahabal(all, pairs);
            double[] l1Pairs = new double[seeds], l1Points = new double[seeds], maxPairs = new double[seeds], maxPoints = new double[seeds];
            int k = (int) Math.floor((1 + Math.sqrt(1 + 8.0 * cap)) / 2);
            for (int s = 0; s < seeds; s++) {
                float[] a = new DmDt(grid, cap, 1000 + s).histogram(lc, DmDt.Normalisation.RAW);
                LightCurve sub = subset(lc, k, 1000 + s);
                float[] b = exact.histogram(sub, DmDt.Normalisation.RAW);
                l1Pairs[s] = l1(ref, unit(a));
                l1Points[s] = l1(ref, unit(b));
                maxPairs[s] = maxDiff(refMahabal, new DmDt(grid, cap, 1000 + s).histogram(lc, DmDt.Normalisation.MAHABAL));
                maxPoints[s] = maxDiff(refMahabal, exact.histogram(sub, DmDt.Normalisation.MAHABAL));
            }
            System.out.printf("  L1 of sum-normalised images vs all pairs (%d seeds): pairs sample (%,d pairs) mean %.5f max %.5f;"
                            + " points sample (%,d points = %,d pairs) mean %.5f max %.5f%n",
                    seeds, cap, mean(l1Pairs), max(l1Pairs), k, DmDt.pairs(k), mean(l1Points), max(l1Points));
            System.out.printf("  largest cell difference on the Mahabal 0-255 scale: pairs sample max %.0f, points sample max %.0f%n",
                    max(maxPairs), max(maxPoints));
            System.out.printf("  preset seed: L1 %.5f%n", l1(ref, unit(sampled)));
        }
    }

    /** CRTS-like seasons (8 years of 240 nights), n/1920 visits per night within 0.3 d; a Cepheid-like sawtooth. Synthetic, named so. */
    static LightCurve synthetic(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int nights = 8 * 240;
        double perNight = Math.max(1, (double) n / nights);
        double[] t = new double[n], m = new double[n], e = new double[n];
        for (int i = 0; i < n; i++) {
            int night = (int) Math.min(nights - 1, i / perNight);
            double within = (i - night * perNight) / perNight; // 0..1, increasing with i inside a night
            t[i] = 53_500 + (night / 240) * 365.25 + (night % 240) + 0.3 * within + r.nextDouble() * 0.01 * 0.3 / perNight;
            double phase = (t[i] / 5.37) % 1;
            m[i] = 15.0 + 0.8 * (phase < 0.25 ? 1 - phase / 0.25 : (phase - 0.25) / 0.75) - 0.4 + 0.05 * r.nextGaussian();
            if (r.nextDouble() < 0.01) m[i] += 1.5 * (r.nextDouble() - 0.3);
            e[i] = 0.05;
        }
        return new LightCurve("synthetic-" + n, "V", t, m, e);
    }

    /** k points drawn uniformly without replacement, in time order. */
    static LightCurve subset(LightCurve lc, int k, long seed) {
        int n = lc.size();
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) idx[i] = i;
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = 0; i < k; i++) { int j = i + r.nextInt(n - i); int x = idx[i]; idx[i] = idx[j]; idx[j] = x; }
        int[] pick = Arrays.copyOf(idx, k);
        Arrays.sort(pick);
        double[] t = new double[k], m = new double[k], e = new double[k];
        for (int i = 0; i < k; i++) { t[i] = lc.time()[pick[i]]; m[i] = lc.mag()[pick[i]]; e[i] = lc.err()[pick[i]]; }
        return new LightCurve(lc.id() + "-subset", lc.band(), t, m, e);
    }

    static double[] unit(float[] h) {
        double s = 0;
        for (float v : h) s += v;
        double[] out = new double[h.length];
        for (int i = 0; i < h.length; i++) out[i] = s > 0 ? h[i] / s : 0;
        return out;
    }

    static float[] mahabal(float[] raw, long pairs) {
        float[] out = new float[raw.length];
        for (int i = 0; i < raw.length; i++) out[i] = (float) Math.min(255, Math.floor(255.0 * raw[i] / pairs + 0.99999));
        return out;
    }

    static double l1(double[] a, double[] b) { double s = 0; for (int i = 0; i < a.length; i++) s += Math.abs(a[i] - b[i]); return s; }
    static double maxDiff(float[] a, float[] b) { double s = 0; for (int i = 0; i < a.length; i++) s = Math.max(s, Math.abs(a[i] - b[i])); return s; }
    static double mean(double[] a) { return Arrays.stream(a).average().orElse(Double.NaN); }
    static double max(double[] a) { return Arrays.stream(a).max().orElse(Double.NaN); }
}
