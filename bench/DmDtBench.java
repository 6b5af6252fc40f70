// dm-dt images of all CRTS curves with Mahabal's fixed edges, warm, on all cores.
// Run: mvn -q -o package -DskipTests && java -cp "target/cepheus.jar:target/lib/*" bench/DmDtBench.java [crtsDir] [rounds]
import java.nio.file.*;
import java.util.*;
import org.cepheus.catalog.LightCurve;
import org.cepheus.lightcurve.*;

public class DmDtBench {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/data/crts");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        List<LightCurve> curves = loadCrts(dir.resolve("lc"));
        long pairs = 0;
        for (LightCurve c : curves) pairs += (long) c.size() * (c.size() - 1) / 2;
        System.out.printf("%d curves, %d pairs, %d cores%n", curves.size(), pairs, Runtime.getRuntime().availableProcessors());
        DmDt dmdt = new DmDt(DmDtGrid.mahabal());
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        double[] secs = new double[rounds], cpu = new double[rounds];
        double check = 0;
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime(), c0 = os.getProcessCpuTime();
            float[][] h = dmdt.histograms(curves, DmDt.Normalisation.RAW);
            secs[r] = (System.nanoTime() - t0) / 1e9;
            cpu[r] = (os.getProcessCpuTime() - c0) / 1e9;
            check += h[r % h.length][0];
        }
        double[] warm = Arrays.copyOfRange(secs, rounds / 3, rounds);
        double[] warmCpu = Arrays.copyOfRange(cpu, rounds / 3, rounds);
        Arrays.sort(warm);
        Arrays.sort(warmCpu);
        System.out.printf("first %.3f s; warm: best %.3f s, median %.3f s (%.0f M pairs/s) [check %.0f]%n",
                secs[0], warm[0], warm[warm.length / 2], pairs / warm[warm.length / 2] / 1e6, check);
        // CPU time is less sensitive to other users of the machine: CPU s / cores = wall time on an idle machine
        System.out.printf("warm CPU time: median %.3f s (%.2f ns per pair); load average now %.1f%n",
                warmCpu[warmCpu.length / 2], warmCpu[warmCpu.length / 2] / pairs * 1e9, os.getSystemLoadAverage());
    }

    // minimal CRTS reader ("ID","MJD","mag","magerr",...) until CatalogLoader is on main
    static List<LightCurve> loadCrts(Path lc) throws Exception {
        List<Path> files;
        try (var s = Files.list(lc)) { files = s.sorted().toList(); }
        return files.parallelStream().map(p -> {
            try {
                List<String> lines = Files.readAllLines(p);
                int n = lines.size() - 1;
                double[] t = new double[n], m = new double[n], e = new double[n];
                for (int i = 0; i < n; i++) {
                    String[] f = lines.get(i + 1).split(",");
                    t[i] = Double.parseDouble(f[1]); m[i] = Double.parseDouble(f[2]); e[i] = Double.parseDouble(f[3]);
                }
                return new LightCurve(p.getFileName().toString(), "V", t, m, e);
            } catch (Exception ex) { throw new RuntimeException(p + ": " + ex, ex); }
        }).toList();
    }
}
