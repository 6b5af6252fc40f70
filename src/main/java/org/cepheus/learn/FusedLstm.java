package org.cepheus.learn;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.BackpropType;
import org.deeplearning4j.nn.conf.CacheMode;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.RNNFormat;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.gradient.DefaultGradient;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.layers.recurrent.FwdPassReturn;
import org.deeplearning4j.nn.layers.recurrent.LSTM;
import org.deeplearning4j.nn.layers.recurrent.LSTMHelper;
import org.deeplearning4j.nn.layers.recurrent.LSTMHelpers;
import org.deeplearning4j.nn.layers.wrapper.BaseWrapperLayer;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.activations.impl.ActivationSigmoid;
import org.nd4j.linalg.activations.impl.ActivationTanH;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.factory.Broadcast;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

import java.lang.reflect.Field;
import java.util.Map;

/**
 * DL4J's LSTM layer run by libnd4j's fused {@code lstmLayer} / {@code lstmLayer_bp} ops, one native
 * call per layer and batch, instead of DL4J's Java loop over time steps (a dozen small native ops
 * per step, forward and backward: 67 % of the CNN-LSTM's training time, bench/README.md #16).
 *
 * <p>It is a DL4J {@link LSTMHelper}, installed into the helper slot that DL4J 1.0.0-M2.1 fills
 * only with cuDNN on CUDA, so the network, its parameters and the bundle format stay DL4J's own.
 * Same maths: DL4J's parameter blocks [cell input (tanh), forget, output, input gate] are reordered
 * to the op's [input, forget, cell, output] on each call. It computes only what it can compute
 * exactly and hands everything else back to DL4J's code (returns null): peepholes (GravesLSTM),
 * other activations, backwards direction, a carried-over state (rnnTimeStep, TBPTT), masks that are
 * not prefix masks (1…1 0…0 per row), other data types. A prefix mask is applied as DL4J applies it:
 * outputs at padded steps are zero and nothing flows back from them (the op runs over the padded
 * steps too, where the zero gradient makes them contribute nothing; the op's own sequence-length
 * mode is exact as well but slower than DL4J, processing one sample at a time).
 *
 * <p>On by default on the CPU backend; {@code -Dcepheus.fusedLstm=false} turns it off.
 */
public final class FusedLstm implements LSTMHelper {
    /** System property; "false" keeps DL4J's own LSTM code. */
    public static final String PROPERTY = "cepheus.fusedLstm";

    private static final int DATA_NCW = 2, FORWARD = 0, SIGMOID = 2, TANH = 0;

    private final LSTM layer;
    private volatile long forwardCalls, backwardCalls, dl4jBackwardCalls;

    private FusedLstm(LSTM layer) {
        this.layer = layer;
    }

    /** Whether the fused path is switched on (property, CPU backend). */
    public static boolean enabled() {
        NativeBackend.load();
        return !"false".equalsIgnoreCase(System.getProperty(PROPERTY, "true"))
                && "CpuBackend".equals(Nd4j.getBackend().getClass().getSimpleName());
    }

    /**
     * Puts the fused helper into every supported LSTM layer of the network (also those wrapped,
     * e.g. in LastTimeStep) that has no helper yet. Networks trained with truncated BPTT keep DL4J's
     * code. Does nothing when switched off.
     *
     * @return the number of layers that got it
     */
    public static int install(ComputationGraph net) {
        if (!enabled() || net.getConfiguration().getBackpropType() != BackpropType.Standard) return 0;
        int n = 0;
        for (Layer l : net.getLayers()) {
            while (l instanceof BaseWrapperLayer w) l = w.getUnderlying();
            if (l instanceof LSTM lstm && lstm.getClass() == LSTM.class && lstm.getHelper() == null && supports(lstm)) {
                setHelper(lstm, new FusedLstm(lstm));
                n++;
            }
        }
        return n;
    }

