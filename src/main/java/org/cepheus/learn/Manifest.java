package org.cepheus.learn;

import java.util.List;
import java.util.Map;

/**
 * manifest.json of a model bundle: everything needed to apply the network to new curves exactly
 * as in training, and to reproduce or judge the run. Written and read with Jackson.
 *
 * @param formatVersion bundle format; loading refuses other versions
 * @param modelKind     {@link ModelKind#id()}
 * @param classNames    class names in the network's output order
 * @param inputs        network inputs with encoder parameters and fitted normalisation
 * @param config        the full training configuration (after command-line overrides)
 * @param split         the star ids of each part, so "evaluate --split test" uses exactly them
 * @param history       every finished epoch
 * @param bestEpoch     the epoch whose weights this bundle holds (0 when none)
 * @param testMetrics   metrics on the test part (null until training finished)
 * @param profile       what the training curves looked like (for classification flags)
 * @param software      versions: cepheus, dl4j, java
 * @param backend       ND4J backend that trained it (e.g. CpuBackend)
 * @param created       ISO-8601 time of writing
 * @param resume        trainer state for resuming (in checkpoints; null in a finished bundle)
 * @param novelty       the novelty detector fitted after training (null in bundles written before
 *                      it existed, or when the preset asks for none: predictions then carry NaN)
 * @param temperature   the softmax temperature fitted on the validation stars after training
 *                      (probabilities are softmax(logits / T)); null in bundles written before it
 *                      existed or when the preset asks for none: T = 1, the network's own output
 */
public record Manifest(int formatVersion, String modelKind, List<String> classNames,
                       List<InputSpec> inputs, TrainingConfig config, SplitIds split,
                       List<EpochStats> history, int bestEpoch, MetricsSummary testMetrics,
                       DataProfile profile, Map<String, String> software, String backend,
                       String created, ResumeState resume, NoveltyModel novelty, Double temperature) {

    @com.fasterxml.jackson.annotation.JsonCreator
    public Manifest {
        classNames = List.copyOf(classNames);
        inputs = List.copyOf(inputs);
        history = history == null ? List.of() : List.copyOf(history);
        software = software == null ? Map.of() : Map.copyOf(software);
    }

    /** The temperature the probabilities are computed at: 1 when none was fitted. */
    public double temperatureOrOne() {
        return temperature == null ? 1.0 : temperature;
    }

    /** Without a novelty detector (as before it existed). */
    public Manifest(int formatVersion, String modelKind, List<String> classNames, List<InputSpec> inputs,
                    TrainingConfig config, SplitIds split, List<EpochStats> history, int bestEpoch,
                    MetricsSummary testMetrics, DataProfile profile, Map<String, String> software, String backend,
                    String created, ResumeState resume) {
        this(formatVersion, modelKind, classNames, inputs, config, split, history, bestEpoch, testMetrics, profile,
                software, backend, created, resume, null, null);
    }

    public Manifest withNovelty(NoveltyModel n) {
        return new Manifest(formatVersion, modelKind, classNames, inputs, config, split, history,
                bestEpoch, testMetrics, profile, software, backend, created, resume, n, temperature);
    }

    public Manifest withTemperature(Double t) {
        return new Manifest(formatVersion, modelKind, classNames, inputs, config, split, history,
                bestEpoch, testMetrics, profile, software, backend, created, resume, novelty, t);
    }

    public Manifest withTraining(List<EpochStats> newHistory, int newBestEpoch, ResumeState newResume) {
        return new Manifest(formatVersion, modelKind, classNames, inputs, config, split, newHistory,
                newBestEpoch, testMetrics, profile, software, backend, created, newResume, novelty, temperature);
    }

    public Manifest withTestMetrics(MetricsSummary m) {
        return new Manifest(formatVersion, modelKind, classNames, inputs, config, split, history,
                bestEpoch, m, profile, software, backend, created, resume, novelty, temperature);
    }

    public Manifest stamped(String time) {
        return new Manifest(formatVersion, modelKind, classNames, inputs, config, split, history,
                bestEpoch, testMetrics, profile, software, backend, time, resume, novelty, temperature);
    }

    /** The held-back star ids of each part of the stratified split, and the catalog they came from. */
    public record SplitIds(String catalog, long seed, List<String> train, List<String> validation,
                           List<String> test) {
        public SplitIds {
            train = List.copyOf(train);
            validation = List.copyOf(validation);
            test = List.copyOf(test);
        }

        public List<String> part(SplitPart p) {
            return switch (p) {
                case TRAIN -> train;
                case VALIDATION -> validation;
                case TEST -> test;
                case ALL -> throw new IllegalArgumentException("ALL is not a stored part");
            };
        }
    }

    /** Headline metrics kept in the manifest (per-star predictions are not stored). */
    public record MetricsSummary(int count, double accuracy, double macroPrecision, double macroRecall,
                                 double macroF1, double[] f1, int[][] confusion) {
        public static MetricsSummary of(EvaluationResult r) {
            return new MetricsSummary(r.count(), r.accuracy(), r.macroPrecision(), r.macroRecall(),
                    r.macroF1(), r.f1(), r.confusion());
        }
    }

    /**
     * Ranges of the training curves, for flagging curves unlike anything the model saw.
     *
     * @param minPoints     fewest points of a training curve
     * @param lowPoints     5th percentile of the number of points
     * @param cadenceLow    1st percentile of the median time step (days)
     * @param cadenceHigh   99th percentile of the median time step
     * @param baselineLow   1st percentile of the time span (days)
     * @param baselineHigh  99th percentile of the time span
     */
    public record DataProfile(int minPoints, int lowPoints, double cadenceLow, double cadenceHigh,
                              double baselineLow, double baselineHigh) {
    }

    /**
     * Where training stopped, to continue from a checkpoint.
     *
     * @param epochsDone      finished epochs
     * @param iteration       minibatches done
     * @param bestScore       best early-stopping score so far
     * @param bestEpoch       epoch of that score
     * @param epochsSinceBest epochs without improvement
     */
    public record ResumeState(int epochsDone, int iteration, double bestScore, int bestEpoch,
                              int epochsSinceBest) {
    }
}
