package org.cepheus.learn;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Everything that decides a training run, read from a preset JSON (resources/presets/KIND.json or
 * a user file) and optionally overridden from the command line or the GUI. Kind-specific layer
 * sizes stay as JSON in {@link #architecture()} and are read by the kind into its own record, so
 * a new model kind brings its own architecture fields without touching this class.
 *
 * @param model         model kind id, e.g. "cnn-lstm" (see {@link ModelKinds})
 * @param learningRate  Adam learning rate (paper: 2e-4)
 * @param batchSize     minibatch size
 * @param epochs        maximum number of epochs
 * @param seed          seeds the split, shuffles, weight init and dropout
 * @param patience      epochs without improvement of the early-stopping metric before stopping
 * @param split         train/validation/test fractions (paper: 0.6/0.2/0.2), stratified by class
 * @param earlyStopping metric watched on the validation part
 * @param classWeights  weight the loss by inverse class frequency
 * @param encoding      how curves become network inputs
 * @param flags         thresholds for distrusting a classification
 * @param architecture  kind-specific layer sizes (see e.g. {@link CnnLstmKind.Architecture})
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record TrainingConfig(String model, double learningRate, int batchSize, int epochs, long seed,
                             int patience, Split split, EarlyStopping earlyStopping, boolean classWeights,
                             Encoding encoding, Flags flags, JsonNode architecture) {

    static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true);

    public TrainingConfig {
        if (model == null || model.isBlank()) throw new IllegalArgumentException("preset: 'model' missing");
        if (!(learningRate > 0)) throw new IllegalArgumentException("preset: learningRate must be > 0");
        if (batchSize < 1) throw new IllegalArgumentException("preset: batchSize must be >= 1");
        if (epochs < 1) throw new IllegalArgumentException("preset: epochs must be >= 1");
        if (patience < 1) throw new IllegalArgumentException("preset: patience must be >= 1");
        split = split == null ? Split.PAPER : split;
        earlyStopping = earlyStopping == null ? EarlyStopping.MACRO_F1 : earlyStopping;
        encoding = encoding == null ? Encoding.DEFAULT : encoding;
        flags = flags == null ? Flags.DEFAULT : flags;
        architecture = architecture == null ? NullNode.getInstance() : architecture;
    }

    /** Train/validation/test fractions; they must add up to 1. */
    public record Split(double train, double validation, double test) {
        public static final Split PAPER = new Split(0.6, 0.2, 0.2);

        public Split {
            if (train <= 0 || validation <= 0 || test < 0 || Math.abs(train + validation + test - 1) > 1e-6) {
                throw new IllegalArgumentException("preset: split fractions must be positive and add up to 1, got "
                        + train + "/" + validation + "/" + test);
            }
        }
    }

    /** The validation metric that picks the best checkpoint and stops training. */
    public enum EarlyStopping {
        @com.fasterxml.jackson.annotation.JsonProperty("macro_f1") MACRO_F1,
        @com.fasterxml.jackson.annotation.JsonProperty("val_loss") VAL_LOSS
    }

    /**
     * How curves become inputs.
     *
     * @param sequenceLength    sequence length; 0 = the peak of the training length distribution
     *                          (the paper's rule: 546 on CRTS), clipped to maxSequenceLength
     * @param maxSequenceLength upper bound on the sequence length (memory and speed)
     * @param minPoints         curves with fewer points are left out of training and flagged
     * @param dmdtGrid          "mahabal" (fixed 22x24 edges) or "fd" (Freedman-Diaconis from the
     *                          training curves, 90x53 on OGLE in the paper)
     * @param dmdtScale         how dm-dt pair counts are scaled: "mahabal" (0..255 of the pair
     *                          fraction, Mahabal et al.), "l2" (unit norm) or "raw" (counts)
     * @param includeErrors     add the magnitude errors as a third sequence channel
     * @param band              band to use for one-band inputs; null/empty = the star's first band
     */
    public record Encoding(int sequenceLength, int maxSequenceLength, int minPoints, String dmdtGrid,
                           String dmdtScale, boolean includeErrors, String band) {
        public static final Encoding DEFAULT = new Encoding(0, 546, 10, "mahabal", "mahabal", false, null);

        public Encoding {
            if (sequenceLength < 0 || maxSequenceLength < 1) {
                throw new IllegalArgumentException("preset: sequence lengths must be positive");
            }
            dmdtGrid = dmdtGrid == null ? "mahabal" : dmdtGrid;
            if (!dmdtGrid.equals("mahabal") && !dmdtGrid.equals("fd")) {
                throw new IllegalArgumentException("preset: dmdtGrid must be 'mahabal' or 'fd', got '" + dmdtGrid + "'");
            }
            dmdtScale = dmdtScale == null ? "mahabal" : dmdtScale;
            if (!java.util.Set.of("mahabal", "l2", "raw").contains(dmdtScale)) {
                throw new IllegalArgumentException("preset: dmdtScale must be 'mahabal', 'l2' or 'raw', got '" + dmdtScale + "'");
            }
        }

        /** Without the dm-dt scale and error channel: Mahabal scaling, no error channel. */
        public Encoding(int sequenceLength, int maxSequenceLength, int minPoints, String dmdtGrid, String band) {
            this(sequenceLength, maxSequenceLength, minPoints, dmdtGrid, "mahabal", false, band);
        }

        public Encoding withSequenceLength(int n) { return new Encoding(n, maxSequenceLength, minPoints, dmdtGrid, dmdtScale, includeErrors, band); }
        public Encoding withMaxSequenceLength(int n) { return new Encoding(sequenceLength, n, minPoints, dmdtGrid, dmdtScale, includeErrors, band); }
        public Encoding withMinPoints(int n) { return new Encoding(sequenceLength, maxSequenceLength, n, dmdtGrid, dmdtScale, includeErrors, band); }
        public Encoding withDmdtGrid(String g) { return new Encoding(sequenceLength, maxSequenceLength, minPoints, g, dmdtScale, includeErrors, band); }
        public Encoding withDmdtScale(String s) { return new Encoding(sequenceLength, maxSequenceLength, minPoints, dmdtGrid, s, includeErrors, band); }
        public Encoding withIncludeErrors(boolean b) { return new Encoding(sequenceLength, maxSequenceLength, minPoints, dmdtGrid, dmdtScale, b, band); }
        public Encoding withBand(String b) { return new Encoding(sequenceLength, maxSequenceLength, minPoints, dmdtGrid, dmdtScale, includeErrors, b); }
    }

    /**
     * When a classification is flagged.
     *
     * @param minProbability best-class probability below this is flagged LOW_PROBABILITY
     * @param rangeFactor    cadence or baseline more than this factor outside the training
     *                       range (1st..99th percentile) is flagged
     * @param minMargin      best minus second-best probability below this is flagged
     *                       LOW_PROBABILITY too: unlike minProbability it can fire for any number
     *                       of classes (p &lt; 0.5 never happens with 2); null (older presets): off
     * @param novelty        the novelty detector fitted after training; null (older presets): none
     * @param temperature    true: fit a softmax temperature on the validation stars after training
     *                       (see {@link Calibration}), applied to every prediction; null or false
     *                       (older presets): T = 1
     */
    @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = false)
    public record Flags(double minProbability, double rangeFactor, Double minMargin, NoveltySettings novelty,
                        Boolean temperature) {
        public static final Flags DEFAULT = new Flags(0.5, 2.0);

        @com.fasterxml.jackson.annotation.JsonCreator
        public Flags {
            if (minMargin != null && !(minMargin >= 0 && minMargin <= 1)) {
                throw new IllegalArgumentException("preset: flags.minMargin must be 0 to 1, got " + minMargin);
            }
        }

        public Flags(double minProbability, double rangeFactor) {
            this(minProbability, rangeFactor, null, null, null);
        }
    }

    /**
     * The novelty detector (see {@link Novelty}).
     *
     * @param retention share of validation stars of known classes left unflagged (e.g. 0.95)
     * @param spaces     representations scored: "embedding" (the network's penultimate layer),
     *                   "input" (the first input when it is a feature vector), "probability"
     *                   (1 - the best class probability)
     * @param covariance "per-class" (each class its own spread), "ledoit-wolf" (per class, shrunk
     *                   by Ledoit and Wolf's rule) or "shared" (default)
     * @param relative   true: relative Mahalanobis distance (the nearest class's minus that to one
     *                   Gaussian of all training stars, Ren et al. 2021); null or false: plain
     */
    public record NoveltySettings(double retention, java.util.List<String> spaces, String covariance, Boolean relative) {
        public boolean perClass() { return !covariance.equals(Novelty.SHARED); }

        public boolean relativeOrFalse() { return Boolean.TRUE.equals(relative); }

        public NoveltySettings {
            if (!(retention > 0 && retention < 1)) {
                throw new IllegalArgumentException("preset: flags.novelty.retention must be between 0 and 1, got " + retention);
            }
            spaces = spaces == null || spaces.isEmpty() ? java.util.List.of(NoveltyModel.EMBEDDING) : java.util.List.copyOf(spaces);
            for (String sp : spaces) {
                if (!java.util.List.of(NoveltyModel.EMBEDDING, NoveltyModel.INPUT, NoveltyModel.PROBABILITY).contains(sp)) {
                    throw new IllegalArgumentException("preset: flags.novelty.spaces: '" + sp + "' is not 'embedding', 'input' or 'probability'");
                }
            }
            covariance = covariance == null ? "shared" : covariance;
            if (!java.util.List.of(Novelty.SHARED, Novelty.PER_CLASS, Novelty.LEDOIT_WOLF).contains(covariance)) {
                throw new IllegalArgumentException("preset: flags.novelty.covariance must be 'shared', 'per-class' or 'ledoit-wolf', got '"
                        + covariance + "'");
            }
        }
    }

    /** The built-in preset of a model kind (resources/presets/ID.json). */
    public static TrainingConfig preset(String kindId) {
        ModelKind kind = ModelKinds.byId(kindId);
        String resource = kind.presetResource();
        try (InputStream in = TrainingConfig.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("built-in preset missing: " + resource);
            return JSON.readValue(in, TrainingConfig.class);
        } catch (IOException e) {
            throw new IllegalStateException("built-in preset " + resource + " unreadable: " + e.getMessage(), e);
        }
    }

    /**
     * The preset a command uses for a model kind: the file when given (refused when it is a preset
     * for another kind), else the kind's built-in one.
     */
    public static TrainingConfig forKind(String kindId, Path file) throws IOException {
        if (file == null) return preset(kindId);
        TrainingConfig cfg = read(file);
        if (!cfg.model().equalsIgnoreCase(kindId)) {
            throw new IllegalArgumentException(file + " is a preset for '" + cfg.model() + "', not '" + kindId + "'");
        }
        return cfg;
    }

    /** A user preset file; errors name the file and the JSON location. */
    public static TrainingConfig read(Path file) throws IOException {
        try {
            return JSON.readValue(Files.readAllBytes(file), TrainingConfig.class);
        } catch (JsonProcessingException e) {
            throw new IOException(file + ": not a valid preset: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"), e);
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    /** This config as JSON (stored in the bundle manifest). */
    public String toJson() {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The kind-specific architecture block read into the kind's own record. */
    public <T> T architecture(Class<T> type) {
        try {
            return JSON.treeToValue(architecture, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("preset '" + model + "': architecture: " + e.getOriginalMessage(), e);
        }
    }

    public ModelKind kind() { return ModelKinds.byId(model); }

    public TrainingConfig withEpochs(int n) { return new TrainingConfig(model, learningRate, batchSize, n, seed, patience, split, earlyStopping, classWeights, encoding, flags, architecture); }
    public TrainingConfig withBatchSize(int n) { return new TrainingConfig(model, learningRate, n, epochs, seed, patience, split, earlyStopping, classWeights, encoding, flags, architecture); }
    public TrainingConfig withLearningRate(double lr) { return new TrainingConfig(model, lr, batchSize, epochs, seed, patience, split, earlyStopping, classWeights, encoding, flags, architecture); }
    public TrainingConfig withSeed(long s) { return new TrainingConfig(model, learningRate, batchSize, epochs, s, patience, split, earlyStopping, classWeights, encoding, flags, architecture); }
    public TrainingConfig withPatience(int p) { return new TrainingConfig(model, learningRate, batchSize, epochs, seed, p, split, earlyStopping, classWeights, encoding, flags, architecture); }
    public TrainingConfig withEncoding(Encoding e) { return new TrainingConfig(model, learningRate, batchSize, epochs, seed, patience, split, earlyStopping, classWeights, e, flags, architecture); }
    public TrainingConfig withArchitecture(JsonNode a) { return new TrainingConfig(model, learningRate, batchSize, epochs, seed, patience, split, earlyStopping, classWeights, encoding, flags, a); }
}
