package org.cepheus.learn;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Arrays;

/**
 * One network input, fully described so a saved model re-encodes new curves exactly as in
 * training: the encoder that makes it, the per-sample shape, whether it has a time mask, the
 * encoder's fitted parameters (length, channels, dm-dt edges...) and the normalisation fitted on
 * the training part. Stored in the bundle manifest.
 *
 * @param name          graph input name, e.g. "sequence" or "dmdt"
 * @param encoder       encoder type, e.g. "sequence", "dmdt" (see {@link ModelKind#encoder})
 * @param shape         per-sample shape without the batch axis: [channels, length] for
 *                      sequences (NCW), [1, dmBins, dtBins] for dm-dt images (NCHW)
 * @param masked        true when the input has a [length] mask (1 = real point, 0 = padding)
 * @param params        encoder parameters as JSON
 * @param normalisation per-channel shift and scale, null before fitting
 */
public record InputSpec(String name, String encoder, int[] shape, boolean masked, JsonNode params,
                        Normalisation normalisation) {

    /** Number of floats per sample. */
    public int size() {
        int n = 1;
        for (int s : shape) n *= s;
        return n;
    }

    public int channels() { return shape[0]; }

    /** Last axis length (the sequence length for masked inputs). */
    public int length() { return shape[shape.length - 1]; }

    public InputSpec withNormalisation(Normalisation n) {
        return new InputSpec(name, encoder, shape, masked, params, n);
    }

    /** Same encoder, shape and parameters (normalisation may differ). */
    public boolean sameEncoding(InputSpec o) {
        return name.equals(o.name) && encoder.equals(o.encoder) && Arrays.equals(shape, o.shape)
                && masked == o.masked && java.util.Objects.equals(params, o.params);
    }

    /**
     * Per-channel (value - mean) / std, fitted on the training part only. Masked (padded) positions
     * stay exactly 0 so convolutions see zeros across the boundary.
     */
    public record Normalisation(float[] mean, float[] std) {
        public static Normalisation identity(int channels) {
            float[] m = new float[channels], s = new float[channels];
            Arrays.fill(s, 1f);
            return new Normalisation(m, s);
        }
    }
}
