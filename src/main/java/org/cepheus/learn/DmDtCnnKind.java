package org.cepheus.learn;

import org.deeplearning4j.nn.conf.ComputationGraphConfiguration.GraphBuilder;
import org.deeplearning4j.nn.graph.ComputationGraph;

import java.util.List;

/**
 * The 2D CNN on dm-dt images (Mahabal et al. 2017, as used by Bassi et al. 2021, Fig. 3): a 3x3
 * convolution, then 5x5 convolutions, max-pooling, dropout, dense, softmax. The image is the
 * normalised pair-difference histogram on the fixed 22x24 grid or Freedman-Diaconis edges.
 */
public final class DmDtCnnKind implements ModelKind {

    /**
     * @param convFilters  filters per conv layer
     * @param convKernels  square kernel per conv layer (paper: 3 then 5, 5...)
     * @param poolAfter    1-based conv layers followed by max-pooling
     * @param poolSize     pooling window and stride
     * @param convDropout  drop probability on conv layers after the first
     * @param dense        dense widths before the softmax (in the hybrid: the image branch's own)
     * @param denseDropout drop probability before dense layers
     */
    public record Architecture(int[] convFilters, int[] convKernels, int[] poolAfter, int poolSize,
                               double convDropout, int[] dense, double denseDropout) {
        public Architecture {
            GraphParts.checkSameLength("convFilters and convKernels", convFilters, convKernels);
            if (poolSize < 1) poolSize = 2;
            if (dense == null) dense = new int[0];
        }
    }

    @Override public String id() { return "cnn2d"; }
    @Override public String displayName() { return "2D CNN on dm-dt images (paper)"; }
    @Override public String description() {
        return "Mahabal et al. 2017 style CNN on the dm-dt pair histogram (fixed 22x24 or Freedman-Diaconis grid).";
    }

    @Override
    public List<InputSpec> planInputs(TrainingConfig config, List<Star> training, FeatureStore features) {
        return List.of(StandardInputs.dmdt(config, training));
    }

    @Override
    public ComputationGraph build(TrainingConfig config, List<InputSpec> inputs, float[] classWeights) {
        Architecture a = config.architecture(Architecture.class);
        GraphBuilder g = GraphParts.skeleton(config, inputs);
        String last = GraphParts.imageBranch(g, inputs.get(0).name(), a, "");
        last = GraphParts.dense(g, last, a.dense(), a.denseDropout(), "");
        GraphParts.softmaxHead(g, last, classWeights);
        ComputationGraph net = new ComputationGraph(g.build());
        net.init();
        return net;
    }
}
