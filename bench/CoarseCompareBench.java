// In-process CPU per star of feature extraction for several period-search settings, taken in turn in one JVM,
// and how often each gives the first setting's period (within 1e-3). Settings: "fine" (oversampling 5) or "OVERSAMPLING,CANDIDATES".
// Run: java -Xmx3g -cp "target/cepheus.jar:target/lib/*" bench/CoarseCompareBench.java ../shared/data/crts PER_CLASS_CAP ROUNDS SETTING...
import java.nio.file.*;
import java.util.*;
import org.cepheus.catalog.*;
import org.cepheus.lightcurve.*;
import org.cepheus.service.ProgressMonitor;
public class CoarseCompareBench {
    public static void main(String[] a) throws Exception {
        Catalog cat = CatalogLoader.load(Path.of(a[0]), CatalogLoader.Options.defaults(), ProgressMonitor.NONE);
        int cap = Integer.parseInt(a[1]), rounds = Integer.parseInt(a[2]);
        Map<String, List<LightCurve>> byStar = new TreeMap<>(); Map<String,Integer> pc = new HashMap<>();
        for (LightCurve lc : cat.curves()) byStar.computeIfAbsent(lc.id(), k -> new ArrayList<>()).add(lc);
        List<List<LightCurve>> stars = new ArrayList<>();
        for (var s : byStar.values()) { String l = s.get(0).label(); if (pc.merge(l == null ? "" : l, 1, Integer::sum) <= cap) stars.add(s); }
        FeatureExtractor.Options o = FeatureExtractor.Options.defaults(List.of("")).withChoiceHarmonics(4);
        int k = a.length - 3; FeatureExtractor[] fx = new FeatureExtractor[k]; String[] nm = new String[k];
        for (int i = 0; i < k; i++) {
            nm[i] = a[3 + i];
            if (nm[i].equals("fine")) fx[i] = new FeatureExtractor(o, PeriodFinder.gls(5));
            else { String[] c = nm[i].split(","); fx[i] = new FeatureExtractor(o, PeriodFinder.gls(5, new PeriodFinder.Coarse(Double.parseDouble(c[0]), Integer.parseInt(c[1])))); }
        }
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        FeatureExtractor.Result[][] res = new FeatureExtractor.Result[k][];
        System.out.println(stars.size() + " stars");
        for (int r = 0; r < rounds; r++) for (int i = 0; i < k; i++) {
            long c0 = os.getProcessCpuTime();
            FeatureExtractor e = fx[i];
            res[i] = stars.parallelStream().map(e::extract).toArray(FeatureExtractor.Result[]::new);
            double cpu = (os.getProcessCpuTime() - c0) / 1e9;
            System.out.printf("round %d %-14s CPU %6.2f s = %6.1f stars/CPU s (%.2f ms) load %.1f%n", r, nm[i], cpu, stars.size() / cpu, 1000 * cpu / stars.size(), os.getSystemLoadAverage());
        }
        for (int i = 1; i < k; i++) {
            int same = 0;
            for (int s = 0; s < stars.size(); s++) { double x = res[0][s].period(), y = res[i][s].period(); if ((Double.isNaN(x) && Double.isNaN(y)) || Math.abs(x - y) / x < 1e-3) same++; }
            System.out.printf("%s vs %s: same period %d / %d (%.2f %%)%n", nm[i], nm[0], same, stars.size(), 100.0 * same / stars.size());
        }
    }
}
