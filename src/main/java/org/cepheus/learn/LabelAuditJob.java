package org.cepheus.learn;

import org.cepheus.catalog.Catalog;
import org.cepheus.catalog.LightCurve;
import org.cepheus.catalog.MemoryBudget;
import org.cepheus.lightcurve.FeatureExtractor;
import org.cepheus.service.CancelledException;
import org.cepheus.service.Job;
import org.cepheus.service.ProgressMonitor;
import org.nd4j.linalg.factory.Nd4j;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * The label audit: K-fold out-of-fold predictions for every labelled star (each star is scored
 * only by the model of the fold that left it out), ranked confident-learning style (Northcutt et
 * al. 2021) by how far the probability of its given class falls below that class's own threshold
 * (the mean probability the class's stars get), with the most probable other class suggested and
 * the photometric evidence (period, amplitude, colour). The same job for the CLI and the GUI;
 * cancellable between minibatches; the fold models live in the work folder given (the system temporary folder for the CLI and GUI) only while it runs.
 */
public final class LabelAuditJob implements Job<AuditResult> {
    /** Inside a fold's training stars, the share kept for early stopping (the rest trains). */
    static final double FOLD_VALIDATION = 0.2;

    private final Catalog catalog;
    private final TrainingConfig config;
    private final int folds;
    private final Path workDir;
    private Set<String> classes = Set.of();
    private FeatureStore features;
    private ThreadBudget threads = ThreadBudget.unchanged();
    private long heapBytes = Runtime.getRuntime().maxMemory();

    /**
     * @param config  the model kind's preset (its seed also assigns the folds)
     * @param folds   K, 2 or more
     * @param workDir an existing folder for the fold models while they are needed
     */
    public LabelAuditJob(Catalog catalog, TrainingConfig config, int folds, Path workDir) {
        if (folds < 2) throw new IllegalArgumentException("--folds must be 2 or more, got " + folds);
        this.catalog = catalog;
        this.config = config;
        this.folds = folds;
        this.workDir = workDir;
    }

    public LabelAuditJob classes(Set<String> names) {
        this.classes = Set.copyOf(names);
        return this;
    }

    public LabelAuditJob features(FeatureStore store) {
        this.features = store;
        return this;
    }

    public LabelAuditJob threads(ThreadBudget budget) {
        this.threads = budget;
        return this;
    }

    /**
     * While a fold trains, a collection at most this often (ms), between minibatches. Each fold
     * makes millions of small arrays whose native buffers ND4J frees only once their Java objects
     * are collected; many outlive a young collection, and the heap (a quarter of the machine's
     * memory when no -Xmx is given) grew to hold them rather than collect them: 5.1 GB RSS for
     * the CRTS catalog in 5 folds (docs/results.md). ND4J's own periodic collection
     * (MemoryManager.togglePeriodicGc) did not keep the heap from growing in a measured run.
     */
    static final long GC_WINDOW_MS = 10_000;

    @Override
    public AuditResult run(ProgressMonitor monitor) throws Exception {
        // a folder of its own: names made from the process id met another run's files in a
        // shared temporary folder (a fold's checkpoint vanished mid-write on this machine)
        Path scratch = Files.createTempDirectory(workDir, ".cepheus-audit-");
        try {
            if (features != null) return audit(features, scratch, monitor);
            try (FeatureStore own = FeatureStore.inMemory()) {
                return audit(own, scratch, monitor);
            }
        } finally {
            try (var left = Files.list(scratch)) {
                for (Path f : left.toList()) Files.deleteIfExists(f);
            }
            Files.deleteIfExists(scratch);
        }
    }

    private AuditResult audit(FeatureStore store, Path scratch, ProgressMonitor monitor) throws Exception {
        List<Star> stars = TrainingData.usable(catalog, classes, config);
        List<String> classNames = TrainingData.classNames(stars);
        if (classNames.size() < 2) {
            throw new IllegalArgumentException("catalog " + catalog.name() + ": the audit needs labelled stars of at least 2 classes, found "
                    + classNames);
        }
        int[] fold = assignFolds(stars, folds, config.seed());
        checkHeap(stars, heapBytes);
        Map<String, List<LightCurve>> curves = catalog.byStar();
        float[][] p = new float[stars.size()][];
        List<Set<String>> trained = new ArrayList<>();
        TrainingConfig foldConfig = forFolds(config);
        double evidenceShare = 0.1;
        for (int f = 0; f < folds; f++) {
            ProgressMonitor part = monitor.part((1 - evidenceShare) * f / folds, (1 - evidenceShare) * (f + 1) / folds);
            List<LightCurve> trainCurves = new ArrayList<>();
            List<Star> heldOut = new ArrayList<>();
            List<Integer> heldIdx = new ArrayList<>();
            for (int i = 0; i < stars.size(); i++) {
                if (fold[i] == f) {
                    heldOut.add(stars.get(i));
                    heldIdx.add(i);
                } else {
                    trainCurves.addAll(curves.get(stars.get(i).id()));
                }
            }
            if (heldOut.isEmpty()) {
                trained.add(Set.of());
                continue;
            }
            Path model = scratch.resolve("fold" + (f + 1) + ".zip");
            try {
                int shown = f + 1;
                ProgressMonitor train = new ProgressMonitor() {
                    private long lastGc = System.nanoTime();

                    @Override public void progress(double fraction, String message) {
                        part.progress(fraction < 0 ? fraction : 0.9 * fraction, "fold " + shown + " of " + folds + ": " + message);
                        // called between minibatches on the training thread (see GC_WINDOW_MS)
                        if (System.nanoTime() - lastGc > GC_WINDOW_MS * 1_000_000L) {
                            System.gc();
                            lastGc = System.nanoTime();
                        }
                    }
                    @Override public boolean isCancelled() { return part.isCancelled(); }
                };
                TrainingOutcome o = new TrainingJob(new Catalog(catalog.name(), trainCurves, List.of()), foldConfig, model, null)
                        .classes(classes).features(store).threads(threads).run(train);
                if (o.status() == TrainingOutcome.Status.CANCELLED) throw new CancelledException();
                ModelBundle b = ModelBundle.load(model);
                Set<String> seen = new HashSet<>(b.manifest().split().train());
                seen.addAll(b.manifest().split().validation());
                seen.addAll(b.manifest().split().test());
                trained.add(Set.copyOf(seen));
                try {
                    List<Prediction> preds = new Classifier(b, store).classify(heldOut, part.part(0.9, 1));
                    for (int j = 0; j < preds.size(); j++) p[heldIdx.get(j)] = toGlobal(preds.get(j).probabilities(), b.classNames(), classNames);
                } finally {
                    b.network().close();
                }
            } finally {
                releaseFold();
                Files.deleteIfExists(model);
                Files.deleteIfExists(TrainingJob.bestPath(model));
                Files.deleteIfExists(TrainingJob.checkpointPath(model));
            }
        }
        monitor.progress(1 - evidenceShare, "measuring periods, amplitudes and colours");
        Evidence[] ev = evidence(stars, store, monitor.part(1 - evidenceShare, 1));
        return rank(stars, classNames, p, fold, ev, trained);
    }

    /**
     * What the audit holds besides the network: the curves (as the loader counts them), per star
     * its features and its encoding (a few KB even for sequence and image inputs), plus room for the
     * network, its batches and the period search of the threads. An estimate; the heap also needs
     * room for garbage.
     */
    static final long BYTES_PER_STAR = 32 << 10;
    static final long BASE_BYTES = 512L << 20;

    /** Heap the audit of these stars needs (see {@link #BYTES_PER_STAR}). */
    static long heapNeeded(List<Star> stars) {
        List<LightCurve> all = new ArrayList<>();
        for (Star s : stars) all.addAll(s.curves());
        return MemoryBudget.cost(all) + stars.size() * BYTES_PER_STAR + BASE_BYTES;
    }

    /** Refuses before any fold trains when the heap is smaller than the audit needs, with the -Xmx to use. */
    static void checkHeap(List<Star> stars, long heap) {
        long need = heapNeeded(stars);
        if (heap >= need) return;
        throw new IllegalStateException(String.format(java.util.Locale.ROOT,
                "the audit of %,d stars needs about %d MB of Java heap, this one has %d MB: start Java with -Xmx%dm or more,"
                        + " or audit part of the catalog (--classes, --per-class-cap)",
                stars.size(), need >> 20, heap >> 20, MemoryBudget.suggestXmxMb(need)));
    }

    /** Test hook: the heap the check compares against (default this JVM's maximum). */
    LabelAuditJob heapBytes(long bytes) {
        this.heapBytes = bytes;
        return this;
    }

    /**
     * After a fold: its network is closed, but ND4J frees the native buffers of the arrays it made
     * (batches, outputs, views) only when their Java objects are collected, and a large heap
     * collects rarely, so fold after fold they piled up off the heap. One collection and the
     * thread's workspaces dropped between folds keeps the next fold from starting on top of them.
     */
    private static void releaseFold() {
        Nd4j.getWorkspaceManager().destroyAllWorkspacesForCurrentThread();
        System.gc();
    }

    /**
     * The preset with the fold's own split (no test part: the held-out fold is the test), no
     * novelty detector and no temperature (the audit's ranking was measured at T = 1).
     */
    static TrainingConfig forFolds(TrainingConfig c) {
        TrainingConfig.Flags f = c.flags();
        return new TrainingConfig(c.model(), c.learningRate(), c.batchSize(), c.epochs(), c.seed(), c.patience(),
                new TrainingConfig.Split(1 - FOLD_VALIDATION, FOLD_VALIDATION, 0), c.earlyStopping(), c.classWeights(),
                c.encoding(), new TrainingConfig.Flags(f.minProbability(), f.rangeFactor(), f.minMargin(), null, null), c.architecture());
    }

    /** Stratified: each class's stars, in a seeded shuffle of id order, dealt to the folds in turn. */
    static int[] assignFolds(List<Star> stars, int k, long seed) {
        Map<String, List<Integer>> byClass = new TreeMap<>();
        for (int i = 0; i < stars.size(); i++) byClass.computeIfAbsent(stars.get(i).label(), c -> new ArrayList<>()).add(i);
        int[] fold = new int[stars.size()];
        int offset = 0;
        for (List<Integer> members : byClass.values()) {
            members.sort(Comparator.comparing(i -> stars.get(i).id()));
            java.util.Collections.shuffle(members, new Random(seed * 7919 + members.size()));
            // each class starts where the last ended, so small classes do not all land in fold 1
            for (int j = 0; j < members.size(); j++) fold[members.get(j)] = (offset + j) % k;
            offset = (offset + members.size()) % k;
        }
        return fold;
    }

    private static float[] toGlobal(float[] p, List<String> local, List<String> global) {
        float[] out = new float[global.size()];
        for (int i = 0; i < local.size(); i++) out[global.indexOf(local.get(i))] = p[i];
        return out;
    }

    record Evidence(double period, double amplitude, double colour) {
        static final Evidence NONE = new Evidence(Double.NaN, Double.NaN, Double.NaN);
    }

    /** Period, amplitude and colour from the period-features extractor (cached with the model's when it is that kind). */
    private Evidence[] evidence(List<Star> stars, FeatureStore store, ProgressMonitor monitor) {
        TrainingConfig pf = config.model().equals("period-features") ? config : TrainingConfig.preset("period-features");
        PeriodFeatureInputs.Settings s = PeriodFeatureInputs.withBandsOf(
                pf.architecture(PeriodFeaturesKind.Architecture.class).features(), stars);
        FeatureExtractor fx = PeriodFeatureInputs.extractor(s);
        List<String> names = fx.names(), bands = s.extractor().bands();
        String b0 = bands.get(0).isEmpty() ? "" : bands.get(0) + "_";
        int ptp = names.indexOf(b0 + "log_ptp");
        int colour = bands.size() < 2 ? -1 : names.indexOf("colour_" + bands.get(1) + "_" + bands.get(0));
        Evidence[] out = new Evidence[stars.size()];
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        java.util.stream.IntStream.range(0, stars.size()).parallel().forEach(i -> {
            monitor.checkCancelled();
            try {
                FeatureExtractor.Result r = store.extract(s, fx, stars.get(i));
                double amp = ptp < 0 ? Double.NaN : Math.pow(10, r.scalars()[ptp]);
                out[i] = new Evidence(r.period(), amp, colour < 0 ? Double.NaN : r.scalars()[colour]);
            } catch (RuntimeException e) {
                out[i] = Evidence.NONE; // a curve the extractor cannot use has no evidence, still a rank
            }
            int d = done.incrementAndGet();
            if (d % 256 == 0) monitor.progress(d / (double) stars.size(), "evidence " + d + " of " + stars.size() + " stars");
        });
        return out;
    }

    static AuditResult rank(List<Star> stars, List<String> classNames, float[][] p, int[] fold, Evidence[] ev,
                            List<Set<String>> trained) {
        int k = classNames.size();
        double[] sum = new double[k];
        int[] count = new int[k];
        int[] y = new int[stars.size()];
        for (int i = 0; i < stars.size(); i++) {
            y[i] = classNames.indexOf(stars.get(i).label());
            sum[y[i]] += p[i][y[i]];
            count[y[i]]++;
        }
        double[] t = new double[k];
        for (int c = 0; c < k; c++) t[c] = count[c] == 0 ? Double.NaN : sum[c] / count[c];
        List<AuditResult.Row> rows = new ArrayList<>();
        for (int i = 0; i < stars.size(); i++) {
            int g = y[i], best = -1;
            boolean aboveOwn = false;
            for (int c = 0; c < k; c++) {
                if (c == g) continue;
                if (best < 0 || p[i][c] > p[i][best]) best = c;
                aboveOwn |= p[i][c] >= t[c];
            }
            double suspicion = 1 - p[i][g] / Math.max(t[g], 1e-9);
            boolean issue = p[i][g] < t[g] && aboveOwn;
            Evidence e = ev[i] == null ? Evidence.NONE : ev[i];
            rows.add(new AuditResult.Row(0, stars.get(i).id(), stars.get(i).label(), classNames.get(best), suspicion, issue,
                    p[i], fold[i] + 1, e.period(), e.amplitude(), e.colour()));
        }
        rows.sort(Comparator.comparingDouble(AuditResult.Row::suspicion).reversed().thenComparing(AuditResult.Row::id));
        List<AuditResult.Row> ranked = new ArrayList<>(rows.size());
        for (int r = 0; r < rows.size(); r++) {
            AuditResult.Row o = rows.get(r);
            ranked.add(new AuditResult.Row(r + 1, o.id(), o.given(), o.suggested(), o.suspicion(), o.issue(), o.probabilities(),
                    o.fold(), o.period(), o.amplitude(), o.colour()));
        }
        return new AuditResult(classNames, t, ranked, trained);
    }

    /** The rows by star id. */
    public static Map<String, AuditResult.Row> byId(AuditResult r) {
        Map<String, AuditResult.Row> m = new HashMap<>();
        for (AuditResult.Row row : r.rows()) m.put(row.id(), row);
        return m;
    }
}
