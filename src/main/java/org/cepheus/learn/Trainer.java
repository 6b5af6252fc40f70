package org.cepheus.learn;

import org.cepheus.catalog.Catalog;
import org.cepheus.service.AtomicFiles;
import org.cepheus.service.CancelledException;
import org.cepheus.service.ProgressMonitor;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.api.MultiDataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The training loop behind {@link TrainingJob}: split, encode once, fit normalisation on the
 * training part, build the network, then per epoch a seeded shuffle, minibatch updates with Adam,
 * validation metrics, early stopping on the configured metric, the best model written to the
 * output file and a resumable checkpoint (with the Adam state) beside it.
 *
 * <p>Determinism on CPU: the split, every shuffle and ND4J's random generator (dropout) are seeded
 * from the config seed and the epoch number, so a run and a run resumed after any epoch give the
 * same weights. Workspaces do not affect results; multi-threaded BLAS reductions can in principle
 * reorder sums, which on this backend was not observed to change results for a given thread count.
 */
final class Trainer {
    private static final Logger LOG = LoggerFactory.getLogger(Trainer.class);
    /** Training accuracy is measured on at most this many training stars per epoch (speed). */
    static final int TRAIN_EVAL_SAMPLES = 1000;

    private final Catalog catalog;
    private final TrainingConfig config;
    private final Path out;
    private final TrainingListener listener;
    private final boolean resume;
    private final Set<String> classes;
    private final FeatureStore features;
    private final Set<String> testIds; // null: the preset's split

    Trainer(Catalog catalog, TrainingConfig config, Path out, TrainingListener listener, boolean resume,
            Set<String> classes, FeatureStore features, Set<String> testIds) {
        this.testIds = testIds;
        this.catalog = catalog;
        this.config = config;
        this.out = out;
        this.listener = listener;
        this.resume = resume;
        this.classes = classes;
        this.features = features;
    }

