import org.cepheus.catalog.Catalog;
import org.cepheus.catalog.CatalogLoader;
import org.cepheus.learn.*;
import org.cepheus.service.ProgressMonitor;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.dataset.api.MultiDataSet;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Training and inference speed of a model kind with the real pipeline (encoded cache, prefetching
 * batches, the preset's network) on real CRTS curves of the 7 paper classes.
 * Usage: TrainBench CRTS_DIR KIND [batches]   e.g. ../shared/data/crts cnn-lstm 20
 * On a machine shared with other jobs run it with OMP_NUM_THREADS=1 (see docs/learning.md).
 */
public class TrainBench {
    public static void main(String[] a) throws Exception {
        Path crts = Path.of(a.length > 0 ? a[0] : "../shared/data/crts");
        String kind = a.length > 1 ? a[1] : "cnn-lstm";
        int batches = a.length > 2 ? Integer.parseInt(a[2]) : 20;
        Catalog cat = CatalogLoader.load(crts, CatalogLoader.Options.defaults()
                .withClasses(Set.of("EW", "EA", "RRab", "RRc", "RRd", "RS_CVn", "LPV")).withPerClassCap(60), ProgressMonitor.NONE);
        List<Star> stars = Star.of(cat);
        TrainingConfig cfg = TrainingConfig.preset(kind);
        ModelKind k = cfg.kind();
        List<InputSpec> specs = k.planInputs(cfg, stars);
        List<InputEncoder> enc = new ArrayList<>();
        for (InputSpec s : specs) enc.add(k.encoder(s));
        long t0 = System.nanoTime();
        EncodedCache cache = EncodedCache.build(stars, enc, ProgressMonitor.NONE);
        double encS = (System.nanoTime() - t0) / 1e9;
        int[] idx = new int[stars.size()];
        for (int i = 0; i < idx.length; i++) idx[i] = i;
        List<InputSpec> fitted = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) fitted.add(specs.get(i).withNormalisation(cache.fit(i, idx)));
        List<String> classes = new ArrayList<>(new java.util.TreeSet<>(cat.classCounts().keySet()));
        int[] labels = new int[stars.size()];
        for (int i = 0; i < labels.length; i++) labels[i] = classes.indexOf(stars.get(i).label());
        float[] w = new float[classes.size()];
        java.util.Arrays.fill(w, 1f);
        ComputationGraph net = k.build(cfg, fitted, w);
        System.out.printf("%s: %d stars, inputs %s, encoding %.2f s, load average %.1f%n", kind, stars.size(),
                specs.stream().map(s -> s.name() + java.util.Arrays.toString(s.shape())).toList(), encS,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        int bs = cfg.batchSize();
        // warm-up: 3 batches
        run(net, cache, fitted, idx, labels, classes.size(), bs, 3);
        long cpu0 = cpu();
        t0 = System.nanoTime();
        int n = run(net, cache, fitted, idx, labels, classes.size(), bs, batches);
        double s = (System.nanoTime() - t0) / 1e9, cpuS = (cpu() - cpu0) / 1e9;
        System.out.printf("train (batch %d): %d samples in %.1f s = %.1f samples/s wall; CPU %.1f s = %.1f samples per CPU second%n",
                bs, n, s, n / s, cpuS, n / cpuS);
        cpu0 = cpu();
        t0 = System.nanoTime();
        CachedBatchIterator it = new CachedBatchIterator(cache, fitted, idx, null, classes.size(), 128, null);
        int m = 0;
        while (it.hasNext()) {
            MultiDataSet ds = it.next();
            net.output(false, ds.getFeatures(), ds.getFeaturesMaskArrays());
            m += (int) ds.getFeatures(0).size(0);
        }
        s = (System.nanoTime() - t0) / 1e9;
        cpuS = (cpu() - cpu0) / 1e9;
        System.out.printf("inference (batch 128): %d samples in %.1f s = %.1f samples/s wall; CPU %.1f s = %.1f samples per CPU second%n",
                m, s, m / s, cpuS, m / cpuS);
        System.exit(0);
    }

    static int run(ComputationGraph net, EncodedCache cache, List<InputSpec> specs, int[] idx, int[] labels, int k, int bs, int batches) {
        int n = 0;
        while (n < batches * bs) {
            CachedBatchIterator it = new CachedBatchIterator(cache, specs, idx, labels, k, bs, 1L + n);
            while (it.hasNext() && n < batches * bs) {
                MultiDataSet ds = it.next();
                net.fit(ds);
                n += (int) ds.getFeatures(0).size(0);
            }
        }
        return n;
    }

    static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