    /** The fused helper of a layer (unwrapping wrappers), or null when it runs DL4J's code. */
    static FusedLstm of(Layer l) {
        while (l instanceof BaseWrapperLayer w) l = w.getUnderlying();
        return l instanceof LSTM lstm && lstm.getHelper() instanceof FusedLstm f ? f : null;
    }

    /** How often the fused forward and backward ops ran in this layer (for tests). */
    long forwardCalls() { return forwardCalls; }
    long backwardCalls() { return backwardCalls; }
    long dl4jBackwardCalls() { return dl4jBackwardCalls; }

    private static boolean supports(LSTM lstm) {
        org.deeplearning4j.nn.conf.layers.LSTM c = (org.deeplearning4j.nn.conf.layers.LSTM) lstm.conf().getLayer();
        return c.getRnnDataFormat() == RNNFormat.NCW && supportedActivations(c.getGateActivationFn(), c.getActivationFn());
    }

    private static boolean supportedActivations(IActivation gate, IActivation act) {
        return gate instanceof ActivationSigmoid && act instanceof ActivationTanH;
    }

    private static void setHelper(LSTM lstm, LSTMHelper helper) {
        try {
            Field f = LSTM.class.getDeclaredField("helper");
            f.setAccessible(true);
            f.set(lstm, helper);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("DL4J's LSTM has no helper slot (another DL4J version?)", e);
        }
    }

    @Override
    public boolean checkSupported(IActivation gateActivationFn, IActivation activationFn, boolean hasPeepholeConnections) {
        return !hasPeepholeConnections && supportedActivations(gateActivationFn, activationFn);
    }

    @Override
    public boolean checkSupported() {
        return true;
    }

    @Override
    public Map<String, Long> helperMemoryUse() {
        return Map.of();
    }

    /** What the forward pass leaves for the backward one (the bp op recomputes the forward itself). */
    private static final class FusedPass extends FwdPassReturn {
        INDArray mask, dl4jMask, biases;
    }

    @Override
    public FwdPassReturn activate(Layer l, NeuralNetConfiguration conf, IActivation gateActivationFn, INDArray input,
                                  INDArray recurrentWeights, INDArray inputWeights, INDArray biases, boolean training,
                                  INDArray prevOutputActivations, INDArray prevMemCellState, boolean forBackprop,
                                  boolean forwards, String inputWeightKey, INDArray maskArray,
                                  boolean hasPeepholeConnections, LayerWorkspaceMgr workspaceMgr) {
        IActivation act = ((BaseLayer) conf.getLayer()).getActivationFn();
        if (l != layer || hasPeepholeConnections || !forwards || !supportedActivations(gateActivationFn, act)) return null;
        if (input.rank() != 3 || !sameFloatType(input, inputWeights, recurrentWeights, biases)) return null;
        long bS = input.size(0), nIn = input.size(1), sL = input.size(2), n = recurrentWeights.size(0);
        if (inputWeights.size(0) != nIn || recurrentWeights.size(1) != 4 * n) return null;
        if (!isZero(prevOutputActivations) || !isZero(prevMemCellState)) return null; // a carried-over state
        INDArray mask = null;
        if (maskArray != null) {
            mask = maskArray.castTo(input.dataType());
            if (!isPrefixMask(mask, bS, sL)) return null;
        }
        FusedPass ret = new FusedPass();
        ret.mask = mask;
        ret.dl4jMask = maskArray;
        ret.biases = biases;
        if (forBackprop) { // lstmLayer_bp runs its own forward pass
            // read (only) by DL4J's truncated BPTT, which dl4jBackprop then redoes and corrects
            ret.lastAct = Nd4j.zeros(input.dataType(), bS, n);
            ret.lastMemCell = Nd4j.zeros(input.dataType(), bS, n);
            return ret;
        }

        INDArray x = input.dup('c');
        INDArray h = workspaceMgr.createUninitialized(ArrayType.ACTIVATIONS, input.dataType(), new long[]{bS, n, sL}, 'c');
        INDArray hL = Nd4j.createUninitialized(input.dataType(), bS, n);
        INDArray cL = Nd4j.createUninitialized(input.dataType(), bS, n);
        Nd4j.exec(op("lstmLayer", true)
                .addInputs(x, gates(inputWeights, n), gates(recurrentWeights, n), gates(biases.reshape(1, 4 * n), n).reshape(4 * n))
                .addOutputs(h, hL, cL).build());
        if (mask != null) {
            Broadcast.mul(h, mask, h, 0, 2);
            INDArray lastStep = mask.get(NDArrayIndex.all(), NDArrayIndex.point(sL - 1)).reshape(bS, 1);
            hL.muliColumnVector(lastStep); // as DL4J: the state after a padded last step is zero
            cL.muliColumnVector(lastStep);
        }
        ret.fwdPassOutput = h;
        ret.lastAct = hL;
        ret.lastMemCell = cL;
        forwardCalls++;
        return ret;
    }

