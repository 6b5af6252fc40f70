package org.cepheus.learn;

import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.layers.convolution.ConvolutionLayer;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.MultiDataSet;
import org.nd4j.linalg.factory.Nd4j;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.*;

/**
 * DL4J's oneDNN layer helpers, which NativeBackend turns on, are in use and compute what DL4J's own
 * code computes: the same outputs, loss and gradients for the same weights (synthetic inputs).
 */
class LayerHelpersTest {

    @Test
    void convolutionLayersGetTheOneDnnHelper() {
        ComputationGraph net = cnn2d();
        assertTrue(NativeBackend.helpersOn());
        for (String conv : List.of("conv1", "conv2", "conv3")) {
            assertNotNull(((ConvolutionLayer) net.getLayer(conv)).getHelper(), conv + " runs without a helper");
        }
        ComputationGraph seq = cnnLstm();
        assertNotNull(((ConvolutionLayer) seq.getLayer("conv1")).getHelper(), "Conv1D runs without a helper");
    }

    @Test
    void cnn2dGivesTheSameOutputsAndGradientsWithAndWithoutHelpers() {
        INDArray img = Nd4j.rand(new int[]{6, 1, 22, 24});
        MultiDataSet ds = new MultiDataSet(new INDArray[]{img}, new INDArray[]{labels(6, 4)});
        sameWithAndWithout(LayerHelpersTest::cnn2d, ds);
    }

    @Test
    void cnnLstmGivesTheSameOutputsAndGradientsWithAndWithoutHelpersUnderAMask() {
        INDArray seq = Nd4j.randn(new long[]{4, 3, 64});
        INDArray mask = Nd4j.ones(4, 64);
        for (int t = 40; t < 64; t++) mask.putScalar(new long[]{1, t}, 0); // one shorter, zero-padded curve
        for (int c = 0; c < 3; c++) for (int t = 40; t < 64; t++) seq.putScalar(new long[]{1, c, t}, 0);
        MultiDataSet ds = new MultiDataSet(new INDArray[]{seq}, new INDArray[]{labels(4, 3)}, new INDArray[]{mask}, null);
        sameWithAndWithout(LayerHelpersTest::cnnLstm, ds);
    }

    private static void sameWithAndWithout(Supplier<ComputationGraph> build, MultiDataSet ds) {
        ComputationGraph with = build.get();
        ComputationGraph without;
        String key = NativeBackend.HELPERS_DISABLE_PROPERTY;
        String before = System.getProperty(key);
        System.setProperty(key, "true");
        try {
            without = build.get();
        } finally {
            System.setProperty(key, before);
        }
        without.setParams(with.params().dup());
        INDArray a = with.output(false, ds.getFeatures(), ds.getFeaturesMaskArrays())[0];
        INDArray b = without.output(false, ds.getFeatures(), ds.getFeaturesMaskArrays())[0];
        assertArrayEquals(b.reshape(b.length()).toFloatVector(), a.reshape(a.length()).toFloatVector(), 1e-5f);

        Map<String, INDArray> ga = gradients(with, ds), gb = gradients(without, ds);
        assertEquals(gb.keySet(), ga.keySet());
        assertEquals(without.score(), with.score(), 1e-5);
        for (String k : ga.keySet()) {
            INDArray x = ga.get(k), y = gb.get(k);
            double scale = Math.max(1e-3, y.norm2Number().doubleValue());
            assertTrue(x.sub(y).norm2Number().doubleValue() / scale < 1e-3, k + ": gradients differ");
        }
    }

    private static Map<String, INDArray> gradients(ComputationGraph net, MultiDataSet ds) {
        Nd4j.getRandom().setSeed(7); // dropout masks drawn alike
        net.setInputs(ds.getFeatures());
        net.setLabels(ds.getLabels());
        net.setLayerMaskArrays(ds.getFeaturesMaskArrays(), null);
        net.computeGradientAndScore();
        Gradient g = net.gradient();
        Map<String, INDArray> copy = new java.util.TreeMap<>();
        g.gradientForVariable().forEach((k, v) -> copy.put(k, v.dup()));
        return copy;
    }

    private static INDArray labels(int n, int k) {
        INDArray y = Nd4j.zeros(n, k);
        for (int i = 0; i < n; i++) y.putScalar(i, i % k, 1);
        return y;
    }

    private static ComputationGraph cnn2d() {
        return ModelKinds.CNN2D.build(TrainingConfig.preset("cnn2d"), List.of(NetworksTest.IMG), new float[]{1, 1, 1, 1});
    }

    private static ComputationGraph cnnLstm() {
        return ModelKinds.CNN_LSTM.build(TrainingConfig.preset("cnn-lstm"), List.of(NetworksTest.SEQ), new float[]{1, 1, 2});
    }
}
