package org.cepheus.learn;

import org.cepheus.service.ProgressMonitor;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.api.MultiDataSet;
import org.nd4j.linalg.ops.transforms.Transforms;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Class probabilities of cached samples, in inference batches. */
final class Predictor {
    static final int BATCH = 128;

    private Predictor() { }

    /** @return probabilities[i][class] for samples[i], at temperature 1 (the network's own output) */
    static float[][] probabilities(ComputationGraph net, EncodedCache cache, List<InputSpec> specs, int[] samples,
                                   int numClasses, ProgressMonitor monitor) {
        return probabilities(net, cache, specs, samples, numClasses, 1.0, monitor);
    }

    /**
     * @param temperature the bundle's softmax temperature: each member's softmax(logits / T),
     *                    averaged; at exactly 1 the network's own outputs (the same bits as before
     *                    temperatures existed)
     * @return probabilities[i][class] for samples[i]
     */
    static float[][] probabilities(ComputationGraph net, EncodedCache cache, List<InputSpec> specs, int[] samples,
                                   int numClasses, double temperature, ProgressMonitor monitor) {
        float[][] out = new float[samples.length][];
        try (CachedBatchIterator it = new CachedBatchIterator(cache, specs, samples, null, numClasses, BATCH, null)) {
            int k = 0;
            while (it.hasNext()) {
                monitor.checkCancelled();
                MultiDataSet ds = it.next();
                INDArray p = temperature == 1.0
                        ? mean(net.output(false, ds.getFeatures(), ds.getFeaturesMaskArrays()))
                        : probabilities(net, activations(net, ds), temperature);
                // one copy of the batch, not a view array (with native buffers) per row
                for (float[] row : p.toFloatMatrix()) out[k++] = row;
            }
        }
        return out;
    }

    /** Every layer's activations of one inference pass (with the batch's masks). */
    static Map<String, INDArray> activations(ComputationGraph net, MultiDataSet ds) {
        try {
            net.setLayerMaskArrays(ds.getFeaturesMaskArrays(), null);
            return net.feedForward(ds.getFeatures(), false, false);
        } finally {
            net.clearLayerMaskArrays();
        }
    }

    /** The names of the vertices feeding each output layer (the embedding), in output order. */
    static List<String> heads(ComputationGraph net) {
        List<String> heads = new ArrayList<>();
        for (String o : net.getConfiguration().getNetworkOutputs()) {
            heads.add(net.getConfiguration().getVertexInputs().get(o).get(0));
        }
        return heads;
    }

    /**
     * The ensemble's probabilities from one pass's activations: at T = 1 the output layers' own
     * softmax, else each member's softmax(logits / T), averaged.
     */
    static INDArray probabilities(ComputationGraph net, Map<String, INDArray> act, double temperature) {
        List<String> outputs = net.getConfiguration().getNetworkOutputs();
        INDArray[] p = new INDArray[outputs.size()];
        if (temperature == 1.0) {
            for (int i = 0; i < p.length; i++) p[i] = act.get(outputs.get(i));
        } else {
            INDArray[] z = logits(net, act);
            for (int i = 0; i < p.length; i++) p[i] = Transforms.softmax(z[i].divi(temperature), false);
        }
        return mean(p);
    }

    /** Each output layer's logits (its input times W plus b, before the softmax), in output order. */
    static INDArray[] logits(ComputationGraph net, Map<String, INDArray> act) {
        List<String> outputs = net.getConfiguration().getNetworkOutputs();
        List<String> heads = heads(net);
        INDArray[] z = new INDArray[outputs.size()];
        for (int i = 0; i < z.length; i++) {
            org.deeplearning4j.nn.api.Layer layer = net.getLayer(outputs.get(i));
            z[i] = act.get(heads.get(i)).mmul(layer.getParam("W")).addiRowVector(layer.getParam("b"));
        }
        return z;
    }

    /** The ensemble's probabilities: the mean of its members' outputs (a single output as is). */
    static INDArray mean(INDArray[] outputs) {
        if (outputs.length == 1) return outputs[0];
        INDArray sum = outputs[0].dup();
        for (int i = 1; i < outputs.length; i++) sum.addi(outputs[i]);
        return sum.divi(outputs.length);
    }

    static int argmax(float[] p) {
        int best = 0;
        for (int i = 1; i < p.length; i++) if (p[i] > p[best]) best = i;
        return best;
    }
}
