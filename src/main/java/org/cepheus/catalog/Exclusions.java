package org.cepheus.catalog;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cepheus.service.AtomicFiles;

/**
 * Points the user excluded, saved beside the catalog in {@code <catalog>.cepheus-exclusions.json}
 * and applied by every load, so every later computation (GUI or command line) leaves them out.
 * A point is named by star, band, time and magnitude: exact values as read, so the same file
 * gives the same points back whatever the reader's order. The file also keeps the outliers the
 * user brought back ("included"): every load puts them back among the points after the outlier rule.
 */
public final class Exclusions {
    static final String SUFFIX = ".cepheus-exclusions.json";
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** One excluded point. */
    public record Point(String id, String band, double time, double mag) { }

    /** The file's content. */
    record Saved(int version, List<Point> excluded, List<Point> included) { }

    private final Set<Point> points;
    private final Set<Point> included;

    public Exclusions(Iterable<Point> points) {
        this(points, List.of());
    }

    /** @param included outliers the user brought back among the points */
    public Exclusions(Iterable<Point> points, Iterable<Point> included) {
        this.points = normalised(points);
        this.included = normalised(included);
    }

    private static Set<Point> normalised(Iterable<Point> points) {
        Set<Point> s = new HashSet<>();
        if (points != null) for (Point p : points) s.add(new Point(p.id(), p.band() == null ? "" : p.band(), p.time(), p.mag()));
        return Set.copyOf(s);
    }

    public static final Exclusions NONE = new Exclusions(List.of());

    /** The number of points excluded. */
    public int size() { return points.size(); }

    /** The outliers brought back among the points. */
    public Set<Point> included() { return included; }

    /** The sidecar file of a catalog (a folder or a file): beside it, named after it. */
    public static Path sidecarOf(Path catalog) {
        Path abs = catalog.toAbsolutePath().normalize();
        return abs.resolveSibling(abs.getFileName() + SUFFIX);
    }

    /** The exclusions saved beside the catalog, NONE when there is no sidecar. */
    public static Exclusions readBeside(Path catalog) throws IOException {
        Path file = sidecarOf(catalog);
        if (!Files.isRegularFile(file)) return NONE;
        Saved s = JSON.readValue(file.toFile(), Saved.class);
        return new Exclusions(s.excluded(), s.included());
    }

    /** The points marked EXCLUDED in these curves. */
    public static Exclusions of(Iterable<LightCurve> curves) {
        return of(curves, List.of());
    }

    /** The points marked EXCLUDED in these curves, and of the outliers brought back those that are points of them. */
    public static Exclusions of(Iterable<LightCurve> curves, Iterable<Point> included) {
        Set<Point> back = normalised(included), kept = new HashSet<>();
        for (LightCurve c : curves) {
            for (int i = 0; i < c.size(); i++) {
                Point p = new Point(c.id(), c.band(), c.time()[i], c.mag()[i]);
                if (back.contains(p)) kept.add(p);
            }
        }
        return new Exclusions(excludedIn(curves), kept);
    }

    private static List<Point> excludedIn(Iterable<LightCurve> curves) {
        List<Point> out = new ArrayList<>();
        for (LightCurve c : curves) {
            SetAside s = c.setAside();
            for (int i = 0; i < s.size(); i++) {
                if (s.reason()[i] == SetAside.Reason.EXCLUDED) out.add(new Point(c.id(), c.band(), s.time()[i], s.mag()[i]));
            }
        }
        return out;
    }

    /** Writes the sidecar (atomically), or removes it when nothing is excluded or brought back. */
    public void saveBeside(Path catalog) throws IOException {
        Path file = sidecarOf(catalog);
        if (points.isEmpty() && included.isEmpty()) {
            Files.deleteIfExists(file);
            return;
        }
        AtomicFiles.writeText(file, w -> w.write(JSON.writerWithDefaultPrettyPrinter()
                .writeValueAsString(new Saved(1, sorted(points), sorted(included))) + "\n"));
    }

    private static List<Point> sorted(Set<Point> points) {
        List<Point> sorted = new ArrayList<>(points);
        sorted.sort(java.util.Comparator.comparing(Point::id).thenComparing(Point::band)
                .thenComparingDouble(Point::time).thenComparingDouble(Point::mag));
        return sorted;
    }

