package org.cepheus.learn;

/**
 * Turns a star into the floats of one network input. Encoders are pure and thread-safe: the data
 * pipeline calls them from worker threads, once per star, and caches the result.
 */
public interface InputEncoder {

    /** The input this encoder fills. */
    InputSpec spec();

    /**
     * Writes one sample, before normalisation.
     *
     * @param features destination of {@code spec().size()} floats, row-major in spec().shape();
     *                 arrives zeroed
     * @param mask     destination of {@code spec().length()} floats (1 = data, 0 = padding) when
     *                 spec().masked(), else null; arrives zeroed
     */
    void encode(Star star, float[] features, float[] mask);
}
