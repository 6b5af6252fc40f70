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
        List<Integer> chosen = chosenMaxima(power, interpolated, g, k, baseline);
        List<Peak> peaks = new ArrayList<>();
        for (int idx : chosen) peaks.add(refine(idx, power[idx], g, exact, refineSteps));
        peaks.sort(Comparator.comparingDouble(Peak::power).reversed());
        return flagAliases(peaks, g.df());
    }

    /**
     * Grid indices of the peaks to refine: local maxima taken by decreasing rank (power, or
     * {@link #vertexHeight} when interpolated; lower index first among equal ranks), skipping any
     * within 1/baseline of one already taken, until k are taken.
     */
    static List<Integer> chosenMaxima(double[] power, boolean interpolated, FrequencyGrid g, int k, double baseline) {
        int n = power.length;
        double separation = baseline > 0 ? 1 / baseline : g.df();
        // The greedy pick below takes maxima in rank order until k are distinct. Most of a coarse
        // grid's ~n/3 maxima are noise far down the ranking, so the pick first runs on the BOUND
        // best maxima (one pass, a small heap); only when those do not yield k distinct peaks and
        // more maxima exist does it run on all of them. Either way the same peaks in the same order.
        int bound = Math.max(32, 4 * k);
        Best best = new Best(bound);
        int m = 0;
        for (int i = 0; i < n; i++) {
            double p = power[i];
            if (!(p > Double.NEGATIVE_INFINITY)) continue; // NaN
            boolean left = i == 0 || p > power[i - 1];
            boolean right = i == n - 1 || p >= power[i + 1];
            if (left && right) {
                m++;
                best.offer(i, interpolated ? vertexHeight(power, i) : p);
            }
        }
        List<Integer> chosen = pick(best.inRankOrder(), g, k, separation);
        if (chosen.size() < k && m > bound) chosen = pick(allMaxima(power, interpolated, m), g, k, separation);
        return chosen;
    }

    /** Greedy: maxima in rank order, each kept when farther than separation from every kept one. */
    private static List<Integer> pick(int[] byRank, FrequencyGrid g, int k, double separation) {
        List<Integer> chosen = new ArrayList<>();
        for (int i = 0; i < byRank.length && chosen.size() < k; i++) {
            double f = g.frequency(byRank[i]);
            boolean distinct = true;
            for (int c : chosen) distinct &= Math.abs(g.frequency(c) - f) > separation;
            if (distinct) chosen.add(byRank[i]);
        }
        return chosen;
    }

    /** Every local maximum (there are m) in rank order: decreasing rank, lower index first among equal ranks. */
    private static int[] allMaxima(double[] power, boolean interpolated, int m) {
        int n = power.length;
        int[] maxima = new int[m];
        double[] rank = new double[m];
        int j = 0;
        for (int i = 0; i < n; i++) {
            double p = power[i];
            if (!(p > Double.NEGATIVE_INFINITY)) continue;
            boolean left = i == 0 || p > power[i - 1];
            boolean right = i == n - 1 || p >= power[i + 1];
            if (left && right) {
                maxima[j] = i;
                rank[j] = interpolated ? vertexHeight(power, i) : p;
                j++;
            }
        }
        Integer[] order = new Integer[m];
        for (int i = 0; i < m; i++) order[i] = i;
        java.util.Arrays.sort(order, (a, b) -> rank[a] != rank[b] ? Double.compare(rank[b], rank[a]) : Integer.compare(maxima[a], maxima[b]));
        int[] out = new int[m];
        for (int i = 0; i < m; i++) out[i] = maxima[order[i]];
        return out;
    }

    /**
     * The best {@code capacity} (index, rank) pairs offered, kept in a min-heap whose top is the
     * worst kept (lowest rank; among equal ranks the higher index, which comes later in rank order).
     */
    private static final class Best {
        final int[] index;
        final double[] rank;
        int size;

        Best(int capacity) {
            index = new int[capacity];
            rank = new double[capacity];
        }

        /** x comes after y in rank order. */
        private boolean after(int x, int y) {
            return rank[x] < rank[y] || (rank[x] == rank[y] && index[x] > index[y]);
        }

        void offer(int i, double r) {
            if (size < index.length) {
                index[size] = i;
                rank[size] = r;
                up(size++);
            } else if (r > rank[0]) { // offered in index order: an equal rank comes later, not better
                index[0] = i;
                rank[0] = r;
                down(0);
            }
        }

        private void up(int c) {
            while (c > 0) {
                int p = (c - 1) / 2;
                if (!after(c, p)) break;
                swap(c, p);
                c = p;
            }
        }

        private void down(int p) {
            while (true) {
                int c = 2 * p + 1;
                if (c >= size) break;
                if (c + 1 < size && after(c + 1, c)) c++;
                if (!after(c, p)) break;
                swap(c, p);
                p = c;
            }
        }

        private void swap(int a, int b) {
            int ti = index[a]; index[a] = index[b]; index[b] = ti;
            double tr = rank[a]; rank[a] = rank[b]; rank[b] = tr;
        }

        /** The kept indices in rank order. */
        int[] inRankOrder() {
            Integer[] order = new Integer[size];
            for (int i = 0; i < size; i++) order[i] = i;
            java.util.Arrays.sort(order, (a, b) -> rank[a] != rank[b] ? Double.compare(rank[b], rank[a]) : Integer.compare(index[a], index[b]));
            int[] out = new int[size];
            for (int i = 0; i < size; i++) out[i] = index[order[i]];
            return out;
        }
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
