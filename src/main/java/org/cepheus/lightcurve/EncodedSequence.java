package org.cepheus.lightcurve;

/**
 * A light curve as fixed-length channels for a 1D network: channels[c][k] for point k, zero after
 * the real points; mask[k] is 1 for a real point and 0 for padding.
 */
public record EncodedSequence(float[][] channels, float[] mask) {
    public int length() { return mask.length; }
    public int channelCount() { return channels.length; }

    /** Number of real (unpadded) points. */
    public int realPoints() {
        int n = 0;
        for (float v : mask) if (v > 0) n++;
        return n;
    }
}
