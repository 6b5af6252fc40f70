package org.cepheus.catalog;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * What `catalog info` reports: counts, per-class and per-band counts, points and time statistics.
 * Classes are counted in curves ({@code classes}) and in stars ({@code classStars}): a two-band star
 * is two curves.
 * Times are as the files give them (MJD for CRTS, HJD-2450000 for OGLE), so first/last mean little
 * across catalogs; spans (days) are comparable.
 */
public record CatalogSummary(int curves, int stars, Map<String, Integer> classes, Map<String, Integer> classStars, int unlabelled,
                             Map<String, Integer> bands, int minPoints, double medianPoints, int maxPoints,
                             double firstTime, double lastTime, double minSpan, double medianSpan,
                             double maxSpan) {

    public static CatalogSummary of(Catalog catalog) {
        int n = catalog.size();
        int[] points = new int[n];
        double[] spans = new double[n];
        double first = Double.NaN, last = Double.NaN;
        Map<String, Integer> bands = new TreeMap<>();
        int unlabelled = 0;
        for (int i = 0; i < n; i++) {
            LightCurve c = catalog.curves().get(i);
            points[i] = c.size();
            spans[i] = c.timeSpan();
            if (c.size() > 0) {
                first = Double.isNaN(first) ? c.time()[0] : Math.min(first, c.time()[0]);
                last = Double.isNaN(last) ? c.time()[c.size() - 1] : Math.max(last, c.time()[c.size() - 1]);
            }
            bands.merge(c.band().isEmpty() ? "-" : c.band(), 1, Integer::sum);
            if (c.label() == null) unlabelled++;
        }
        Arrays.sort(points);
        Arrays.sort(spans);
        return new CatalogSummary(n, catalog.byStar().size(), catalog.classCounts(), catalog.starClassCounts(), unlabelled, bands,
                n == 0 ? 0 : points[0], median(points), n == 0 ? 0 : points[n - 1], first, last,
                n == 0 ? 0 : spans[0], median(spans), n == 0 ? 0 : spans[n - 1]);
    }

    private static double median(int[] sorted) {
        int n = sorted.length;
        if (n == 0) return 0;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        if (n == 0) return 0;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }
}