    TrainingOutcome run(ProgressMonitor monitor) throws Exception {
        List<EpochStats> history = new ArrayList<>();
        int bestEpoch = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        State s = null;
        try {
            s = prepare(monitor);
            history.addAll(s.manifest.history());
            bestEpoch = s.bestEpoch;
            bestScore = s.bestScore;
            int sinceBest = s.sinceBest;
            int iteration = s.iteration;
            TrainingOutcome.Status status = TrainingOutcome.Status.COMPLETED;
            double secondsSum = 0;
            int epochsRun = 0;
            int outputs = s.net.getNumOutputArrays(); // ensemble members, each with its own output
            for (int epoch = s.epochsDone + 1; epoch <= config.epochs(); epoch++) {
                long t0 = System.nanoTime();
                // everything random in this epoch depends only on (seed, epoch): resumable, reproducible
                Nd4j.getRandom().setSeed(config.seed() * 1_000_003L + epoch);
                double lossSum = 0;
                long lossCount = 0;
                // the iterator's prefetch thread ends with the epoch
                try (CachedBatchIterator it = new CachedBatchIterator(s.cache, s.specs, s.train, s.labels,
                        s.classNames.size(), config.batchSize(), config.seed() * 31 + epoch)) {
                    int nb = it.batches(), b = 0;
                    while (it.hasNext()) {
                        monitor.checkCancelled();
                        MultiDataSet ds = forEachOutput(it.next(), outputs);
                        s.net.fit(ds);
                        double loss = s.net.score() / outputs; // members' mean loss
                        long size = ds.getFeatures(0).size(0);
                        lossSum += loss * size;
                        lossCount += size;
                        listener.onIteration(iteration++, epoch, loss);
                        b++;
                        monitor.progress(((epoch - 1) + b / (double) nb) / config.epochs(),
                                String.format("epoch %d/%d, batch %d/%d, loss %.4f", epoch, config.epochs(), b, nb, loss));
                    }
                }
                monitor.checkCancelled();
                Scores val = scores(s, s.val, monitor);
                Scores tr = scores(s, s.trainEval, monitor);
                double score = config.earlyStopping() == TrainingConfig.EarlyStopping.MACRO_F1 ? val.macroF1 : -val.loss;
                boolean improved = score > bestScore + 1e-9;
                double seconds = (System.nanoTime() - t0) / 1e9;
                secondsSum += seconds;
                epochsRun++;
                double eta = secondsSum / epochsRun * (config.epochs() - epoch);
                EpochStats st = new EpochStats(epoch, lossSum / Math.max(1, lossCount), val.loss, tr.accuracy,
                        val.accuracy, val.macroF1, seconds, eta, improved);
                history.add(st);
                if (improved) {
                    bestScore = score;
                    bestEpoch = epoch;
                    sinceBest = 0;
                    new ModelBundle(s.manifest.withTraining(history, bestEpoch, null), s.net).save(TrainingJob.bestPath(out));
                } else {
                    sinceBest++;
                }
                Manifest.ResumeState rs = new Manifest.ResumeState(epoch, iteration, bestScore, bestEpoch, sinceBest);
                new ModelBundle(s.manifest.withTraining(history, bestEpoch, rs), s.net)
                        .save(TrainingJob.checkpointPath(out), true);
                listener.onEpoch(st);
                if (sinceBest >= config.patience() && epoch < config.epochs()) {
                    status = TrainingOutcome.Status.EARLY_STOPPED;
                    break;
                }
            }
            EvaluationResult test = finish(s, history, bestEpoch, monitor);
            Files.deleteIfExists(TrainingJob.checkpointPath(out));
            return done(new TrainingOutcome(status, out, bestEpoch, bestScore, history, test, null));
        } catch (CancelledException e) {
            // the user stopped the run: the best weights so far become the model
            Path best = TrainingJob.bestPath(out);
            if (Files.exists(best)) AtomicFiles.moveIntoPlace(best, out);
            boolean madeOne = bestEpoch > 0 && Files.exists(out);
            return done(new TrainingOutcome(TrainingOutcome.Status.CANCELLED, madeOne ? out : null,
                    bestEpoch, bestScore, history, null, null));
        } catch (Exception | OutOfMemoryError e) {
            listener.onFinished(new TrainingOutcome(TrainingOutcome.Status.FAILED, null, bestEpoch, bestScore,
                    history, null, e.getMessage()));
            throw e;
        } finally {
            // the model is in its file now: the network's native parameters, gradients and Adam
            // state go at once, not whenever the collector gets to them (runs in a row, e.g. the
            // audit's folds, piled them up)
            if (s != null && s.net != null) s.net.close();
        }
    }

    private TrainingOutcome done(TrainingOutcome o) {
        listener.onFinished(o);
        return o;
    }

    /** Everything a run needs, freshly planned or restored from the checkpoint. */
    private static final class State {
        List<String> classNames;
        List<InputSpec> specs;
        EncodedCache cache;
        int[] labels, train, val, test, trainEval;
        float[] weights;
        ComputationGraph net;
        Manifest manifest;
        int epochsDone, iteration, bestEpoch, sinceBest;
        double bestScore = Double.NEGATIVE_INFINITY;
    }

