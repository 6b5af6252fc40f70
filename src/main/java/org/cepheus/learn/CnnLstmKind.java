package org.cepheus.learn;

import org.deeplearning4j.nn.conf.ComputationGraphConfiguration.GraphBuilder;
import org.deeplearning4j.nn.graph.ComputationGraph;

import java.util.List;

/**
 * The paper's 1D CNN-LSTM (Bassi et al. 2021, Fig. 4): four Conv1D layers (kernels 3,3,5,5, filters
 * growing), two max-pooling layers, two LSTMs (growing), dense 1024 and 512, softmax. Input is the
 * zero-padded light curve in NCW layout with its time mask; the mask is carried through
 * convolution, pooling and LSTM, and the classifier reads the LSTM state at the last real point,
 * so padding is never read as data.
 */
public final class CnnLstmKind implements ModelKind {

    /**
     * @param convFilters filters per Conv1D layer (paper: growing, e.g. 32, 64, 128, 128)
     * @param convKernels kernel per Conv1D layer (paper: 3, 3, 5, 5)
     * @param poolAfter   1-based conv layers followed by max-pooling (e.g. 2 and 4)
     * @param poolSize    pooling window and stride
     * @param lstm        LSTM widths (paper: growing, e.g. 64, 128)
     * @param dense       dense layer widths before the softmax (paper: 1024, 512)
     * @param dropout     drop probability before dense layers (0 = none, as the paper)
     */
    public record Architecture(int[] convFilters, int[] convKernels, int[] poolAfter, int poolSize,
                               int[] lstm, int[] dense, double dropout) {
        public Architecture {
            GraphParts.checkSameLength("convFilters and convKernels", convFilters, convKernels);
            if (lstm == null || lstm.length == 0) throw new IllegalArgumentException("preset architecture: at least one LSTM layer");
            if (poolSize < 1) poolSize = 2;
            if (dense == null) dense = new int[0];
        }
    }

    @Override public String id() { return "cnn-lstm"; }
    @Override public String displayName() { return "1D CNN-LSTM (paper)"; }
    @Override public String description() {
        return "Bassi et al. 2021: Conv1D x4, max-pool x2, LSTM x2, dense 1024/512 on the raw padded light curve.";
    }

    @Override
    public List<InputSpec> planInputs(TrainingConfig config, List<Star> training, FeatureStore features) {
        return List.of(StandardInputs.sequence(config, training));
    }

    @Override
    public ComputationGraph build(TrainingConfig config, List<InputSpec> inputs, float[] classWeights) {
        Architecture a = config.architecture(Architecture.class);
        GraphBuilder g = GraphParts.skeleton(config, inputs);
        String last = GraphParts.sequenceBranch(g, inputs.get(0).name(), a, "");
        last = GraphParts.dense(g, last, a.dense(), a.dropout(), "");
        GraphParts.softmaxHead(g, last, classWeights);
        ComputationGraph net = new ComputationGraph(g.build());
        net.init();
        FusedLstm.install(net);
        return net;
    }
}
