package org.cepheus.catalog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The loader's selection: class filter, minimum points, per-class cap (deterministic). */
public final class CurveFilters {
    private CurveFilters() { }

    static List<LightCurve> apply(List<LightCurve> curves, CatalogLoader.Options o, Path root, List<LoadProblem> problems) {
        List<LightCurve> out = curves;
        if (!o.classes().isEmpty()) {
            Set<String> present = new TreeSet<>();
            for (LightCurve c : curves) if (c.label() != null) present.add(c.label());
            for (String wanted : new TreeSet<>(o.classes())) {
                if (!present.contains(wanted)) {
                    problems.add(new LoadProblem(root, 0, "class '" + wanted + "' is not in this catalog; classes present: "
                            + (present.isEmpty() ? "none (no labels found)" : String.join(", ", present))));
                }
            }
            out = out.stream().filter(c -> c.label() != null && o.classes().contains(c.label())).toList();
        }
        if (o.minPoints() > 0) out = out.stream().filter(c -> c.size() >= o.minPoints()).toList();
        out = perClassCap(out, o.perClassCap());
        return out;
    }

    /**
     * Keeps, per class, the stars with the first N ids in sorted order (all bands of a kept star),
     * in the given order: the one rule for --per-class-cap and the workbench's per-class limit.
     * n = 0: no cap.
     */
    public static List<LightCurve> perClassCap(List<LightCurve> curves, int n) {
        if (n <= 0) return curves;
        Map<String, TreeSet<String>> idsByClass = new HashMap<>();
        for (LightCurve c : curves) idsByClass.computeIfAbsent(String.valueOf(c.label()), k -> new TreeSet<>()).add(c.id());
        Set<String> kept = new HashSet<>();
        for (var e : idsByClass.entrySet()) {
            e.getValue().stream().sorted(Comparator.naturalOrder()).limit(n).forEach(id -> kept.add(e.getKey() + '\u0000' + id));
        }
        List<LightCurve> out = new ArrayList<>();
        for (LightCurve c : curves) if (kept.contains(String.valueOf(c.label()) + '\u0000' + c.id())) out.add(c);
        return out;
    }
}
