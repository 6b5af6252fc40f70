import org.deeplearning4j.nn.conf.*;
import org.deeplearning4j.nn.conf.layers.*;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.deeplearning4j.nn.gradient.Gradient;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.lossfunctions.LossFunctions;
import org.nd4j.linalg.indexing.NDArrayIndex;
import java.lang.management.*;

/**
 * One DL4J LSTM layer (batch 32, NCW, tanh, a padding mask) forward + backward through DL4J's own
 * Java time loop, against libnd4j's fused lstmLayer + lstmLayer_bp ops on the same weights, in
 * both data formats the layer could use and with / without the op's sequence-length input.
 * CPU seconds per batch of the process (1 thread recommended). Issue #16; the correctness of the
 * path the workbench uses is FusedLstmTest's job, not this bench's.
 * Usage: java -cp "target/cepheus.jar:target/lib/*" bench/LstmOpBench.java NIN NOUT STEPS REPS
 */
public class LstmOpBench {
    static INDArray reorder(INDArray w, int n) { // DL4J [g? i f o] blocks 0..3 -> op [i f c o]
        return Nd4j.concat(1, w.get(NDArrayIndex.all(), NDArrayIndex.interval(3*n, 4*n)),
                w.get(NDArrayIndex.all(), NDArrayIndex.interval(n, 2*n)),
                w.get(NDArrayIndex.all(), NDArrayIndex.interval(0, n)),
                w.get(NDArrayIndex.all(), NDArrayIndex.interval(2*n, 3*n)));
    }
    static INDArray back(INDArray w, int n) { // op [i f c o] -> DL4J blocks
        return Nd4j.concat(1, w.get(NDArrayIndex.all(), NDArrayIndex.interval(2*n, 3*n)),
                w.get(NDArrayIndex.all(), NDArrayIndex.interval(n, 2*n)),
                w.get(NDArrayIndex.all(), NDArrayIndex.interval(3*n, 4*n)),
                w.get(NDArrayIndex.all(), NDArrayIndex.interval(0, n)));
    }
    static long cpu() { return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime(); }
    public static void main(String[] a) {
        int bS = 32, nIn = Integer.parseInt(a[0]), n = Integer.parseInt(a[1]), sL = Integer.parseInt(a[2]), reps = Integer.parseInt(a[3]);
        System.setProperty("org.eclipse.deeplearning4j.helpers.disable", "false");
        MultiLayerNetwork net = new MultiLayerNetwork(new NeuralNetConfiguration.Builder().seed(1).list()
            .layer(new LSTM.Builder().nIn(nIn).nOut(n).activation(Activation.TANH).dataFormat(RNNFormat.NCW).build())
            .layer(new RnnOutputLayer.Builder().nIn(n).nOut(3).lossFunction(LossFunctions.LossFunction.MSE).build()).build());
        net.init(); net.initGradientsView();
        org.deeplearning4j.nn.layers.recurrent.LSTM layer = (org.deeplearning4j.nn.layers.recurrent.LSTM) net.getLayer(0);
        System.out.println("helper " + layer.getHelper());
        Nd4j.getRandom().setSeed(3);
        INDArray x = Nd4j.randn(DataType.FLOAT, bS, nIn, sL);
        INDArray mask = Nd4j.ones(DataType.FLOAT, bS, sL);
        int[] lens = new int[bS];
        for (int i = 0; i < bS; i++) { lens[i] = sL - (i * sL / (2*bS)); for (int t = lens[i]; t < sL; t++) { mask.putScalar(i, t, 0); for (int c = 0; c < nIn; c++) x.putScalar(new long[]{i, c, t}, 0);} }
        INDArray eps = Nd4j.randn(DataType.FLOAT, bS, n, sL).muli(mask.reshape(bS, 1, sL));
        INDArray W = layer.getParam("W"), RW = layer.getParam("RW"), B = layer.getParam("b");
        LayerWorkspaceMgr mgr = LayerWorkspaceMgr.noWorkspaces();
        // DL4J
        INDArray outD = null; Gradient gD = null; INDArray epsInD = null;
        long c0 = cpu(), w0 = System.nanoTime();
        for (int r = 0; r < reps + 2; r++) {
            if (r == 2) { c0 = cpu(); w0 = System.nanoTime(); }
            layer.setInput(x, mgr); layer.setMaskArray(mask);
            outD = layer.activate(true, mgr).dup();
            var p = layer.backpropGradient(eps, mgr);
            gD = p.getFirst(); epsInD = p.getSecond().dup();
        }
        double dCpu = (cpu() - c0) / 1e9 / reps, dWall = (System.nanoTime() - w0) / 1e9 / reps;
        gD = copy(gD);
        // fused
        INDArray Wx = reorder(W, n).dup(), Wr = reorder(RW, n).dup(), b = reorder(B.reshape(1, 4*n), n).reshape(4*n).dup();
        INDArray seqLen = Nd4j.createFromArray(lens).castTo(DataType.INT64);
        INDArray h = Nd4j.zeros(DataType.FLOAT, bS, n, sL), dx = Nd4j.zeros(DataType.FLOAT, bS, nIn, sL),
            dWx = Nd4j.zeros(DataType.FLOAT, nIn, 4*n), dWr = Nd4j.zeros(DataType.FLOAT, n, 4*n), db = Nd4j.zeros(DataType.FLOAT, 4*n),
            dsl = Nd4j.zeros(DataType.FLOAT, bS);
        for (int fmt : new int[]{2, 0}) for (boolean sl : new boolean[]{true, false}) {
            INDArray xx = fmt == 2 ? x : x.permute(2, 0, 1).dup();
            INDArray ee = fmt == 2 ? eps : eps.permute(2, 0, 1).dup();
            INDArray hh = fmt == 2 ? h : Nd4j.zeros(DataType.FLOAT, sL, bS, n);
            INDArray dxx = fmt == 2 ? dx : Nd4j.zeros(DataType.FLOAT, sL, bS, nIn);
            double tf = 0, tb = 0;
            for (int r = 0; r < reps + 2; r++) {
                long a0 = cpu();
                var fb = DynamicCustomOp.builder("lstmLayer").addOutputs(hh).addIntegerArguments(fmt, 0, 2, 0, 0).addFloatingPointArguments(0.0)
                    .addBooleanArguments(true, sl, false, false, false, true, false, false);
                if (sl) fb.addInputs(xx, Wx, Wr, b, seqLen); else fb.addInputs(xx, Wx, Wr, b);
                Nd4j.exec(fb.build());
                long a1 = cpu();
                var bb = DynamicCustomOp.builder("lstmLayer_bp").addIntegerArguments(fmt, 0, 2, 0, 0).addFloatingPointArguments(0.0)
                    .addBooleanArguments(true, sl, false, false, false, true, false, false);
                if (sl) bb.addInputs(xx, Wx, Wr, b, seqLen, ee).addOutputs(dxx, dWx, dWr, db, dsl); else bb.addInputs(xx, Wx, Wr, b, ee).addOutputs(dxx, dWx, dWr, db);
                Nd4j.exec(bb.build());
                long a2 = cpu();
                if (r >= 2) { tf += (a1 - a0) / 1e9 / reps; tb += (a2 - a1) / 1e9 / reps; }
            }
            System.out.printf("fused fmt %d seqLen %b: fwd %.4f bp %.4f s CPU%n", fmt, sl, tf, tb);
        }
        double dInf = 0;
        for (int r = 0; r < reps + 2; r++) { long a0 = cpu(); layer.setInput(x, mgr); layer.setMaskArray(mask); layer.activate(false, mgr); if (r >= 2) dInf += (cpu() - a0) / 1e9 / reps; }
        System.out.printf("DL4J inference fwd %.4f s CPU%n", dInf);
        System.out.printf("nIn %d nOut %d steps %d batch %d: DL4J training fwd+bwd %.4f s CPU per batch (%.4f wall)%n", nIn, n, sL, bS, dCpu, dWall);
    }
    static double rel(INDArray a, INDArray b) { b = b.reshape(a.shape()); return a.sub(b).norm2Number().doubleValue() / b.norm2Number().doubleValue(); }
    static Gradient copy(Gradient g) { var d = new org.deeplearning4j.nn.gradient.DefaultGradient(); g.gradientForVariable().forEach((k, v) -> d.setGradientFor(k, v.dup())); return d; }
}
