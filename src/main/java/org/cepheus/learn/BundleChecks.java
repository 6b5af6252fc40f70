package org.cepheus.learn;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * What a bundle must satisfy before it is used, each refusal saying in words what is wrong: a
 * manifest edited by hand (or by a stranger) must not silently change what the network sees.
 */
final class BundleChecks {
    /**
     * Real inflated bytes, not the sizes the zip declares. A 5-member period-features ensemble's
     * manifest holds its novelty detector's eight 640 x 640 covariances as JSON: 68-69 MB measured
     * (issue #15), so 64 MB refused bundles that train writes; 256 MB as for the network entries.
     */
    static final long MAX_MANIFEST_BYTES = 256L << 20;
    /** Per entry; the largest preset network (the paper's CNN-LSTM) holds ~12 MB of weights. */
    static final long MAX_NETWORK_BYTES = 256L << 20;

    private BundleChecks() { }

    /** The version must be exactly this Cepheus's integer, not "1" or 1.9. */
    static int formatVersion(JsonNode tree) {
        JsonNode v = tree.get("formatVersion");
        if (v == null || v.isNull()) return -1;
        if (!v.isIntegralNumber()) return -2;
        return v.intValue();
    }

    /**
     * A library's failure in words (its message's first line), or null when it has none for a user:
     * a NullPointerException or index error inside DL4J says nothing about the file (a reviewer saw
     * "Cannot invoke ... because ... is null" and "Index 1 out of bounds for length 1" as refusals).
     */
    static String words(Throwable e) {
        if (e instanceof NullPointerException || e instanceof IndexOutOfBoundsException || e instanceof ClassCastException
                || e instanceof ArithmeticException || e instanceof NegativeArraySizeException
                || e instanceof NumberFormatException) {
            return null;
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? null : firstLine(m);
    }

    /** " (words)" or "". */
    static String inParentheses(Throwable e) {
        String w = words(e);
        return w == null ? "" : " (" + w + ")";
    }

    static String firstLine(String s) {
        if (s == null) return "unreadable";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    static void manifest(Path file, Manifest m) throws IOException {
        Set<String> seen = new HashSet<>();
        for (String c : m.classNames()) {
            if (c == null || c.isBlank()) throw new InvalidBundleException(file, "manifest.json lists an empty class name");
            if (!seen.add(c)) throw new InvalidBundleException(file, "manifest.json lists class '" + c + "' twice");
        }
        for (InputSpec in : m.inputs()) {
            String what = "input '" + in.name() + "'";
            if (in.shape() == null || in.shape().length == 0 || Arrays.stream(in.shape()).anyMatch(s -> s <= 0)) {
                throw new InvalidBundleException(file, what + " has no valid shape " + Arrays.toString(in.shape()));
            }
            InputSpec.Normalisation n = in.normalisation();
            if (n == null || n.mean() == null || n.std() == null) {
                throw new InvalidBundleException(file, what + " has no normalisation (a finished model always has one)");
            }
            if (n.mean().length != in.channels() || n.std().length != in.channels()) {
                throw new InvalidBundleException(file, what + ": normalisation has " + n.mean().length + " means and "
                        + n.std().length + " scales for " + in.channels() + " channels");
            }
            for (int c = 0; c < in.channels(); c++) {
                if (!Float.isFinite(n.mean()[c]) || !Float.isFinite(n.std()[c]) || n.std()[c] <= 0) {
                    throw new InvalidBundleException(file, what + ": normalisation of channel " + c + " is mean "
                            + n.mean()[c] + ", scale " + n.std()[c] + " (needs finite values and a scale > 0)");
                }
            }
        }
    }

    /** A temperature (absent in older bundles: T = 1) must be a positive finite number. */
    static void temperature(Path file, Manifest m) throws IOException {
        Double t = m.temperature();
        if (t != null && !(t > 0 && Double.isFinite(t))) {
            throw new InvalidBundleException(file, "manifest.json: the softmax temperature is " + t + " (needs a finite number > 0)");
        }
    }

    /** A novelty detector (absent in older bundles: fine) must be whole and fit the classes. */
    static void novelty(Path file, Manifest m) throws IOException {
        NoveltyModel n = m.novelty();
        if (n == null) return;
        if (n.parts() == null || n.parts().isEmpty()) throw new InvalidBundleException(file, "manifest.json: the novelty detector has no parts");
        if (!Double.isFinite(n.threshold())) {
            throw new InvalidBundleException(file, "manifest.json: the novelty threshold is " + n.threshold() + " (needs a finite number)");
        }
        for (NoveltyModel.Part p : n.parts()) {
            String what = "manifest.json: novelty part '" + p.space() + "'";
            boolean probability = NoveltyModel.PROBABILITY.equals(p.space());
            if (!NoveltyModel.EMBEDDING.equals(p.space()) && !NoveltyModel.INPUT.equals(p.space()) && !probability) {
                throw new InvalidBundleException(file, what + " is not 'embedding', 'input' or 'probability'");
            }
            if (!probability) distances(file, what, p, m.classNames().size());
            if (!(p.scale() > 0 && Double.isFinite(p.scale()))) throw new InvalidBundleException(file, what + ": scale " + p.scale() + " (needs > 0)");
        }
    }

    private static void distances(Path file, String what, NoveltyModel.Part p, int classes) throws IOException {
        if (p.means() == null || p.means().length != classes) {
            throw new InvalidBundleException(file, what + " has " + (p.means() == null ? 0 : p.means().length)
                    + " class means for " + classes + " classes");
        }
        int d = p.dimension();
        for (double[] mu : p.means()) {
            if (mu == null || mu.length != d || d == 0) throw new InvalidBundleException(file, what + ": class means of unequal length");
            for (double v : mu) if (!Double.isFinite(v)) throw new InvalidBundleException(file, what + ": a class mean is not finite");
        }
        if (p.precisions() == null || (p.precisions().length != 1 && p.precisions().length != classes)) {
            throw new InvalidBundleException(file, what + ": needs one shared precision matrix or one per class");
        }
        for (double[] pr : p.precisions()) {
            if (pr == null || pr.length != (long) d * d) throw new InvalidBundleException(file, what + ": precision matrix is not " + d + " x " + d);
            for (double v : pr) if (!Double.isFinite(v)) throw new InvalidBundleException(file, what + ": precision matrix not finite");
        }
        if ((p.backgroundMean() == null) != (p.backgroundPrecision() == null)) {
            throw new InvalidBundleException(file, what + ": a background mean needs its precision matrix and vice versa");
        }
        if (p.relative()) {
            if (p.backgroundMean().length != d || p.backgroundPrecision().length != (long) d * d) {
                throw new InvalidBundleException(file, what + ": the background Gaussian is not of dimension " + d);
            }
            for (double v : p.backgroundMean()) if (!Double.isFinite(v)) throw new InvalidBundleException(file, what + ": background mean not finite");
            for (double v : p.backgroundPrecision()) if (!Double.isFinite(v)) throw new InvalidBundleException(file, what + ": background precision not finite");
        }
        if (p.offset() != null && !Double.isFinite(p.offset())) throw new InvalidBundleException(file, what + ": offset " + p.offset() + " is not finite");
    }

    /** The detector's dimensions against the network: its inputs and the widths feeding the softmax layers. */
    private static void noveltyFits(Path file, Manifest m, ComputationGraph net) throws IOException {
        if (m.novelty() == null) return;
        long embedding = 0;
        for (int i = 0; i < net.getNumOutputArrays(); i++) embedding += net.getOutputLayer(i).getParam("W").rows();
        for (NoveltyModel.Part p : m.novelty().parts()) {
            if (p.space().equals(NoveltyModel.PROBABILITY)) continue;
            long want = p.space().equals(NoveltyModel.INPUT)
                    ? (m.inputs().get(0).shape().length == 1 ? m.inputs().get(0).size() : -1) : embedding;
            if (p.dimension() != want) {
                throw new InvalidBundleException(file, "manifest.json: novelty part '" + p.space() + "' has " + p.dimension()
                        + " dimensions, the network " + (want < 0 ? "no flat first input" : want));
            }
        }
    }

    /** The manifest's inputs and classes against the restored network. */
    static void matches(Path file, Manifest m, ComputationGraph net) throws IOException {
        var conf = net.getConfiguration();
        List<String> names = conf.getNetworkInputs();
        if (names.size() != m.inputs().size()) {
            throw new InvalidBundleException(file, "network has " + names.size() + " inputs, manifest " + m.inputs().size());
        }
        for (int i = 0; i < names.size(); i++) {
            if (!names.get(i).equals(m.inputs().get(i).name())) {
                throw new InvalidBundleException(file, "network input " + i + " is '" + names.get(i)
                        + "', manifest says '" + m.inputs().get(i).name() + "'");
            }
        }
        if (net.params() == null || net.numParams() == 0) {
            throw new InvalidBundleException(file, "the network inside has no weights");
        }
        long outputs = net.getOutputLayer(0).getParam("b").length();
        if (outputs != m.classNames().size()) {
            throw new InvalidBundleException(file, "network has " + outputs + " outputs but the manifest lists "
                    + m.classNames().size() + " classes");
        }
        // after the outputs: a class list that does not fit the network is the first thing to say
        temperature(file, m);
        novelty(file, m);
        noveltyFits(file, m, net);
        probe(file, m, net);
    }

    /**
     * One all-zero sample of the manifest's shapes through the network: a shape the layers were not
     * built for fails here, with a message, instead of at the first classification. (A sequence
     * length edited consistently in shape and parameters cannot be caught: recurrent layers accept
     * any length.)
     */
    private static void probe(Path file, Manifest m, ComputationGraph net) throws IOException {
        int k = m.inputs().size();
        INDArray[] in = new INDArray[k], masks = new INDArray[k];
        boolean anyMask = false;
        for (int i = 0; i < k; i++) {
            InputSpec s = m.inputs().get(i);
            long[] shape = new long[s.shape().length + 1];
            shape[0] = 1;
            for (int d = 0; d < s.shape().length; d++) shape[d + 1] = s.shape()[d];
            in[i] = Nd4j.zeros(DataType.FLOAT, shape);
            if (s.masked()) {
                masks[i] = Nd4j.ones(DataType.FLOAT, 1, s.length());
                anyMask = true;
            }
        }
        INDArray[] out;
        try {
            out = net.output(false, in, anyMask ? masks : null);
        } catch (RuntimeException e) {
            throw new InvalidBundleException(file, "the network does not accept the manifest's input shapes "
                    + m.inputs().stream().map(s -> s.name() + " " + Arrays.toString(s.shape())).toList()
                    + inParentheses(e), e);
        }
        long cols = out[0].size(out[0].rank() - 1);
        if (cols != m.classNames().size()) {
            throw new InvalidBundleException(file, "network gives " + cols + " probabilities for "
                    + m.classNames().size() + " classes");
        }
        checkEncoders(file, m);
    }

    /** Each encoder checks the spec's shape against its parameters when it is made. */
    private static void checkEncoders(Path file, Manifest m) throws IOException {
        try {
            ModelKind kind = ModelKinds.byId(m.modelKind());
            try (FeatureStore none = FeatureStore.inMemory()) {
                for (InputSpec s : m.inputs()) kind.encoder(s, none);
            }
        } catch (RuntimeException e) {
            String why = words(e);
            throw new InvalidBundleException(file, "manifest.json: " + (why == null ? "its inputs do not fit the model kind" : why), e);
        }
    }
}
