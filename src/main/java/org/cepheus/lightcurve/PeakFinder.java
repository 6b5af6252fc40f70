package org.cepheus.lightcurve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Function;

/** Distinct top peaks of a periodogram, refined off the grid, with alias flags. */
final class PeakFinder {
    /** Solar and sidereal day frequencies, cycles per day: ground-based sampling aliases. */
    private static final double[] DAY = {1.0, 1.0027379};

    private PeakFinder() { }

    /**
     * Local maxima taken by decreasing power, skipping any closer than 1/baseline (the width of a
     * peak: closer maxima are side lobes of the same peak) to one already taken; each refined by an
     * exact evaluation over +-1 grid step, then ordered by refined power.
     */
    static List<Peak> topPeaks(double[] power, FrequencyGrid g, int k, double baseline,
                               Function<FrequencyGrid, double[]> exact, int refineSteps) {
        return topPeaks(power, false, g, k, baseline, exact, refineSteps);
    }

    /**
     * The same; {@code interpolated}: maxima taken by decreasing {@link #vertexHeight} (coarse grids).
     */
    static List<Peak> topPeaks(double[] power, boolean interpolated, FrequencyGrid g, int k, double baseline,
                               Function<FrequencyGrid, double[]> exact, int refineSteps) {
        int n = power.length;
        int[] maxima = new int[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            double p = power[i];
            if (!(p > Double.NEGATIVE_INFINITY)) continue; // NaN
            boolean left = i == 0 || p > power[i - 1];
            boolean right = i == n - 1 || p >= power[i + 1];
            if (left && right) maxima[m++] = i;
        }
        double separation = baseline > 0 ? 1 / baseline : g.df();
        List<Integer> chosen = new ArrayList<>();
        // maxima by decreasing power (ties: lower frequency first) from a heap: a scan of all
        // maxima per pick cost as much as the FFTs on the coarse grids of feature extraction
        double[] rank = power;
        if (interpolated) {
            rank = new double[n];
            for (int j = 0; j < m; j++) rank[maxima[j]] = vertexHeight(power, maxima[j]);
        }
        MaxHeap heap = new MaxHeap(maxima, m, rank);
        while (chosen.size() < k && heap.size > 0) {
            int best = heap.pop();
            double f = g.frequency(best);
            boolean distinct = true;
            for (int c : chosen) distinct &= Math.abs(g.frequency(c) - f) > separation;
            if (distinct) chosen.add(best);
        }
        List<Peak> peaks = new ArrayList<>();
        for (int idx : chosen) peaks.add(refine(idx, power[idx], g, exact, refineSteps));
        peaks.sort(Comparator.comparingDouble(Peak::power).reversed());
        return flagAliases(peaks, g.df());
    }

    /**
     * Height of the vertex of the parabola through a local maximum and its neighbours: on a coarse
     * grid a peak that falls between two frequencies shows well below its top, and this estimate
     * ranks peaks nearly as a fine grid would, at no extra evaluation.
     */
    static double vertexHeight(double[] power, int i) {
        if (i == 0 || i == power.length - 1) return power[i];
        double a = power[i - 1], b = power[i], c = power[i + 1];
        double denom = a - 2 * b + c;
        return denom < 0 ? b - (a - c) * (a - c) / (8 * denom) : b;
    }

    /** Grid indices by decreasing power, lower index first among equal powers. */
    private static final class MaxHeap {
        final int[] a;
        final double[] power;
        int size;

        MaxHeap(int[] indices, int n, double[] power) {
            this.a = indices;
            this.size = n;
            this.power = power;
            for (int i = n / 2 - 1; i >= 0; i--) down(i);
        }

        private boolean before(int x, int y) {
            return power[x] > power[y] || (power[x] == power[y] && x < y);
        }

        int pop() {
            int top = a[0];
            a[0] = a[--size];
            down(0);
            return top;
        }

        private void down(int i) {
            int v = a[i];
            while (true) {
                int c = 2 * i + 1;
                if (c >= size) break;
                if (c + 1 < size && before(a[c + 1], a[c])) c++;
                if (!before(a[c], v)) break;
                a[i] = a[c];
                i = c;
            }
            a[i] = v;
        }
    }

    private static Peak refine(int idx, double gridPower, FrequencyGrid g, Function<FrequencyGrid, double[]> exact, int steps) {
        double f = g.frequency(idx);
        if (steps < 2) {
            double[] p = exact.apply(new FrequencyGrid(f, g.df(), 1));
            return new Peak(f, p[0], EnumSet.noneOf(Peak.Alias.class));
        }
        double lo = Math.max(f - g.df(), g.df() * 1e-3);
        double h = (f + g.df() - lo) / steps;
        FrequencyGrid local = new FrequencyGrid(lo, h, steps + 1);
        double[] p = exact.apply(local);
        int b = 0;
        for (int i = 1; i < p.length; i++) if (p[i] > p[b]) b = i;
        double fb = local.frequency(b), pb = p[b];
        if (b > 0 && b < p.length - 1) {
            // vertex of the parabola through the best point and its neighbours
            double denom = p[b - 1] - 2 * p[b] + p[b + 1];
            if (denom < 0) {
                double off = 0.5 * (p[b - 1] - p[b + 1]) / denom;
                double fv = fb + off * h;
                double pv = exact.apply(new FrequencyGrid(fv, h, 1))[0];
                if (pv > pb) {
                    fb = fv;
                    pb = pv;
                }
            }
        }
        return new Peak(fb, pb, EnumSet.noneOf(Peak.Alias.class));
    }

    /** Flags relations to the best peak; the tolerance is a few grid steps or 0.1% in frequency. */
    static List<Peak> flagAliases(List<Peak> peaks, double df) {
        if (peaks.isEmpty()) return peaks;
        List<Peak> out = new ArrayList<>();
        double fb = peaks.get(0).frequency();
        for (int i = 0; i < peaks.size(); i++) {
            Peak p = peaks.get(i);
            double f = p.frequency();
            double tol = Math.max(3 * df, 1e-3 * Math.max(f, fb));
            EnumSet<Peak.Alias> a = EnumSet.noneOf(Peak.Alias.class);
            if (i == 0) {
                // the best itself at 1 d, 1/2 d or 2 d is suspicious of the nightly sampling
                for (double d : DAY) for (double r : new double[]{0.5, 1, 2}) if (Math.abs(f - r * d) < tol) a.add(Peak.Alias.ONE_DAY);
            } else {
                for (double d : DAY) {
                    for (int n = 1; n <= 2; n++) {
                        // n tol: at 2 c/d the solar and sidereal aliases are 0.0055 c/d apart and blend
                        if (Math.abs(Math.abs(f - fb) - n * d) < n * tol) a.add(Peak.Alias.ONE_DAY);
                        // the other side: f + f_best = n d (e.g. 1/(1.0027 - f_best))
                        if (Math.abs(f + fb - n * d) < n * tol) a.add(Peak.Alias.MIRROR);
                    }
                }
                if (Math.abs(f - 2 * fb) < 2 * tol) a.add(Peak.Alias.HALF);
                if (Math.abs(f - fb / 2) < tol) a.add(Peak.Alias.DOUBLE);
            }
            out.add(p.withAliases(a));
        }
        return out;
    }
}
