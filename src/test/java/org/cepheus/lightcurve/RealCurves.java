package org.cepheus.lightcurve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cepheus.SharedData;
import org.cepheus.catalog.LightCurve;
import org.cepheus.catalog.Metadata;

/**
 * Test-only reader of the real survey files until CatalogLoader is on main: CRTS csv, OGLE and
 * EROS "time mag err" files. Deliberately minimal; bad lines are skipped.
 */
final class RealCurves {
    private RealCurves() { }

    private static List<LightCurve> crtsCache;
    private static List<LightCurve> ogleCache;

    static synchronized List<LightCurve> crts() {
        if (crtsCache == null) {
            Path root = SharedData.crts();
            Map<String, String> labels = new HashMap<>();
            for (String line : lines(root.resolve("labels.csv")).subList(1, lines(root.resolve("labels.csv")).size())) {
                String[] f = line.split(",");
                labels.put(f[0], f[1]);
            }
            crtsCache = files(root.resolve("lc")).parallelStream().map(p -> {
                List<String> ls = lines(p);
                double[][] a = columns(ls.subList(1, ls.size()), ",", 1);
                String file = "lc/" + p.getFileName();
                String id = p.getFileName().toString().replaceAll("\\.csv$", "");
                return new LightCurve(id, "V", a[0], a[1], a[2], labels.get(file), Metadata.ofSource(p));
            }).toList();
        }
        return crtsCache;
    }

    /** The 1,500 OGLE-IV LMC Cepheids in I, with cepFO4.dat periods and epochs where known. */
    static synchronized List<LightCurve> ogle() {
        if (ogleCache == null) {
            Path root = SharedData.ogle();
            Map<String, double[]> eph = new HashMap<>();
            for (String line : lines(root.resolve("cepFO4.dat"))) {
                String[] f = line.trim().split("\\s+");
                if (f.length > 6) eph.put(f[0], new double[]{Double.parseDouble(f[3]), Double.parseDouble(f[5])});
            }
            ogleCache = files(root.resolve("I")).parallelStream().map(p -> {
                double[][] a = columns(lines(p), "\\s+", 0);
                String id = p.getFileName().toString().replaceAll("\\.dat$", "");
                double[] e = eph.get(id);
                Metadata md = Metadata.ofSource(p);
                if (e != null) md = md.withEphemeris(e[0], e[1], Double.NaN);
                return new LightCurve(id, "I", a[0], a[1], a[2], null, md);
            }).toList();
        }
        return ogleCache;
    }

    /** EROS-1 R-band curves of one class, with the labels' periods. */
    static List<LightCurve> eros(String cls) {
        Path root = SharedData.eros();
        List<LightCurve> out = new ArrayList<>();
        for (String line : lines(root.resolve("labels.csv"))) {
            String[] f = line.split(",");
            if (!f[1].equals(cls)) continue;
            Path p = root.resolve("R").resolve(f[0] + ".dat");
            if (!Files.exists(p)) continue;
            double[][] a = columns(lines(p), "\\s+", 0);
            out.add(new LightCurve(f[0], "R", a[0], a[1], a[2], cls,
                    Metadata.ofSource(p).withEphemeris(Double.parseDouble(f[2]), Double.NaN, Double.NaN)));
        }
        return out;
    }

    private static List<Path> files(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(Path p) {
        try {
            return Files.readAllLines(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double[][] columns(List<String> lines, String sep, int skip) {
        List<double[]> rows = new ArrayList<>();
        for (String l : lines) {
            String[] f = l.trim().split(sep);
            if (f.length < skip + 3) continue;
            try {
                rows.add(new double[]{Double.parseDouble(f[skip]), Double.parseDouble(f[skip + 1]), Double.parseDouble(f[skip + 2])});
            } catch (NumberFormatException ignored) {
                // malformed line: skipped in this test helper
            }
        }
        double[][] a = new double[3][rows.size()];
        for (int i = 0; i < rows.size(); i++) for (int c = 0; c < 3; c++) a[c][i] = rows.get(i)[c];
        return a;
    }
}
