import java.nio.file.Path;
import java.util.Arrays;
import org.cepheus.catalog.Catalog;
import org.cepheus.catalog.CatalogLoader;
import org.cepheus.service.ProgressMonitor;

/**
 * Warm load time of a whole catalog folder (default ../shared/data/crts: 5,757 CRTS files).
 * Usage: java -cp "target/cepheus.jar:target/lib/*" bench/CatalogLoadBench.java [PATH] [REPETITIONS]
 * Prints every repetition, then best and median of the warm ones (the first 3 runs warm the JIT
 * and the page cache and are not counted). CPU time is printed too: on a machine shared with
 * other jobs the wall time is noisy, the CPU time much less so.
 */
public class CatalogLoadBench {
    public static void main(String[] args) throws Exception {
        Path path = Path.of(args.length > 0 ? args[0] : "../shared/data/crts");
        int reps = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int warmup = 3;
        System.out.printf("catalog %s, %d cores, %d warm-up + %d measured runs%n", path,
                Runtime.getRuntime().availableProcessors(), warmup, reps);
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        double[] times = new double[reps];
        double[] cpus = new double[reps];
        Catalog last = null;
        for (int i = -warmup; i < reps; i++) {
            long c0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            last = CatalogLoader.load(path, CatalogLoader.Options.defaults(), ProgressMonitor.NONE);
            double s = (System.nanoTime() - t0) / 1e9;
            double cpu = (os.getProcessCpuTime() - c0) / 1e9;
            if (i >= 0) {
                times[i] = s;
                cpus[i] = cpu;
            }
            System.out.printf("%s %.3f s wall, %.3f s cpu (%d curves, %d problems)%n", i < 0 ? "warm-up" : "run    ",
                    s, cpu, last.size(), last.problems().size());
        }
        Arrays.sort(times);
        Arrays.sort(cpus);
        long points = last.curves().stream().mapToLong(c -> c.size()).sum();
        System.out.printf("RESULT load %s: best %.3f s, median %.3f s wall; cpu (all threads, incl. GC/JIT) "
                + "best %.3f s, median %.3f s (%d curves, %d points)%n", path, times[0], times[reps / 2],
                cpus[0], cpus[reps / 2], last.size(), points);
    }
}
