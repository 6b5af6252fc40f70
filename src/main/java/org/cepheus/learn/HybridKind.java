package org.cepheus.learn;

import org.deeplearning4j.nn.conf.ComputationGraphConfiguration.GraphBuilder;
import org.deeplearning4j.nn.conf.graph.MergeVertex;
import org.deeplearning4j.nn.graph.ComputationGraph;

import java.util.List;

/**
 * Two inputs, two branches, one head: the CNN-LSTM branch on the masked sequence (its last real
 * LSTM state) and the 2D CNN branch on the dm-dt image (flattened through its own dense layers)
 * are concatenated before the shared dense layers and softmax. The paper proposed this as future
 * work.
 */
public final class HybridKind implements ModelKind {

    /**
     * @param sequence the CNN-LSTM branch (its dense list is ignored)
     * @param image    the dm-dt branch (its dense list is the branch's own dense layers)
     * @param dense    shared dense widths after the merge
     * @param dropout  drop probability before the shared dense layers
     */
    public record Architecture(CnnLstmKind.Architecture sequence, DmDtCnnKind.Architecture image,
                               int[] dense, double dropout) {
        public Architecture {
            if (sequence == null || image == null) {
                throw new IllegalArgumentException("preset architecture: hybrid needs 'sequence' and 'image' blocks");
            }
            if (image.dense().length == 0) {
                throw new IllegalArgumentException("preset architecture: the hybrid's image branch needs at least one dense layer "
                        + "(it flattens the dm-dt features before the merge)");
            }
            if (dense == null) dense = new int[0];
        }
    }

    @Override public String id() { return "hybrid"; }
    @Override public String displayName() { return "Hybrid CNN-LSTM + dm-dt CNN"; }
    @Override public String description() {
        return "Sequence and dm-dt branches merged before the dense layers (the paper's future work).";
    }

    @Override
    public List<InputSpec> planInputs(TrainingConfig config, List<Star> training, FeatureStore features) {
        return List.of(StandardInputs.sequence(config, training), StandardInputs.dmdt(config, training));
    }

    @Override
    public ComputationGraph build(TrainingConfig config, List<InputSpec> inputs, float[] classWeights) {
        Architecture a = config.architecture(Architecture.class);
        GraphBuilder g = GraphParts.skeleton(config, inputs);
        String seq = GraphParts.sequenceBranch(g, inputs.get(0).name(), a.sequence(), "seq_");
        String img = GraphParts.imageBranch(g, inputs.get(1).name(), a.image(), "img_");
        img = GraphParts.dense(g, img, a.image().dense(), a.image().denseDropout(), "img_");
        g.addVertex("merge", new MergeVertex(), seq, img);
        String last = GraphParts.dense(g, "merge", a.dense(), a.dropout(), "");
        GraphParts.softmaxHead(g, last, classWeights);
        ComputationGraph net = new ComputationGraph(g.build());
        net.init();
        FusedLstm.install(net);
        return net;
    }
}
