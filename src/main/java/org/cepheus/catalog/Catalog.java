package org.cepheus.catalog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Light curves as loaded, with the problems met on the way (skipped files, bad lines). */
public final class Catalog {
    private final String name;
    private final List<LightCurve> curves;
    private final List<LoadProblem> problems;
    private final List<Path> skippedFiles;

    public Catalog(String name, List<LightCurve> curves, List<LoadProblem> problems) {
        this(name, curves, problems, List.of());
    }

    /** @param skippedFiles files that gave no curve because of a problem (listed in problems) */
    public Catalog(String name, List<LightCurve> curves, List<LoadProblem> problems, List<Path> skippedFiles) {
        this.name = name;
        this.curves = List.copyOf(curves);
        this.problems = List.copyOf(problems);
        this.skippedFiles = List.copyOf(skippedFiles);
    }

    public String name() { return name; }
    public List<LightCurve> curves() { return curves; }
    public List<LoadProblem> problems() { return problems; }
    /** Files that could not be used at all (empty, junk, unreadable...); their reasons are in problems(). */
    public List<Path> skippedFiles() { return skippedFiles; }
    public int size() { return curves.size(); }
    public boolean isEmpty() { return curves.isEmpty(); }

    /** Count of curves per class label, sorted by label; unlabelled curves are not counted. */
    public Map<String, Integer> classCounts() {
        Map<String, Integer> counts = new TreeMap<>();
        for (LightCurve c : curves) if (c.label() != null) counts.merge(c.label(), 1, Integer::sum);
        return counts;
    }

    /**
     * Count of stars per class label, sorted by label: a star of several bands counts once (the
     * class of its first labelled curve), unlike {@link #classCounts()}.
     */
    public Map<String, Integer> starClassCounts() {
        Map<String, Integer> counts = new TreeMap<>();
        for (List<LightCurve> star : byStar().values()) {
            star.stream().map(LightCurve::label).filter(java.util.Objects::nonNull).findFirst()
                    .ifPresent(l -> counts.merge(l, 1, Integer::sum));
        }
        return counts;
    }

    /** Curves grouped by star id (several bands of one star), in first-seen order. */
    public Map<String, List<LightCurve>> byStar() {
        Map<String, List<LightCurve>> m = new LinkedHashMap<>();
        for (LightCurve c : curves) m.computeIfAbsent(c.id(), k -> new ArrayList<>()).add(c);
        return Collections.unmodifiableMap(m);
    }
}