    /** The curve with its excluded points moved into its set-aside points (line 0: the curve keeps no lines). */
    public LightCurve apply(LightCurve c) {
        if (!included.isEmpty()) {
            Set<Integer> back = new HashSet<>();
            SetAside s = c.setAside();
            for (int i = 0; i < s.size(); i++) {
                boolean outlier = s.reason()[i] == SetAside.Reason.TIME_OUTLIER || s.reason()[i] == SetAside.Reason.MAG_OUTLIER;
                if (outlier && included.contains(new Point(c.id(), c.band(), s.time()[i], s.mag()[i]))) back.add(i);
            }
            if (!back.isEmpty()) c = reinclude(c, back);
        }
        if (points.isEmpty()) return c;
        SetAside.Reason[] why = new SetAside.Reason[c.size()];
        boolean any = false;
        for (int i = 0; i < c.size(); i++) {
            if (points.contains(new Point(c.id(), c.band(), c.time()[i], c.mag()[i]))) {
                why[i] = SetAside.Reason.EXCLUDED;
                any = true;
            }
        }
        return any ? Outliers.split(c, new int[c.size()], why) : c;
    }

    /** Which points a box or a lasso covers, by time and magnitude (a folded view tests the phase of the time). */
    @FunctionalInterface
    public interface PointTest {
        boolean covers(double time, double mag);
    }

    /**
     * Excludes the curve's points inside the box and re-includes its excluded points inside it
     * (a second box over the same points undoes the first).
     */
    public static LightCurve toggle(LightCurve c, double t0, double t1, double m0, double m1) {
        double tl = Math.min(t0, t1), th = Math.max(t0, t1), ml = Math.min(m0, m1), mh = Math.max(m0, m1);
        return toggle(c, (t, m) -> t >= tl && t <= th && m >= ml && m <= mh);
    }

    /**
     * Excludes the curve's points the test covers and brings back the set-aside points it covers
     * that were excluded or set aside as outliers (an outlier the rule was wrong about); upper
     * limits stay set aside, they are no measurements.
     */
    public static LightCurve toggle(LightCurve c, PointTest covered) {
        SetAside s = c.setAside();
        List<Integer> back = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            if (s.reason()[i] != SetAside.Reason.UPPER_LIMIT && covered.covers(s.time()[i], s.mag()[i])) back.add(i);
        }
        SetAside.Reason[] why = new SetAside.Reason[c.size()];
        boolean any = false;
        for (int i = 0; i < c.size(); i++) {
            if (covered.covers(c.time()[i], c.mag()[i])) {
                why[i] = SetAside.Reason.EXCLUDED;
                any = true;
            }
        }
        // split appends the new exclusions after the old set-aside points: the indices in back still hold
        LightCurve out = any ? Outliers.split(c, new int[c.size()], why) : c;
        return back.isEmpty() ? out : reinclude(out, new HashSet<>(back));
    }

    /** Moves the set-aside points at these indices back into the curve's arrays. */
    private static LightCurve reinclude(LightCurve c, Set<Integer> idx) {
        SetAside s = c.setAside();
        int n = c.size(), k = idx.size();
        double[] t = java.util.Arrays.copyOf(c.time(), n + k), m = java.util.Arrays.copyOf(c.mag(), n + k);
        double[] e = c.hasErrors() ? java.util.Arrays.copyOf(c.err(), n + k) : null;
        int left = s.size() - k, a = n, b = 0;
        double[] st = new double[left], sm = new double[left], se = new double[left];
        SetAside.Reason[] sr = new SetAside.Reason[left];
        int[] sl = new int[left];
        for (int i = 0; i < s.size(); i++) {
            if (idx.contains(i)) {
                t[a] = s.time()[i];
                m[a] = s.mag()[i];
                if (e != null) e[a] = s.err()[i];
                a++;
            } else {
                st[b] = s.time()[i];
                sm[b] = s.mag()[i];
                se[b] = s.err()[i];
                sr[b] = s.reason()[i];
                sl[b] = s.line()[i];
                b++;
            }
        }
        return new LightCurve(c.id(), c.band(), t, m, e, c.label(), c.metadata())
                .withSetAside(new SetAside(st, sm, se, sr, sl));
    }

    /**
     * The outliers of {@code before} that are points of {@code after}: those the user brought back
     * (a curve edited by {@link #toggle}).
     */
    public static List<Point> broughtBack(LightCurve before, LightCurve after) {
        Set<Point> now = new HashSet<>();
        for (int i = 0; i < after.size(); i++) now.add(new Point(after.id(), after.band(), after.time()[i], after.mag()[i]));
        List<Point> out = new ArrayList<>();
        SetAside s = before.setAside();
        for (int i = 0; i < s.size(); i++) {
            boolean outlier = s.reason()[i] == SetAside.Reason.TIME_OUTLIER || s.reason()[i] == SetAside.Reason.MAG_OUTLIER;
            Point p = new Point(before.id(), before.band(), s.time()[i], s.mag()[i]);
            if (outlier && now.contains(p)) out.add(p);
        }
        return out;
    }
}
