package org.cepheus.learn;

import org.cepheus.service.ProgressMonitor;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.api.MultiDataSet;

import java.util.List;

/** Class probabilities of cached samples, in inference batches. */
final class Predictor {
    static final int BATCH = 128;

    private Predictor() { }

    /** @return probabilities[i][class] for samples[i] */
    static float[][] probabilities(ComputationGraph net, EncodedCache cache, List<InputSpec> specs, int[] samples,
                                   int numClasses, ProgressMonitor monitor) {
        float[][] out = new float[samples.length][];
        try (CachedBatchIterator it = new CachedBatchIterator(cache, specs, samples, null, numClasses, BATCH, null)) {
            int k = 0;
            while (it.hasNext()) {
                monitor.checkCancelled();
                MultiDataSet ds = it.next();
                INDArray p = mean(net.output(false, ds.getFeatures(), ds.getFeaturesMaskArrays()));
                // one copy of the batch, not a view array (with native buffers) per row
                for (float[] row : p.toFloatMatrix()) out[k++] = row;
            }
        }
        return out;
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