    private State prepare(ProgressMonitor monitor) throws IOException {
        monitor.progress(-1, "preparing training data");
        List<Star> stars = TrainingData.usable(catalog, classes, config);
        Map<String, Star> byId = new HashMap<>();
        for (Star st : stars) byId.put(st.id(), st);
        State s = new State();
        Path ckpt = TrainingJob.checkpointPath(out);
        ModelBundle restored = null;
        Manifest.SplitIds split;
        if (resume && Files.exists(ckpt)) {
            restored = ModelBundle.load(ckpt, true);
            Manifest m = restored.manifest();
            if (m.resume() == null) throw new InvalidBundleException(ckpt, "not a resumable checkpoint");
            if (!sameRun(m.config(), config)) {
                throw new InvalidBundleException(ckpt, "was written with other settings (model, seed, batch, "
                        + "learning rate or architecture differ); delete it or train with the same settings");
            }
            split = m.split();
            s.classNames = m.classNames();
            s.specs = m.inputs();
        } else {
            if (stars.isEmpty()) {
                throw new IllegalArgumentException("catalog " + catalog.name() + " has no labelled curves with at least "
                        + config.encoding().minPoints() + " points" + (classes.isEmpty() ? "" : " of classes " + classes));
            }
            s.classNames = TrainingData.classNames(stars);
            if (s.classNames.size() < 2) {
                throw new IllegalArgumentException("need at least 2 classes to train, found " + s.classNames);
            }
            split = testIds == null ? StratifiedSplit.split(catalog.name(), stars, config.split(), config.seed())
                    : StratifiedSplit.splitWithTest(catalog.name(), stars, config.split(), config.seed(), testIds);
        }
        List<Star> trainStars = pick(split.train(), byId, ckpt);
        List<Star> valStars = pick(split.validation(), byId, ckpt);
        List<Star> testStars = pick(split.test(), byId, ckpt);
        if (trainStars.isEmpty() || valStars.isEmpty()) {
            throw new IllegalArgumentException("too few labelled stars to split into training and validation parts");
        }
        if (s.specs == null) s.specs = config.kind().planInputs(config, trainStars, features);
        ModelKind kind = config.kind();
        List<InputEncoder> encoders = new ArrayList<>();
        for (InputSpec spec : s.specs) encoders.add(kind.encoder(spec, features));
        List<Star> all = new ArrayList<>(trainStars);
        all.addAll(valStars);
        all.addAll(testStars);
        s.cache = EncodedCache.build(all, encoders, monitor);
        s.labels = TrainingData.labelIndices(all, s.classNames);
        s.train = range(0, trainStars.size());
        s.val = range(trainStars.size(), trainStars.size() + valStars.size());
        s.test = range(trainStars.size() + valStars.size(), all.size());
        s.trainEval = trainEvalSubset(s.train);
        s.weights = config.classWeights() ? TrainingData.classWeights(s.labels, s.train, s.classNames.size())
                : ones(s.classNames.size());
        if (restored == null) {
            List<InputSpec> fitted = new ArrayList<>();
            for (int i = 0; i < s.specs.size(); i++) fitted.add(s.specs.get(i).withNormalisation(s.cache.fit(i, s.train)));
            s.specs = List.copyOf(fitted);
            Nd4j.getRandom().setSeed(config.seed());
            s.net = kind.build(config, s.specs, s.weights);
            s.manifest = new Manifest(ModelBundle.FORMAT_VERSION, kind.id(), s.classNames, s.specs, config, split,
                    List.of(), 0, null, TrainingData.profile(trainStars, config.encoding().band()),
                    Versions.software(), Versions.backend(), null, null);
        } else {
            s.net = restored.network();
            Manifest m = restored.manifest();
            s.manifest = m.withTraining(m.history(), m.bestEpoch(), null);
            // the checkpoint may have been written with fewer planned epochs
            s.manifest = new Manifest(m.formatVersion(), m.modelKind(), m.classNames(), m.inputs(), config, m.split(),
                    m.history(), m.bestEpoch(), null, m.profile(), Versions.software(), Versions.backend(), null, null);
            s.epochsDone = m.resume().epochsDone();
            s.iteration = m.resume().iteration();
            s.bestEpoch = m.resume().bestEpoch();
            s.bestScore = m.resume().bestScore();
            s.sinceBest = m.resume().epochsSinceBest();
            LOG.info("resuming from {} after epoch {}", ckpt, s.epochsDone);
        }
        return s;
    }

    /** A checkpoint fits this run when everything but the number of epochs and patience agree. */
    static boolean sameRun(TrainingConfig a, TrainingConfig b) {
        return a.withEpochs(1).withPatience(1).equals(b.withEpochs(1).withPatience(1));
    }

    private static List<Star> pick(List<String> ids, Map<String, Star> byId, Path ckpt) throws IOException {
        List<Star> out = new ArrayList<>(ids.size());
        for (String id : ids) {
            Star s = byId.get(id);
            if (s == null) throw new InvalidBundleException(ckpt, "star " + id + " of its split is not in this catalog; "
                    + "resume with the same catalog and classes");
            out.add(s);
        }
        return out;
    }

    private static int[] trainEvalSubset(int[] train) {
        if (train.length <= TRAIN_EVAL_SAMPLES) return train;
        int[] copy = train.clone();
        CachedBatchIterator.shuffle(copy, new java.util.Random(7));
        return java.util.Arrays.copyOf(copy, TRAIN_EVAL_SAMPLES);
    }

