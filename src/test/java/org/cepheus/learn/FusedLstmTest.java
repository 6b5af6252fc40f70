package org.cepheus.learn;

import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.MultiDataSet;
import org.nd4j.linalg.factory.Nd4j;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The CNN-LSTM's LSTM layers run libnd4j's fused lstmLayer ops (FusedLstm) and compute what DL4J's
 * own LSTM code computes for the same weights: outputs, loss and every gradient, on real CRTS
 * curves encoded by the preset (padded to the preset's length, so under prefix masks).
 */
class FusedLstmTest {
    private static final TrainingConfig PRESET = TrainingConfig.preset("cnn-lstm");

    @Test
    void gateBlocksMapToTheOpsOrderAndBack() {
        INDArray w = Nd4j.arange(0, 2 * 12).castTo(DataType.FLOAT).reshape(2, 12); // n = 3: blocks of 3 columns
        INDArray op = FusedLstm.gates(w, 3);
        // the op's input gate is DL4J's 4th block, its cell input DL4J's 1st
        assertEquals(w.getFloat(0, 9), op.getFloat(0, 0));
        assertEquals(w.getFloat(0, 3), op.getFloat(0, 3));
        assertEquals(w.getFloat(0, 0), op.getFloat(0, 6));
        assertEquals(w.getFloat(0, 6), op.getFloat(0, 9));
        assertEquals(w, FusedLstm.dl4jOrder(op, 3));
    }

    @Test
    void prefixMasksAreRecognised() {
        assertTrue(FusedLstm.isPrefixMask(Nd4j.createFromArray(new float[][]{{1, 1, 0}, {1, 1, 1}}), 2, 3));
        assertFalse(FusedLstm.isPrefixMask(Nd4j.createFromArray(new float[][]{{1, 0, 1}, {1, 1, 1}}), 2, 3), "a hole");
        assertFalse(FusedLstm.isPrefixMask(Nd4j.createFromArray(new float[][]{{1, 0.5f, 0}, {1, 1, 1}}), 2, 3), "a weight");
        assertFalse(FusedLstm.isPrefixMask(Nd4j.createFromArray(new float[][]{{1, 1, 0}}), 2, 3), "another shape");
    }

    @Test
    void realCurvesGiveTheSameOutputsLossAndGradientsAsDl4jsLstm() {
        MultiDataSet ds = realBatch();
        INDArray mask = ds.getFeaturesMaskArray(0);
        assertTrue(mask.minNumber().doubleValue() == 0, "some curves are padded");
        assertTrue(FusedLstm.isPrefixMask(mask, mask.size(0), mask.size(1)));

        ComputationGraph fused = build(true), plain = build(false);
        plain.setParams(fused.params().dup());
        FusedLstm l1 = FusedLstm.of(fused.getLayer("lstm1")), l2 = FusedLstm.of(fused.getLayer("lstm2"));
        assertNotNull(l1, "lstm1 runs without the fused helper");
        assertNotNull(l2, "lstm2 (inside LastTimeStep) runs without the fused helper");
        assertNull(FusedLstm.of(plain.getLayer("lstm1")), "-D" + FusedLstm.PROPERTY + "=false keeps DL4J's code");

        assertSame(fused, plain, ds, 1e-5f, 1e-5, 1e-3);
        assertTrue(l1.forwardCalls() > 0 && l2.forwardCalls() > 0, "the fused forward ran");
        assertTrue(l1.backwardCalls() > 0 && l2.backwardCalls() > 0, "the fused backward ran");
    }

    @Test
    void aMaskWithAHoleFallsBackToDl4jsCode() {
        MultiDataSet ds = realBatch();
        INDArray mask = ds.getFeaturesMaskArray(0).dup();
        for (int t = 10; t < 30; t++) mask.putScalar(0, t, 0); // not padding: DL4J resets the LSTM state there
        ds.setFeaturesMaskArrays(new INDArray[]{mask});
        ComputationGraph fused = build(true), plain = build(false);
        plain.setParams(fused.params().dup());
        assertSame(fused, plain, ds, 1e-5f, 1e-5, 1e-3);
        // DL4J hands the mask only to the last LSTM (the first sees none, in both paths)
        FusedLstm last = FusedLstm.of(fused.getLayer("lstm2"));
        assertEquals(0, last.forwardCalls(), "the fused op was not used under the hole");
        assertEquals(0, last.backwardCalls());
        assertTrue(FusedLstm.of(fused.getLayer("lstm1")).backwardCalls() > 0, "the unmasked layer still runs fused");
    }

    @Test
    void truncatedBpttGoesToDl4jsCode() {
        MultiDataSet ds = realBatch();
        ComputationGraph fused = build(true), plain = build(false);
        plain.setParams(fused.params().dup());
        fused.initGradientsView();
        plain.initGradientsView();
        // the first LSTM's real input: the conv/pool front's output for the real curves
        INDArray x = plain.feedForward(ds.getFeatures(), false).get("pool4");
        Nd4j.getRandom().setSeed(11);
        INDArray eps = Nd4j.randn(DataType.FLOAT, x.size(0), 64, x.size(2));
        var mgr = org.deeplearning4j.nn.workspace.LayerWorkspaceMgr.noWorkspaces();
        var f = (org.deeplearning4j.nn.layers.recurrent.LSTM) fused.getLayer("lstm1");
        var p = (org.deeplearning4j.nn.layers.recurrent.LSTM) plain.getLayer("lstm1");
        f.setInput(x.dup(), mgr);
        p.setInput(x.dup(), mgr);
        var gf = f.tbpttBackpropGradient(eps.dup(), 20, mgr);
        var gp = p.tbpttBackpropGradient(eps.dup(), 20, mgr);
        assertEquals(1, FusedLstm.of(f).dl4jBackwardCalls(), "handed to DL4J's code");
        assertEquals(0, FusedLstm.of(f).backwardCalls(), "the fused op did not run");
        assertEquals(gp.getSecond(), gf.getSecond());
        for (String k : List.of("W", "RW", "b")) {
            assertEquals(gp.getFirst().getGradientFor(k), gf.getFirst().getGradientFor(k), k);
        }
        for (String k : List.of(org.deeplearning4j.nn.layers.recurrent.LSTM.STATE_KEY_PREV_ACTIVATION,
                org.deeplearning4j.nn.layers.recurrent.LSTM.STATE_KEY_PREV_MEMCELL)) {
            assertEquals(p.rnnGetTBPTTState().get(k), f.rnnGetTBPTTState().get(k), "the state carried to the next segment: " + k);
        }
    }

    /** 8 real CRTS stars of 4 classes, encoded as the preset encodes them (its peak length). */
    private static MultiDataSet realBatch() {
        List<Star> stars = Star.of(LearnFixtures.crts(Set.of("EW", "EA", "RRab", "LPV"), 2));
        InputSpec spec = spec();
        int c = spec.shape()[0], len = spec.shape()[1];
        INDArray x = Nd4j.zeros(DataType.FLOAT, stars.size(), c, len);
        INDArray m = Nd4j.zeros(DataType.FLOAT, stars.size(), len);
        INDArray y = Nd4j.zeros(DataType.FLOAT, stars.size(), 4);
        InputEncoder enc = StandardInputs.encoder(spec);
        List<String> classes = List.of("EW", "EA", "RRab", "LPV");
        for (int i = 0; i < stars.size(); i++) {
            float[] f = new float[c * len], mk = new float[len];
            enc.encode(stars.get(i), f, mk);
            x.get(org.nd4j.linalg.indexing.NDArrayIndex.point(i)).assign(Nd4j.createFromArray(f).reshape(c, len));
            m.getRow(i).assign(Nd4j.createFromArray(mk));
            y.putScalar(i, classes.indexOf(stars.get(i).label()), 1);
        }
        return new MultiDataSet(new INDArray[]{x}, new INDArray[]{y}, new INDArray[]{m}, null);
    }

    /** The preset's sequence input for the 8 stars (the same each call: the same real curves). */
    private static InputSpec spec() {
        return StandardInputs.sequence(PRESET, Star.of(LearnFixtures.crts(Set.of("EW", "EA", "RRab", "LPV"), 2)));
    }

    private static ComputationGraph build(boolean fusedOn) {
        String before = System.getProperty(FusedLstm.PROPERTY);
        System.setProperty(FusedLstm.PROPERTY, String.valueOf(fusedOn));
        try {
            return ModelKinds.CNN_LSTM.build(PRESET, List.of(spec()), new float[]{1, 1, 1, 2});
        } finally {
            if (before == null) System.clearProperty(FusedLstm.PROPERTY);
            else System.setProperty(FusedLstm.PROPERTY, before);
        }
    }

    private static void assertSame(ComputationGraph a, ComputationGraph b, MultiDataSet ds, float outTol, double scoreTol, double gradTol) {
        INDArray oa = a.output(false, ds.getFeatures(), ds.getFeaturesMaskArrays())[0];
        INDArray ob = b.output(false, ds.getFeatures(), ds.getFeaturesMaskArrays())[0];
        assertArrayEquals(ob.reshape(ob.length()).toFloatVector(), oa.reshape(oa.length()).toFloatVector(), outTol);
        Map<String, INDArray> ga = gradients(a, ds), gb = gradients(b, ds);
        assertEquals(gb.keySet(), ga.keySet());
        assertEquals(b.score(), a.score(), scoreTol);
        for (String k : ga.keySet()) {
            INDArray x = ga.get(k), y = gb.get(k);
            double scale = Math.max(1e-3, y.norm2Number().doubleValue());
            double rel = x.sub(y).norm2Number().doubleValue() / scale;
            assertTrue(rel <= gradTol, k + ": gradients differ by " + rel);
        }
    }

    private static Map<String, INDArray> gradients(ComputationGraph net, MultiDataSet ds) {
        net.setInputs(ds.getFeatures());
        net.setLabels(ds.getLabels());
        net.setLayerMaskArrays(ds.getFeaturesMaskArrays(), null);
        net.computeGradientAndScore();
        Gradient g = net.gradient();
        Map<String, INDArray> copy = new TreeMap<>();
        g.gradientForVariable().forEach((k, v) -> copy.put(k, v.dup()));
        return copy;
    }
}
