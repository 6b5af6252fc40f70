package org.cepheus.learn;

import org.cepheus.catalog.Catalog;
import org.cepheus.service.ProgressMonitor;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.dataset.api.MultiDataSet;
import org.nd4j.linalg.factory.Nd4j;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Training and inference speed of a model kind on a machine, for {@code cepheus bench}: the real
 * pipeline (encoded cache, prefetched batches, the preset's network) on the labelled curves of a
 * catalog. Weights start from the preset's seed and no result is kept: this measures, it does not train.
 */
public final class SpeedBench {
    /** Inference runs in batches of this size (as the PyTorch reference and {@link Predictor}). */
    public static final int INFER_BATCH = 128;
    /** Batches run before timing: JIT, native caches and workspaces warm up on them. */
    static final int WARMUP_BATCHES = 2;

    /**
     * @param samples training samples timed (inference: at least as many, whole passes over the curves)
     * @param threads ND4J native threads during the run, 0 to leave ND4J's setting
     */
    public record Options(String model, Integer batch, int samples, int threads) {
        public Options {
            ModelKinds.byId(model); // an unknown kind fails here, naming the known ones
            if (batch != null && batch < 1) throw new IllegalArgumentException("--batch must be >= 1, got " + batch);
            if (samples < 1) throw new IllegalArgumentException("--samples must be >= 1, got " + samples);
            if (threads < 0) throw new IllegalArgumentException("--threads must be >= 1, got " + threads);
        }
    }

    /**
     * Speeds per wall second and per second of the process's CPU time: on a shared machine the
     * second is what the first would be with the threads' cores to itself.
     */
    public record Result(String model, String backend, String variant, String device, int threads, int batch, int inferBatch,
                         int curves, int trainSamples, double trainSamplesPerS, double trainSamplesPerCpuS,
                         int inferSamples, double inferSamplesPerS, double inferSamplesPerCpuS, double peakRssMb,
                         List<String> inputs) { }

    private SpeedBench() { }

    public static Result run(Catalog catalog, Options o, FeatureStore features, ProgressMonitor monitor) {
        String backend = NativeBackend.load();
        TrainingConfig cfg = TrainingConfig.preset(o.model());
        if (o.batch() != null) cfg = cfg.withBatchSize(o.batch());
        List<Star> stars = TrainingData.usable(catalog, Set.of(), cfg);
        if (stars.isEmpty()) {
            throw new IllegalArgumentException("catalog " + catalog.name() + " has no labelled curves with at least "
                    + cfg.encoding().minPoints() + " points to run the bench on");
        }
        List<String> classes = TrainingData.classNames(stars);
        int[] labels = TrainingData.labelIndices(stars, classes);
        ModelKind kind = cfg.kind();
        int[] saved = threads();
        try {
            if (o.threads() > 0) setThreads(o.threads(), o.threads(), o.threads());
            monitor.progress(-1, "encoding " + stars.size() + " curves");
            List<InputSpec> specs = kind.planInputs(cfg, stars, features);
            List<InputEncoder> encoders = new ArrayList<>();
            for (InputSpec s : specs) encoders.add(kind.encoder(s, features));
            EncodedCache cache = EncodedCache.build(stars, encoders, monitor);
            int[] all = new int[stars.size()];
            Arrays.setAll(all, i -> i);
            List<InputSpec> fitted = new ArrayList<>();
            for (int i = 0; i < specs.size(); i++) fitted.add(specs.get(i).withNormalisation(cache.fit(i, all)));
            float[] weights = new float[classes.size()];
            Arrays.fill(weights, 1f);
            Nd4j.getRandom().setSeed(cfg.seed());
            ComputationGraph net = kind.build(cfg, fitted, weights);
            int bs = cfg.batchSize();
            monitor.progress(-1, "warming up");
            train(net, cache, fitted, all, labels, classes.size(), bs, WARMUP_BATCHES * bs, monitor);
            monitor.progress(-1, "training " + o.samples() + " samples");
            long t0 = System.nanoTime(), c0 = cpuNanos();
            int trained = train(net, cache, fitted, all, labels, classes.size(), bs, o.samples(), monitor);
            double trainS = (System.nanoTime() - t0) / 1e9, trainCpu = (cpuNanos() - c0) / 1e9;
            monitor.progress(-1, "inference");
            infer(net, cache, fitted, all, classes.size(), INFER_BATCH, monitor); // warm-up pass
            t0 = System.nanoTime();
            c0 = cpuNanos();
            int inferred = 0;
            while (inferred < o.samples()) inferred += infer(net, cache, fitted, all, classes.size(), INFER_BATCH, monitor);
            double inferS = (System.nanoTime() - t0) / 1e9, inferCpu = (cpuNanos() - c0) / 1e9;
            return new Result(kind.id(), backend, NativeBackend.variant(), device(), o.threads() > 0 ? o.threads() : saved[0], bs,
                    INFER_BATCH, stars.size(), trained, trained / trainS, trained / trainCpu, inferred, inferred / inferS,
                    inferred / inferCpu, peakRssMb(),
                    fitted.stream().map(s -> s.name() + Arrays.toString(s.shape())).toList());
        } finally {
            if (o.threads() > 0) setThreads(saved[0], saved[1], saved[2]);
        }
    }

    private static int train(ComputationGraph net, EncodedCache cache, List<InputSpec> specs, int[] samples, int[] labels,
                             int classes, int batch, int total, ProgressMonitor monitor) {
        int outputs = net.getNumOutputArrays();
        int n = 0;
        for (long pass = 1; n < total; pass++) {
            try (CachedBatchIterator it = new CachedBatchIterator(cache, specs, samples, labels, classes, batch, pass)) {
                while (it.hasNext() && n < total) {
                    monitor.checkCancelled();
                    MultiDataSet ds = Trainer.forEachOutput(it.next(), outputs);
                    net.fit(ds);
                    n += (int) ds.getFeatures(0).size(0);
                }
            }
        }
        return n;
    }

    private static int infer(ComputationGraph net, EncodedCache cache, List<InputSpec> specs, int[] samples,
                             int classes, int batch, ProgressMonitor monitor) {
        int n = 0;
        try (CachedBatchIterator it = new CachedBatchIterator(cache, specs, samples, null, classes, batch, null)) {
            while (it.hasNext()) {
                monitor.checkCancelled();
                MultiDataSet ds = it.next();
                net.output(false, ds.getFeatures(), ds.getFeaturesMaskArrays());
                n += (int) ds.getFeatures(0).size(0);
            }
        }
        return n;
    }

    /** The CUDA build's devices as ND4J describes them (name, memory), else "CPU". */
    static String device() {
        Object cuda = Nd4j.getExecutioner().getEnvironmentInformation().get("cuda.devicesInformation");
        return cuda == null ? "CPU" : String.valueOf(cuda);
    }

    /** libnd4j's threads, its outer-loop ("master") threads and OpenBLAS's. */
    private static int[] threads() {
        return new int[] {Nd4j.getEnvironment().maxThreads(), Nd4j.getEnvironment().maxMasterThreads(),
                Nd4j.factory().blas().getMaxThreads()};
    }

    // all three: Environment.setMaxThreads alone left maxThreads() unchanged here (M2.1)
    private static void setThreads(int nd4j, int master, int blas) {
        Nd4j.getEnvironment().setMaxThreads(nd4j);
        Nd4j.getEnvironment().setMaxMasterThreads(master);
        Nd4j.factory().blas().setMaxThreads(blas);
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** The process's peak resident memory (Linux VmHWM, which counts native memory too); NaN elsewhere. */
    static double peakRssMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
            }
        } catch (IOException | NumberFormatException | SecurityException e) {
            // not Linux: no figure
        }
        return Double.NaN;
    }
}