    private record Scores(double loss, double accuracy, double macroF1, int[][] confusion) { }

    /** The same labels for every output of an ensemble, each member learning on its own. */
    static MultiDataSet forEachOutput(MultiDataSet ds, int outputs) {
        if (outputs == 1) return ds;
        INDArray[] labels = new INDArray[outputs];
        java.util.Arrays.fill(labels, ds.getLabels(0));
        return new org.nd4j.linalg.dataset.MultiDataSet(ds.getFeatures(), labels, ds.getFeaturesMaskArrays(), null);
    }

    /**
     * Weighted cross-entropy (as the training loss), accuracy and macro-F1 of cached samples; for
     * an ensemble, of its averaged probabilities (the training loss is the members' mean loss).
     */
    private Scores scores(State s, int[] samples, ProgressMonitor monitor) {
        int k = s.classNames.size();
        float[][] p = Predictor.probabilities(s.net, s.cache, s.specs, samples, k, monitor);
        int[][] confusion = new int[k][k];
        double loss = 0;
        long correct = 0;
        for (int i = 0; i < samples.length; i++) {
            int y = s.labels[samples[i]];
            int q = Predictor.argmax(p[i]);
            confusion[y][q]++;
            if (q == y) correct++;
            loss -= s.weights[y] * Math.log(Math.max(p[i][y], 1e-7));
        }
        int n = Math.max(1, samples.length);
        return new Scores(loss / n, correct / (double) n, Metrics.macroF1(confusion), confusion);
    }

    /** Test metrics of the best model, stored into its bundle. */
    private EvaluationResult finish(State s, List<EpochStats> history, int bestEpoch, ProgressMonitor monitor) throws IOException {
        // the best of this run, or (resumed after a cancel moved it into place) the model file
        Path bestFile = TrainingJob.bestPath(out);
        Path from = Files.exists(bestFile) ? bestFile : resume && bestEpoch > 0 && Files.exists(out) ? out : null;
        if (from == null) return null;
        ModelBundle best = ModelBundle.load(from);
        best = best.withManifest(best.manifest().withTraining(history, best.manifest().bestEpoch(), null));
        if (Boolean.TRUE.equals(config.flags().temperature()) && s.val.length > 0) {
            monitor.progress(-1, "fitting the softmax temperature on the validation part");
            best = best.withManifest(best.manifest().withTemperature(Calibration.fit(best.network(), s.cache,
                    best.manifest().inputs(), s.val, s.labels, monitor)));
        }
        double temperature = best.manifest().temperatureOrOne();
        EvaluationResult test = null;
        if (s.test.length > 0) {
            monitor.progress(-1, "evaluating the best model on the test part");
            float[][] p = Predictor.probabilities(best.network(), s.cache, best.manifest().inputs(), s.test,
                    s.classNames.size(), temperature, monitor);
            List<Prediction> preds = new ArrayList<>();
            List<String> ids = best.manifest().split().test();
            for (int i = 0; i < s.test.length; i++) {
                preds.add(new Prediction(ids.get(i), s.classNames.get(s.labels[s.test[i]]),
                        s.classNames.get(Predictor.argmax(p[i])), p[i]));
            }
            test = EvaluationResult.of(s.classNames, preds, Map.of(), 0);
            best = best.withManifest(best.manifest().withTestMetrics(Manifest.MetricsSummary.of(test)));
        }
        TrainingConfig.NoveltySettings ns = config.flags().novelty();
        if (ns != null) {
            monitor.progress(-1, "fitting the novelty detector on the training part");
            best = best.withManifest(best.manifest().withNovelty(Novelty.fit(best.network(), s.cache,
                    best.manifest().inputs(), s.train, s.val, s.labels, s.classNames.size(), ns, temperature, monitor)));
        }
        best.save(out);
        best.network().close();
        Files.deleteIfExists(bestFile);
        return test;
    }

    private static int[] range(int from, int to) {
        int[] r = new int[to - from];
        for (int i = 0; i < r.length; i++) r[i] = from + i;
        return r;
    }

    private static float[] ones(int n) {
        float[] w = new float[n];
        java.util.Arrays.fill(w, 1f);
        return w;
    }
}
