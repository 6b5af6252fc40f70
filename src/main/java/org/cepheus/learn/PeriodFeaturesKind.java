package org.cepheus.learn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.cepheus.lightcurve.FeatureExtractor;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration.GraphBuilder;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.RNNFormat;
import org.deeplearning4j.nn.conf.graph.MergeVertex;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.Convolution1DLayer;
import org.deeplearning4j.nn.conf.layers.GlobalPoolingLayer;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.activations.Activation;

import java.util.List;

/**
 * The period-aware network that beats the classical feature peer: hand-made features computed
 * from the photometry by {@link FeatureExtractor} (period from the science core's period search,
 * Fourier parameters at that period and twice it, a second period, magnitude statistics, colours)
 * feed a dense branch, and the light curve folded at that period (and twice it), binned and
 * normalised, feeds a small 1D CNN branch; both merge before the dense head.
 */
public final class PeriodFeaturesKind implements ModelKind {

    /**
     * @param features     features extraction and period search parameters
     * @param featureDense dense widths of the feature branch
     * @param convFilters  1D conv filters of the folded-curve branch (empty = no folded branch)
     * @param convKernel   kernel size of those convolutions
     * @param dense        shared dense widths after the merge
     * @param dropout      drop probability in the dense layers
     */
    public record Architecture(PeriodFeatureInputs.Settings features, int[] featureDense, int[] convFilters,
                               int convKernel, int[] dense, double dropout) {
        public Architecture {
            if (features == null) throw new IllegalArgumentException("preset architecture: 'features' block missing");
            featureDense = featureDense == null ? new int[0] : featureDense;
            convFilters = convFilters == null ? new int[0] : convFilters;
            dense = dense == null ? new int[0] : dense;
        }
    }

    @Override public String id() { return "period-features"; }
    @Override public String displayName() { return "Period-aware features + folded-curve CNN"; }
    @Override public String description() {
        return "Period search, Fourier and statistical features in a dense branch, the curve folded at "
                + "the found period in a 1D CNN branch; beats the Random-Forest feature peer.";
    }

    @Override
    public List<InputSpec> planInputs(TrainingConfig config, List<Star> training) {
        Architecture a = config.architecture(Architecture.class);
        return PeriodFeatureInputs.plan(a.features(), a.convFilters().length > 0, training);
    }

    @Override
    public InputEncoder encoder(InputSpec spec) {
        return PeriodFeatureInputs.encoder(spec);
    }

    @Override
    public ComputationGraph build(TrainingConfig config, List<InputSpec> inputs, float[] classWeights) {
        Architecture a = config.architecture(Architecture.class);
        GraphBuilder g = GraphParts.skeleton(config, inputs);
        String feat = GraphParts.dense(g, inputs.get(0).name(), a.featureDense(), 0, "feat_");
        String last = feat;
        if (inputs.size() > 1) {
            String prev = inputs.get(1).name();
            for (int i = 0; i < a.convFilters().length; i++) {
                String name = "fold_conv" + (i + 1);
                g.addLayer(name, new Convolution1DLayer.Builder().kernelSize(a.convKernel()).nOut(a.convFilters()[i])
                        .convolutionMode(ConvolutionMode.Same).rnnDataFormat(RNNFormat.NCW)
                        .activation(Activation.RELU).build(), prev);
                prev = name;
            }
            g.addLayer("fold_pool", new GlobalPoolingLayer.Builder(PoolingType.MAX).build(), prev);
            g.addVertex("merge", new MergeVertex(), feat, "fold_pool");
            last = "merge";
        }
        last = GraphParts.dense(g, last, a.dense(), a.dropout(), "");
        GraphParts.softmaxHead(g, last, classWeights);
        ComputationGraph net = new ComputationGraph(g.build());
        net.init();
        return net;
    }
}
