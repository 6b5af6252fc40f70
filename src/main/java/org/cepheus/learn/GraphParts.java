package org.cepheus.learn;

import org.deeplearning4j.nn.conf.ComputationGraphConfiguration.GraphBuilder;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.RNNFormat;
import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.WorkspaceMode;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.Convolution1DLayer;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.LSTM;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.conf.layers.Subsampling1DLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.conf.layers.recurrent.LastTimeStep;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.impl.LossMCXENT;

import java.util.Arrays;
import java.util.List;

/**
 * Building blocks shared by the model kinds: the graph skeleton (seed, Adam, init), the 1D
 * CNN-LSTM branch, the 2D CNN branch and the dense softmax head. Dropout values in presets are
 * drop probabilities (Keras convention); DL4J's dropOut() takes the retain probability, so they
 * are converted here, in one place.
 */
public final class GraphParts {
    private GraphParts() { }

    /** Output vertex name of every Cepheus network. */
    public static final String OUTPUT = "out";

    /** Seeded graph builder with Adam at the configured learning rate. */
    public static GraphBuilder skeleton(TrainingConfig config, List<InputSpec> inputs) {
        NativeBackend.load(); // its settings (native build, layer helpers) before any layer exists
        GraphBuilder g = new NeuralNetConfiguration.Builder()
                .seed(config.seed())
                .updater(new Adam(config.learningRate()))
                .weightInit(WeightInit.XAVIER)
                .trainingWorkspaceMode(WorkspaceMode.ENABLED)
                .inferenceWorkspaceMode(WorkspaceMode.ENABLED)
                .graphBuilder();
        InputType[] types = new InputType[inputs.size()];
        for (int i = 0; i < inputs.size(); i++) {
            InputSpec in = inputs.get(i);
            g.addInputs(in.name());
            types[i] = inputType(in);
        }
        g.setInputTypes(types);
        return g;
    }

    static InputType inputType(InputSpec in) {
        int[] s = in.shape();
        if (s.length == 1) return InputType.feedForward(s[0]);
        if (s.length == 2) return InputType.recurrent(s[0], s[1], RNNFormat.NCW);
        if (s.length == 3) return InputType.convolutional(s[1], s[2], s[0], CNN2DFormat.NCHW);
        throw new IllegalArgumentException("input " + in.name() + ": unsupported shape " + Arrays.toString(s));
    }

    /**
     * Conv1D layers (same padding, so the time mask keeps its meaning), max-pooling after the
     * listed conv layers, LSTMs, and the last real (unmasked) time step of the last LSTM.
     *
     * @return name of the branch's last vertex (feed-forward, size = last LSTM width)
     */
    public static String sequenceBranch(GraphBuilder g, String input, CnnLstmKind.Architecture a, String prefix) {
        String last = input;
        for (int i = 0; i < a.convFilters().length; i++) {
            String name = prefix + "conv" + (i + 1);
            g.addLayer(name, new Convolution1DLayer.Builder()
                    .kernelSize(a.convKernels()[i]).nOut(a.convFilters()[i])
                    .convolutionMode(ConvolutionMode.Same).rnnDataFormat(RNNFormat.NCW)
                    .activation(Activation.RELU).build(), last);
            last = name;
            if (contains(a.poolAfter(), i + 1)) {
                String pool = prefix + "pool" + (i + 1);
                g.addLayer(pool, new Subsampling1DLayer.Builder(PoolingType.MAX)
                        .kernelSize(a.poolSize()).stride(a.poolSize()).build(), last);
                last = pool;
            }
        }
        for (int i = 0; i < a.lstm().length; i++) {
            String name = prefix + "lstm" + (i + 1);
            LSTM lstm = new LSTM.Builder().nOut(a.lstm()[i]).activation(Activation.TANH)
                    .dataFormat(RNNFormat.NCW).build();
            boolean lastLstm = i == a.lstm().length - 1;
            g.addLayer(name, lastLstm ? new LastTimeStep(lstm) : lstm, last);
            last = name;
        }
        return last;
    }

    /**
     * 2D conv layers (same padding, ReLU), max-pooling after the listed ones, dropout on the
     * convolution outputs.
     *
     * @return name of the branch's last vertex (convolutional activations)
     */
    public static String imageBranch(GraphBuilder g, String input, DmDtCnnKind.Architecture a, String prefix) {
        String last = input;
        for (int i = 0; i < a.convFilters().length; i++) {
            String name = prefix + "conv" + (i + 1);
            int k = a.convKernels()[i];
            ConvolutionLayer.Builder b = new ConvolutionLayer.Builder(k, k).nOut(a.convFilters()[i])
                    .convolutionMode(ConvolutionMode.Same).activation(Activation.RELU);
            if (a.convDropout() > 0 && i > 0) b.dropOut(1 - a.convDropout());
            g.addLayer(name, b.build(), last);
            last = name;
            if (contains(a.poolAfter(), i + 1)) {
                String pool = prefix + "pool" + (i + 1);
                g.addLayer(pool, new SubsamplingLayer.Builder(PoolingType.MAX)
                        .kernelSize(a.poolSize(), a.poolSize()).stride(a.poolSize(), a.poolSize())
                        .convolutionMode(ConvolutionMode.Same).build(), last);
                last = pool;
            }
        }
        return last;
    }

    /** Dense ReLU layers (dropout before each after the first) ending in the name returned. */
    public static String dense(GraphBuilder g, String input, int[] sizes, double dropout, String prefix) {
        String last = input;
        for (int i = 0; i < sizes.length; i++) {
            String name = prefix + "dense" + (i + 1);
            DenseLayer.Builder b = new DenseLayer.Builder().nOut(sizes[i]).activation(Activation.RELU);
            if (dropout > 0) b.dropOut(1 - dropout);
            g.addLayer(name, b.build(), last);
            last = name;
        }
        return last;
    }

    /** Softmax output with class-weighted cross-entropy; sets the graph output. */
    public static void softmaxHead(GraphBuilder g, String input, float[] classWeights) {
        softmaxHeads(g, List.of(input), classWeights);
    }

    /**
     * One softmax output per ensemble member, each on its own branch and with its own loss, so
     * the members train independently in one graph; the prediction is the mean of the outputs
     * ({@link Predictor}). The first output keeps the single-model name.
     */
    public static void softmaxHeads(GraphBuilder g, List<String> inputs, float[] classWeights) {
        String[] names = new String[inputs.size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = i == 0 ? OUTPUT : OUTPUT + (i + 1);
            LossMCXENT loss = new LossMCXENT(Nd4j.createFromArray(classWeights).reshape(1, classWeights.length));
            g.addLayer(names[i], new OutputLayer.Builder().nOut(classWeights.length)
                    .activation(Activation.SOFTMAX).lossFunction(loss).build(), inputs.get(i));
        }
        g.setOutputs(names);
    }

    static boolean contains(int[] values, int v) {
        if (values == null) return false;
        for (int x : values) if (x == v) return true;
        return false;
    }

    static void checkSameLength(String what, int[] a, int[] b) {
        if (a == null || b == null || a.length != b.length) {
            throw new IllegalArgumentException("preset architecture: " + what + " must have the same number of entries");
        }
    }
}
