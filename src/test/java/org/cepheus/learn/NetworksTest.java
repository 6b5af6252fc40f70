package org.cepheus.learn;

import com.fasterxml.jackson.databind.node.NullNode;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

/** The three networks build from their presets and honour the sequence mask (synthetic inputs). */
class NetworksTest {
    static final InputSpec SEQ = new InputSpec("sequence", "sequence", new int[]{3, 64}, true, NullNode.getInstance(), null);
    static final InputSpec IMG = new InputSpec("dmdt", "dmdt", new int[]{1, 22, 24}, false, NullNode.getInstance(), null);

    @Test
    void cnnLstmIgnoresPaddingThroughTheMask() {
        TrainingConfig cfg = TrainingConfig.preset("cnn-lstm");
        ComputationGraph net = ModelKinds.CNN_LSTM.build(cfg, List.of(SEQ), new float[]{1, 1, 2});
        assertEquals(3, net.getOutputLayer(0).getParam("b").length());
        // a synthetic curve of 40 real points, padded with zeros to 64
        Random r = new Random(1);
        float[] data = new float[3 * 64];
        float[] mask = new float[64];
        for (int c = 0; c < 3; c++) for (int t = 0; t < 40; t++) data[c * 64 + t] = (float) r.nextGaussian();
        for (int t = 0; t < 40; t++) mask[t] = 1;
        INDArray x = Nd4j.create(data, new long[]{1, 3, 64});
        INDArray m = Nd4j.create(mask, new long[]{1, 64});
        INDArray padded = net.output(false, new INDArray[]{x}, new INDArray[]{m})[0];
        // the same 40 points without any padding: the mask must make padding invisible
        INDArray shortX = Nd4j.create(new long[]{1, 3, 40});
        for (int c = 0; c < 3; c++) for (int t = 0; t < 40; t++) shortX.putScalar(new long[]{0, c, t}, data[c * 64 + t]);
        INDArray unpadded = net.output(false, new INDArray[]{shortX}, null)[0];
        INDArray unmasked = net.output(false, new INDArray[]{x}, null)[0];
        assertArrayEquals(unpadded.toFloatVector(), padded.toFloatVector(), 1e-4f);
        assertFalse(java.util.Arrays.equals(padded.toFloatVector(), unmasked.toFloatVector()),
                "without the mask the last step is padding, so outputs must differ");
    }

    @Test
    void cnn2dAndHybridBuildAndGiveProbabilities() {
        ComputationGraph cnn = ModelKinds.CNN2D.build(TrainingConfig.preset("cnn2d"), List.of(IMG), new float[]{1, 1, 1, 1});
        INDArray img = Nd4j.rand(new int[]{2, 1, 22, 24});
        INDArray p = cnn.output(img)[0];
        assertArrayEquals(new long[]{2, 4}, p.shape());
        assertEquals(1.0, p.getRow(0).sumNumber().doubleValue(), 1e-4);

        ComputationGraph hybrid = ModelKinds.HYBRID.build(TrainingConfig.preset("hybrid"), List.of(SEQ, IMG), new float[]{1, 1, 1});
        INDArray seq = Nd4j.rand(new int[]{2, 3, 64});
        INDArray mask = Nd4j.ones(2, 64);
        INDArray q = hybrid.output(false, new INDArray[]{seq, img}, new INDArray[]{mask, null})[0];
        assertArrayEquals(new long[]{2, 3}, q.shape());
    }

    @Test
    void presetsReadAndValidate() {
        for (ModelKind k : ModelKinds.all()) {
            TrainingConfig c = TrainingConfig.preset(k.id());
            assertEquals(k.id(), c.model());
            if (java.util.Set.of("cnn-lstm", "cnn2d", "hybrid").contains(k.id())) {
                assertEquals(2e-4, c.learningRate(), 1e-12, "the paper's Adam learning rate");
            } else {
                assertTrue(c.learningRate() > 0 && c.learningRate() < 0.1, k.id() + " learning rate");
            }
            assertEquals(0.6, c.split().train(), 1e-9);
        }
        assertThrows(IllegalArgumentException.class, () -> ModelKinds.byId("resnet"));
        assertThrows(IllegalArgumentException.class, () -> new TrainingConfig.Split(0.5, 0.2, 0.2));
    }
}
