import org.cepheus.catalog.Catalog;
import org.cepheus.catalog.CatalogLoader;
import org.cepheus.learn.FeatureStore;
import org.cepheus.learn.SpeedBench;
import org.cepheus.service.ProgressMonitor;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Set;

/**
 * Training and inference speed of a model kind with the real pipeline (SpeedBench: encoded cache,
 * prefetched batches, the preset's network) on 420 real CRTS curves (60 per paper class).
 * Usage: TrainBench CRTS_DIR KIND [batches]   e.g. ../shared/data/crts cnn-lstm 12
 * Prints process CPU time beside wall time: the machine is shared (see bench/README.md).
 * Experiments (bench/README.md, "2 threads"): -Dsetenv=POLICY sets OMP_WAIT_POLICY through libc before
 * ND4J loads; -Dew / -Dtad / -Dmaster set ND4J's elementwise / TAD thresholds and master threads.
 */
public class TrainBench {
    public static void main(String[] a) throws Exception {
        if (System.getProperty("setenv") != null) {
            com.sun.jna.NativeLibrary c = com.sun.jna.NativeLibrary.getInstance("c");
            int rc = c.getFunction("setenv").invokeInt(new Object[] {"OMP_WAIT_POLICY", System.getProperty("setenv"), 1});
            System.out.println("env: setenv rc " + rc + " getenv " + c.getFunction("getenv").invokeString(new Object[] {"OMP_WAIT_POLICY"}, false));
        }
        org.cepheus.learn.NativeBackend.load();
        var env = org.nd4j.linalg.factory.Nd4j.getEnvironment();
        if (System.getProperty("ew") != null) env.setElementwiseThreshold(Integer.getInteger("ew"));
        if (System.getProperty("tad") != null) env.setTadThreshold(Integer.getInteger("tad"));
        if (System.getProperty("master") != null) env.setMaxMasterThreads(Integer.getInteger("master"));
        System.out.printf("env: maxThreads %d master %d elementwise %d tad %d%n", env.maxThreads(), env.maxMasterThreads(), env.elementwiseThreshold(), env.tadThreshold());
        Path crts = Path.of(a.length > 0 ? a[0] : "../shared/data/crts");
        String kind = a.length > 1 ? a[1] : "cnn-lstm";
        int batches = a.length > 2 ? Integer.parseInt(a[2]) : 20;
        Catalog cat = CatalogLoader.load(crts, CatalogLoader.Options.defaults()
                .withClasses(Set.of("EW", "EA", "RRab", "RRc", "RRd", "RS_CVn", "LPV")).withPerClassCap(60), ProgressMonitor.NONE);
        double load0 = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        long cpu0 = cpu(), t0 = System.nanoTime();
        SpeedBench.Result r = SpeedBench.run(cat, new SpeedBench.Options(kind, null, batches * 32, 0), FeatureStore.inMemory(), ProgressMonitor.NONE);
        double wall = (System.nanoTime() - t0) / 1e9, cpuS = (cpu() - cpu0) / 1e9;
        System.out.printf("%s: %d curves, inputs %s, backend %s (%s), %d threads, load average %.1f%n", r.model(), r.curves(),
                r.inputs(), r.backend(), r.variant(), r.threads(), load0);
        System.out.printf("train (batch %d): %d samples, %.1f samples/s wall, %.1f per CPU s; inference (batch %d): %d samples, "
                + "%.1f samples/s wall, %.1f per CPU s; peak RSS %.0f MB; whole run %.1f s wall, %.1f s CPU%n", r.batch(),
                r.trainSamples(), r.trainSamplesPerS(), r.trainSamplesPerCpuS(), r.inferBatch(), r.inferSamples(),
                r.inferSamplesPerS(), r.inferSamplesPerCpuS(), r.peakRssMb(), wall, cpuS);
        System.exit(0);
    }

    static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
