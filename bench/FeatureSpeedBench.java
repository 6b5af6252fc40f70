// Feature extraction alone (the period-features model's inputs), in process, both cores, warm:
// stars per CPU second, and how far the features of a coarse-then-fine period search are from the
// fine grid's (same period within 1e-3, feature differences) on the same real stars.
// Run: mvn -q -o package -DskipTests && java -cp "target/cepheus.jar:target/lib/*" bench/FeatureSpeedBench.java CATALOG BANDS PER_CLASS_CAP [OVERSAMPLING,CANDIDATES [only]]
//   BANDS: "" for CRTS (one unnamed band), R,B for EROS-1; the last argument: the coarse search
//   compared against the fine grid of oversampling 5 (default 2,8)
import java.nio.file.*;
import java.util.*;
import java.util.stream.*;
import org.cepheus.catalog.*;
import org.cepheus.lightcurve.*;
import org.cepheus.service.ProgressMonitor;

public class FeatureSpeedBench {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        List<String> bands = args[1].isEmpty() ? List.of("") : List.of(args[1].split(","));
        int cap = Integer.parseInt(args[2]);
        String[] c = (args.length > 3 ? args[3] : "2,8").split(",");
        PeriodFinder.Coarse coarse = new PeriodFinder.Coarse(Double.parseDouble(c[0]), Integer.parseInt(c[1]));
        var opts = CatalogLoader.Options.defaults();
        Catalog cat = CatalogLoader.load(dir, opts, ProgressMonitor.NONE);
        Map<String, List<LightCurve>> byStar = new TreeMap<>();
        Map<String, Integer> perClass = new HashMap<>();
        for (LightCurve lc : cat.curves()) byStar.computeIfAbsent(lc.id(), k -> new ArrayList<>()).add(lc);
        List<List<LightCurve>> stars = new ArrayList<>();
        for (List<LightCurve> s : byStar.values()) {
            String label = s.get(0).label();
            if (perClass.merge(label == null ? "" : label, 1, Integer::sum) <= cap) stars.add(s);
        }
        FeatureExtractor.Options o = FeatureExtractor.Options.defaults(bands).withChoiceHarmonics(4);
        FeatureExtractor fine = new FeatureExtractor(o, PeriodFinder.gls(5));
        FeatureExtractor fast = new FeatureExtractor(o, PeriodFinder.gls(5, coarse));
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        System.out.printf("%d stars of %s, bands %s, coarse %s%n", stars.size(), dir, bands, coarse);
        FeatureExtractor.Result[][] res = new FeatureExtractor.Result[2][];
        FeatureExtractor[] fx = {fine, fast};
        String[] name = {"fine (oversampling 5)", "coarse " + coarse};
        for (int round = 0; round < 2; round++) {
            for (int k = args.length > 4 ? 1 : 0; k < 2; k++) {
                FeatureExtractor e = fx[k];
                long t0 = System.nanoTime(), c0 = os.getProcessCpuTime();
                res[k] = stars.parallelStream().map(e::extract).toArray(FeatureExtractor.Result[]::new);
                double wall = (System.nanoTime() - t0) / 1e9, cpu = (os.getProcessCpuTime() - c0) / 1e9;
                System.out.printf("%s%-26s wall %6.2f s = %6.1f stars/s; CPU %6.2f s = %6.1f stars per CPU s (%.2f ms); load %.1f%n",
                        round == 0 ? "warm-up " : "        ", name[k], wall, stars.size() / wall, cpu, stars.size() / cpu,
                        1000 * cpu / stars.size(), os.getSystemLoadAverage());
            }
        }
        if (args.length > 4) return; // "only": the coarse search alone, for profiling
        int same = 0, nan = 0;
        double[] maxDiff = new double[fine.size()];
        int[] differs = new int[fine.size()];
        for (int i = 0; i < stars.size(); i++) {
            double a = res[0][i].period(), b = res[1][i].period();
            if (Double.isNaN(a) && Double.isNaN(b)) nan++;
            else if (Math.abs(a - b) / a < 1e-3) {
                same++;
                for (int j = 0; j < fine.size(); j++) {
                    double x = res[0][i].scalars()[j], y = res[1][i].scalars()[j];
                    if (Double.isNaN(x) && Double.isNaN(y)) continue;
                    double d = Math.abs(x - y);
                    if (!(d <= 1e-3 * Math.max(1, Math.abs(x)))) differs[j]++;
                    if (!(d <= maxDiff[j])) maxDiff[j] = Double.isNaN(d) ? Double.POSITIVE_INFINITY : d;
                }
            }
        }
        System.out.printf("same period (|dP|/P < 1e-3): %d of %d (%.2f %%), both without period %d%n",
                same, stars.size() - nan, 100.0 * same / Math.max(1, stars.size() - nan), nan);
        System.out.println("features differing by more than 1e-3 (relative) among those stars:");
        for (int j = 0; j < fine.size(); j++) {
            if (differs[j] > 0) System.out.printf("  %-28s %5d stars (max |diff| %.3g)%n", fine.names().get(j), differs[j], maxDiff[j]);
        }
    }
}
