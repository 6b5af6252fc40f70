package org.cepheus.catalog;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
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
                             double maxSpan, Map<SetAside.Reason, Integer> setAside, int uncertainEstimates,
                             Map<String, Integer> timeScales) {

    /**
     * @param setAside points set aside per reason (kept in the enum's order)
     * @param uncertainEstimates AAVSO ':' (uncertain) estimates among the points
     * @param timeScales curves per time scale as the sources name it ("unknown" when they do not say)
     */
    public CatalogSummary {
        timeScales = Collections.unmodifiableMap(new TreeMap<>(timeScales));
        Map<SetAside.Reason, Integer> ordered = new EnumMap<>(SetAside.Reason.class);
        ordered.putAll(setAside);
        setAside = Collections.unmodifiableMap(ordered);
    }

    /** Points set aside, per reason, in the enum's order; reasons with no point left out. */
    public static Map<SetAside.Reason, Integer> setAsideCounts(Iterable<LightCurve> curves) {
        Map<SetAside.Reason, Integer> counts = new EnumMap<>(SetAside.Reason.class);
        for (LightCurve c : curves) {
            for (SetAside.Reason r : c.setAside().reason()) counts.merge(r, 1, Integer::sum);
        }
        return counts;
    }

    /** "4 time outliers, 2 upper limits": set-aside counts as words, in the enum's order. */
    public static String describe(Map<SetAside.Reason, Integer> counts) {
        StringBuilder sb = new StringBuilder();
        for (SetAside.Reason r : SetAside.Reason.values()) {
            Integer n = counts.get(r);
            if (n == null) continue;
            String what = switch (r) {
                case TIME_OUTLIER -> "time outlier";
                case MAG_OUTLIER -> "magnitude outlier";
                case UPPER_LIMIT -> "upper limit";
                case EXCLUDED -> "excluded by the user";
            };
            sb.append(sb.length() == 0 ? "" : ", ").append(n).append(' ').append(what)
                    .append(n == 1 || r == SetAside.Reason.EXCLUDED ? "" : "s");
        }
        return sb.toString();
    }

    public static CatalogSummary of(Catalog catalog) {
        int n = catalog.size();
        int[] points = new int[n];
        double[] spans = new double[n];
        double first = Double.NaN, last = Double.NaN;
        Map<String, Integer> bands = new TreeMap<>();
        int unlabelled = 0, uncertain = 0;
        Map<String, Integer> scales = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            LightCurve c = catalog.curves().get(i);
            String u = c.metadata().extra().get(AavsoReader.UNCERTAIN);
            if (u != null) uncertain += Integer.parseInt(u);
            scales.merge(c.metadata().timeScale() == null ? "unknown" : c.metadata().timeScale(), 1, Integer::sum);
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
                n == 0 ? 0 : spans[0], median(spans), n == 0 ? 0 : spans[n - 1], setAsideCounts(catalog.curves()),
                uncertain, scales);
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