    @Override
    public Pair<Gradient, INDArray> backpropGradient(NeuralNetConfiguration conf, IActivation gateActivationFn, INDArray input,
                                                     INDArray recurrentWeights, INDArray inputWeights, INDArray epsilon,
                                                     boolean truncatedBPTT, int tbpttBackwardLength, FwdPassReturn fwdPass,
                                                     boolean forwards, String inputWeightKey, String recurrentWeightKey,
                                                     String biasWeightKey, Map<String, INDArray> gradientViews,
                                                     INDArray maskArray, boolean hasPeepholeConnections,
                                                     LayerWorkspaceMgr workspaceMgr) {
        if (!(fwdPass instanceof FusedPass pass)) return null; // DL4J ran the forward pass: its own backward too
        if (!truncatedBPTT) {
            try {
                return fusedBackprop(input, recurrentWeights, inputWeights, epsilon, pass, inputWeightKey,
                        recurrentWeightKey, biasWeightKey, gradientViews, workspaceMgr);
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(FusedLstm.class).warn("fused LSTM backprop failed, using DL4J's code", e);
            }
        }
        // truncated BPTT (install() leaves such networks alone) or a failed op. DL4J's own fallback
        // would meet a forward pass it did not make: redo forward and backward with its code
        dl4jBackwardCalls++;
        FwdPassReturn fwd = LSTMHelpers.activateHelper(layer, conf, gateActivationFn, input, recurrentWeights, inputWeights,
                pass.biases, true, null, null, true, forwards, inputWeightKey, pass.dl4jMask, hasPeepholeConnections,
                null, CacheMode.NONE, workspaceMgr, true);
        if (truncatedBPTT) { // what LSTM stores after its own forward pass, in place of the placeholders
            Map<String, INDArray> state = new java.util.HashMap<>(layer.rnnGetTBPTTState());
            state.put(LSTM.STATE_KEY_PREV_ACTIVATION, fwd.lastAct.detach());
            state.put(LSTM.STATE_KEY_PREV_MEMCELL, fwd.lastMemCell.detach());
            layer.rnnSetTBPTTState(state);
        }
        return LSTMHelpers.backpropGradientHelper(layer, conf, gateActivationFn, input, recurrentWeights, inputWeights,
                epsilon, truncatedBPTT, tbpttBackwardLength, fwd, forwards, inputWeightKey, recurrentWeightKey,
                biasWeightKey, gradientViews, maskArray, hasPeepholeConnections, null, workspaceMgr, true);
    }

