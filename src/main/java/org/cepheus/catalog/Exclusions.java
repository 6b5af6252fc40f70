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
 * gives the same points back whatever the reader's order.
 */
public final class Exclusions {
    static final String SUFFIX = ".cepheus-exclusions.json";
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** One excluded point. */
    public record Point(String id, String band, double time, double mag) { }

    /** The file's content. */
    record Saved(int version, List<Point> excluded) { }

    private final Set<Point> points;

    public Exclusions(Iterable<Point> points) {
        Set<Point> s = new HashSet<>();
        for (Point p : points) s.add(new Point(p.id(), p.band() == null ? "" : p.band(), p.time(), p.mag()));
        this.points = Set.copyOf(s);
    }

    public static final Exclusions NONE = new Exclusions(List.of());

    public int size() { return points.size(); }

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
        return new Exclusions(s.excluded() == null ? List.of() : s.excluded());
    }

    /** The points marked EXCLUDED in these curves. */
    public static Exclusions of(Iterable<LightCurve> curves) {
        List<Point> out = new ArrayList<>();
        for (LightCurve c : curves) {
            SetAside s = c.setAside();
            for (int i = 0; i < s.size(); i++) {
                if (s.reason()[i] == SetAside.Reason.EXCLUDED) out.add(new Point(c.id(), c.band(), s.time()[i], s.mag()[i]));
            }
        }
        return new Exclusions(out);
    }

    /** Writes the sidecar (atomically), or removes it when nothing is excluded. */
    public void saveBeside(Path catalog) throws IOException {
        Path file = sidecarOf(catalog);
        if (points.isEmpty()) {
            Files.deleteIfExists(file);
            return;
        }
        List<Point> sorted = new ArrayList<>(points);
        sorted.sort(java.util.Comparator.comparing(Point::id).thenComparing(Point::band)
                .thenComparingDouble(Point::time).thenComparingDouble(Point::mag));
        AtomicFiles.writeText(file, w -> w.write(JSON.writerWithDefaultPrettyPrinter()
                .writeValueAsString(new Saved(1, sorted)) + "\n"));
    }

    /** The curve with its excluded points moved into its set-aside points (line 0: the curve keeps no lines). */
    public LightCurve apply(LightCurve c) {
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

    /**
     * Excludes the curve's points inside the box and re-includes its excluded points inside it
     * (a second box over the same points undoes the first).
     */
    public static LightCurve toggle(LightCurve c, double t0, double t1, double m0, double m1) {
        double tl = Math.min(t0, t1), th = Math.max(t0, t1), ml = Math.min(m0, m1), mh = Math.max(m0, m1);
        SetAside s = c.setAside();
        List<Integer> back = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            if (s.reason()[i] == SetAside.Reason.EXCLUDED && inside(s.time()[i], s.mag()[i], tl, th, ml, mh)) back.add(i);
        }
        SetAside.Reason[] why = new SetAside.Reason[c.size()];
        boolean any = false;
        for (int i = 0; i < c.size(); i++) {
            if (inside(c.time()[i], c.mag()[i], tl, th, ml, mh)) {
                why[i] = SetAside.Reason.EXCLUDED;
                any = true;
            }
        }
        LightCurve out = any ? Outliers.split(c, new int[c.size()], why) : c;
        return back.isEmpty() ? out : reinclude(out, new HashSet<>(back), s);
    }

    private static boolean inside(double t, double m, double tl, double th, double ml, double mh) {
        return t >= tl && t <= th && m >= ml && m <= mh;
    }

    /** Moves the original set-aside points at {@code idx} back into the curve's arrays. */
    private static LightCurve reinclude(LightCurve c, Set<Integer> idx, SetAside original) {
        int n = c.size(), k = idx.size();
        double[] t = java.util.Arrays.copyOf(c.time(), n + k), m = java.util.Arrays.copyOf(c.mag(), n + k);
        double[] e = c.hasErrors() ? java.util.Arrays.copyOf(c.err(), n + k) : null;
        int a = n;
        for (int i : idx) {
            t[a] = original.time()[i];
            m[a] = original.mag()[i];
            if (e != null) e[a] = original.err()[i];
            a++;
        }
        // the remaining set-aside points: the current ones minus those moved back
        SetAside now = c.setAside();
        List<Integer> keep = new ArrayList<>();
        Set<Point> moved = new HashSet<>();
        for (int i : idx) moved.add(new Point(c.id(), c.band(), original.time()[i], original.mag()[i]));
        for (int i = 0; i < now.size(); i++) {
            boolean isMoved = now.reason()[i] == SetAside.Reason.EXCLUDED
                    && moved.contains(new Point(c.id(), c.band(), now.time()[i], now.mag()[i]));
            if (!isMoved) keep.add(i);
        }
        double[] st = new double[keep.size()], sm = new double[keep.size()], se = new double[keep.size()];
        SetAside.Reason[] sr = new SetAside.Reason[keep.size()];
        int[] sl = new int[keep.size()];
        for (int j = 0; j < keep.size(); j++) {
            int i = keep.get(j);
            st[j] = now.time()[i];
            sm[j] = now.mag()[i];
            se[j] = now.err()[i];
            sr[j] = now.reason()[i];
            sl[j] = now.line()[i];
        }
        return new LightCurve(c.id(), c.band(), t, m, e, c.label(), c.metadata())
                .withSetAside(new SetAside(st, sm, se, sr, sl));
    }
}
