// Multiband vs single-band period search on the real EROS-1 LMC two-band (B, R) stars: for each
// class, how often the period of mgls (both bands together), of GLS on B alone and of GLS on R alone
// agrees with the labeller's period_days (or n or 1/n times it, n = 2..8), and how well it folds both
// bands: PDM theta and the 4-harmonic Fourier fit's chi2 ratio (residual / total variance) of each
// band at that period. Grid: the period preset's automatic grid of the star's span (as the CLI).
// Run: mvn -q -o package -DskipTests && java -cp "target/cepheus.jar:target/lib/*" bench/MultibandBench.java [erosDir] [classes] [maxPerClass]
import java.nio.file.*;
import java.util.*;
import java.util.stream.IntStream;
import org.cepheus.catalog.*;
import org.cepheus.lightcurve.*;
import org.cepheus.service.ProgressMonitor;

public class MultibandBench {
    static final double TOL = 0.01;          // |P/P_label - r| / r for a match with ratio r
    static final double GOOD_THETA = 0.7;    // a band "folds well": PDM theta below this
    static final int MAX_MULTIPLE = 8;       // the labeller's periods are often 2-8 times the folding one

    record Row(String cls, double label, double[] period, double[][] theta, double[][] chi2, double[] labelTheta) { }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/data/eros1-lmc");
        Set<String> classes = new TreeSet<>(List.of((args.length > 1 ? args[1] : "CEP,RRL").split(",")));
        int cap = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        Catalog cat = CatalogLoader.load(dir, CatalogLoader.Options.defaults().withClasses(classes).withPerClassCap(cap), ProgressMonitor.NONE);
        List<List<LightCurve>> stars = new ArrayList<>();
        for (List<LightCurve> s : cat.byStar().values()) {
            LightCurve b = band(s, "B"), r = band(s, "R");
            if (b != null && r != null && b.size() >= 10 && r.size() >= 10 && b.metadata().hasPeriod()) stars.add(List.of(b, r));
        }
        PeriodOptions o = PeriodOptions.defaults();
        PeriodSearch mgls = PeriodSearch.byName("mgls", o), gls = PeriodSearch.byName("gls", o);
        String[] methods = {"mgls B+R", "gls B", "gls R"};
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long t0 = System.nanoTime(), c0 = os.getProcessCpuTime();
        Row[] rows = new Row[stars.size()];
        double[] mglsSecs = new double[stars.size()];
        IntStream.range(0, stars.size()).parallel().forEach(i -> {
            List<LightCurve> s = stars.get(i);
            LightCurve b = s.get(0), r = s.get(1);
            long m0 = System.nanoTime();
            double pm = mgls.searchBands(s, FrequencyGrid.forBands(s, o), ProgressMonitor.NONE).bestPeriod();
            mglsSecs[i] = (System.nanoTime() - m0) / 1e9;
            double pb = gls.search(b, FrequencyGrid.forBands(s, o)).bestPeriod();
            double pr = gls.search(r, FrequencyGrid.forBands(s, o)).bestPeriod();
            double[] p = {pm, pb, pr};
            double[][] th = new double[3][2], chi = new double[3][2];
            for (int k = 0; k < 3; k++) {
                for (int j = 0; j < 2; j++) {
                    th[k][j] = PhaseFold.dispersion(s.get(j), p[k]);
                    chi[k][j] = 1 - FourierFit.fit(s.get(j).time(), s.get(j).mag(), s.get(j).err(), p[k], 4).explainedVariance();
                }
            }
            double lab = b.metadata().period();
            rows[i] = new Row(b.label(), lab, p, th, chi, new double[]{PhaseFold.dispersion(b, lab), PhaseFold.dispersion(r, lab)});
        });
        double secs = (System.nanoTime() - t0) / 1e9, cpu = (os.getProcessCpuTime() - c0) / 1e9;
        System.out.printf("%d two-band stars (%s) of %s; grid: preset automatic (oversampling %.0f, P >= %.2f d); %.1f s wall, %.1f s CPU, load average %.1f; mgls median %.0f ms per star%n",
                stars.size(), String.join(",", classes), dir, o.oversampling(), o.minPeriod(), secs, cpu, os.getSystemLoadAverage(), 1000 * median(mglsSecs));
        System.out.printf("match: |P/P_label - r|/r < %.2f for r = 1 (same) or r = n, 1/n with n = 2..%d (multiple); folds well: PDM theta < %.1f in the band%n", TOL, MAX_MULTIPLE, GOOD_THETA);
        System.out.println("| class | stars | method | P = P_label | multiple | neither | both bands fold well | B θ median | R θ median | B χ²/χ²₀ median | R χ²/χ²₀ median |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
        for (String cls : classes) {
            List<Row> rs = Arrays.stream(rows).filter(x -> cls.equals(x.cls())).toList();
            if (rs.isEmpty()) continue;
            for (int k = 0; k < 3; k++) {
                int same = 0, mult = 0, good = 0;
                double[] tb = new double[rs.size()], tr = new double[rs.size()], cb = new double[rs.size()], cr = new double[rs.size()];
                for (int i = 0; i < rs.size(); i++) {
                    Row x = rs.get(i);
                    double ratio = x.period()[k] / x.label();
                    if (near(ratio, 1)) same++;
                    else if (multiple(ratio)) mult++;
                    if (x.theta()[k][0] < GOOD_THETA && x.theta()[k][1] < GOOD_THETA) good++;
                    tb[i] = x.theta()[k][0]; tr[i] = x.theta()[k][1]; cb[i] = x.chi2()[k][0]; cr[i] = x.chi2()[k][1];
                }
                int n = rs.size();
                System.out.printf("| %s | %d | %s | %d (%.1f%%) | %d (%.1f%%) | %d | %d (%.1f%%) | %.3f | %.3f | %.3f | %.3f |%n", cls, n, methods[k],
                        same, 100.0 * same / n, mult, 100.0 * mult / n, n - same - mult, good, 100.0 * good / n,
                        median(tb), median(tr), median(cb), median(cr));
            }
            double[] lb = rs.stream().mapToDouble(x -> x.labelTheta()[0]).toArray(), lr = rs.stream().mapToDouble(x -> x.labelTheta()[1]).toArray();
            long lg = rs.stream().filter(x -> x.labelTheta()[0] < GOOD_THETA && x.labelTheta()[1] < GOOD_THETA).count();
            System.out.printf("| %s | %d | (P_label itself) | | | | %d (%.1f%%) | %.3f | %.3f | | |%n", cls, rs.size(), lg, 100.0 * lg / rs.size(), median(lb), median(lr));
        }
    }

    static boolean near(double ratio, double r) { return Math.abs(ratio - r) / r < TOL; }

    static boolean multiple(double ratio) {
        for (int n = 2; n <= MAX_MULTIPLE; n++) if (near(ratio, n) || near(ratio, 1.0 / n)) return true;
        return false;
    }

    static LightCurve band(List<LightCurve> s, String b) {
        for (LightCurve c : s) if (c.band().equalsIgnoreCase(b)) return c;
        return null;
    }

    static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length == 0 ? Double.NaN : s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