    private Pair<Gradient, INDArray> fusedBackprop(INDArray input, INDArray recurrentWeights, INDArray inputWeights,
                                                   INDArray epsilon, FusedPass pass, String inputWeightKey,
                                                   String recurrentWeightKey, String biasWeightKey,
                                                   Map<String, INDArray> gradientViews, LayerWorkspaceMgr workspaceMgr) {
        long bS = input.size(0), nIn = input.size(1), sL = input.size(2), n = recurrentWeights.size(0);
        DataType type = input.dataType();
        INDArray biases = pass.biases; // as the forward pass saw them (weight noise included)
        INDArray eps = epsilon.dup('c');
        if (pass.mask != null) Broadcast.mul(eps, pass.mask, eps, 0, 2);
        INDArray dx = workspaceMgr.createUninitialized(ArrayType.ACTIVATION_GRAD, type, new long[]{bS, nIn, sL}, 'c');
        INDArray dWx = Nd4j.create(type, nIn, 4 * n), dWr = Nd4j.create(type, n, 4 * n), db = Nd4j.create(type, 4 * n);
        Nd4j.exec(op("lstmLayer_bp", false)
                .addInputs(input.dup('c'), gates(inputWeights, n), gates(recurrentWeights, n),
                        gates(biases.reshape(1, 4 * n), n).reshape(4 * n), eps)
                .addOutputs(dx, dWx, dWr, db).build());
        INDArray gW = gradientViews.get(inputWeightKey), gRW = gradientViews.get(recurrentWeightKey), gb = gradientViews.get(biasWeightKey);
        gW.assign(dl4jOrder(dWx, n));
        gRW.assign(dl4jOrder(dWr, n));
        gb.assign(dl4jOrder(db.reshape(1, 4 * n), n).reshape(gb.shape()));
        Gradient g = new DefaultGradient();
        g.gradientForVariable().put(inputWeightKey, gW);
        g.gradientForVariable().put(recurrentWeightKey, gRW);
        g.gradientForVariable().put(biasWeightKey, gb);
        backwardCalls++;
        return new Pair<>(g, dx);
    }

    private static DynamicCustomOp.DynamicCustomOpsBuilder op(String name, boolean lastStates) {
        return DynamicCustomOp.builder(name)
                .addIntegerArguments(DATA_NCW, FORWARD, SIGMOID, TANH, TANH)
                .addFloatingPointArguments(0.0) // no cell clipping
                // biases, seqLen, initial h, initial c, peepholes, full sequence, last h, last c
                .addBooleanArguments(true, false, false, false, false, true, lastStates, lastStates);
    }

    /** DL4J's column blocks [cell input, forget, output, input gate] as the op's [input, forget, cell, output]. */
    static INDArray gates(INDArray w, long n) {
        return Nd4j.concat(1, block(w, n, 3), block(w, n, 1), block(w, n, 0), block(w, n, 2));
    }

    /** The inverse of {@link #gates}. */
    static INDArray dl4jOrder(INDArray w, long n) {
        return Nd4j.concat(1, block(w, n, 2), block(w, n, 1), block(w, n, 3), block(w, n, 0));
    }

    private static INDArray block(INDArray w, long n, int i) {
        return w.get(NDArrayIndex.all(), NDArrayIndex.interval(i * n, (i + 1) * n));
    }

    private static boolean sameFloatType(INDArray input, INDArray... others) {
        DataType t = input.dataType();
        if (t != DataType.FLOAT && t != DataType.DOUBLE) return false;
        for (INDArray o : others) if (o == null || o.dataType() != t) return false;
        return true;
    }

    private static boolean isZero(INDArray a) {
        return a == null || a.isEmpty() || a.amaxNumber().doubleValue() == 0;
    }

    /** Each row 1…1 then 0…0 (exact zeros and ones), as padded curves have. */
    static boolean isPrefixMask(INDArray mask, long bS, long sL) {
        if (mask.rank() != 2 || mask.size(0) != bS || mask.size(1) != sL) return false;
        float[] m = mask.castTo(DataType.FLOAT).dup('c').data().asFloat();
        for (int i = 0; i < bS; i++) {
            boolean ended = false;
            for (int t = 0; t < sL; t++) {
                float v = m[(int) (i * sL + t)];
                if (v == 0f) ended = true;
                else if (v != 1f || ended) return false;
            }
        }
        return true;
    }
}
