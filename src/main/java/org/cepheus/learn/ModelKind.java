package org.cepheus.learn;

import org.deeplearning4j.nn.graph.ComputationGraph;

import java.util.List;

/**
 * A kind of model: its inputs and its network. Adding a kind means writing one class implementing
 * this interface and listing it in {@link ModelKinds#ALL}; its preset goes to
 * resources/presets/ID.json. Everything else (data pipeline, normalisation, split, training,
 * early stopping, bundles, evaluation, classification, CLI, GUI) works unchanged.
 *
 * <p>All kinds build a {@link ComputationGraph} whose inputs are named and ordered as the
 * {@link InputSpec}s returned by {@link #planInputs} and whose output is a softmax over the
 * classes (or several, one per ensemble member, whose mean is the prediction).
 */
public interface ModelKind {

    /** Stable id used in presets, bundles and on the command line, e.g. "cnn-lstm". */
    String id();

    /** Name shown to users, e.g. "1D CNN-LSTM (paper)". */
    String displayName();

    /** One sentence for tooltips and help. */
    String description();

    /** Classpath resource of the built-in preset. */
    default String presetResource() { return "presets/" + id() + ".json"; }

    /**
     * Decides the inputs from the configuration and the training stars (e.g. the sequence length
     * as the peak of the training lengths, Freedman-Diaconis dm-dt edges). Called once per run,
     * on the training part only; normalisations are fitted afterwards by the trainer.
     *
     * @param features where kinds that extract features keep them (the run's encoders use the same)
     */
    List<InputSpec> planInputs(TrainingConfig config, List<Star> training, FeatureStore features);

    /** The encoder of one of this kind's inputs (also used when a saved bundle is applied). */
    default InputEncoder encoder(InputSpec spec, FeatureStore features) {
        return StandardInputs.encoder(spec);
    }

    /**
     * Builds and initialises the untrained network.
     *
     * @param classWeights loss weight per class (all 1 when class weighting is off)
     */
    ComputationGraph build(TrainingConfig config, List<InputSpec> inputs, float[] classWeights);
}
