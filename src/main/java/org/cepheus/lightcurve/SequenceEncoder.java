package org.cepheus.lightcurve;

import java.util.Collection;
import org.cepheus.catalog.LightCurve;

/**
 * Encodes a light curve for the 1D CNN-LSTM as fixed-length channels (the paper: zero padding at the
 * end, clipping after the first {@code length} points):
 * <ol>
 *   <li>standardised magnitude (m - median) / (1.4826 MAD), the robust equivalent of a z-score that
 *       one bad point cannot shrink; the sample standard deviation when MAD is 0, 1 when both are 0;</li>
 *   <li>log10(1 + dt) with dt the time in days since the previous point (0 for the first point), so
 *       cadences from minutes to years fall in 0..~3.5;</li>
 *   <li>optionally the error divided by the same scale as the magnitude (0 when the curve has none).</li>
 * </ol>
 * Median and scale come from all points of the curve, before clipping.
 *
 * @param length        number of time steps
 * @param includeErrors whether the third (error) channel is present
 */
public record SequenceEncoder(int length, boolean includeErrors) {

    public SequenceEncoder {
        if (length < 1) throw new IllegalArgumentException("sequence length must be >= 1, got " + length);
    }

    /** The preset's encoder, its length taken from the catalog when the preset says 0. */
    public static SequenceEncoder forCatalog(Collection<LightCurve> curves, SequencePreset preset) {
        int len = preset.length() > 0 ? preset.length() : peakLength(curves, preset.peakBinWidth());
        return new SequenceEncoder(len, preset.includeErrors());
    }

    public int channelCount() { return includeErrors ? 3 : 2; }

    public EncodedSequence encode(LightCurve lc) {
        double[] t = lc.time(), m = lc.mag(), e = lc.err();
        float[][] ch = new float[channelCount()][length];
        float[] mask = new float[length];
        if (m.length == 0) return new EncodedSequence(ch, mask);
        double median = Stats.median(m);
        double scale = 1.4826 * Stats.mad(m, median);
        if (!(scale > 0)) scale = Stats.std(m);
        if (!(scale > 0)) scale = 1;
        int n = Math.min(length, m.length);
        for (int k = 0; k < n; k++) {
            ch[0][k] = (float) ((m[k] - median) / scale);
            ch[1][k] = k == 0 ? 0f : (float) Math.log10(1 + (t[k] - t[k - 1]));
            if (includeErrors && e != null) ch[2][k] = (float) (e[k] / scale);
            mask[k] = 1f;
        }
        return new EncodedSequence(ch, mask);
    }

    /** The peak of the catalog's length distribution with the preset's bin width. */
    public static int peakLength(Collection<LightCurve> curves) {
        return peakLength(curves, SequencePreset.defaults().peakBinWidth());
    }

    /**
     * The peak of the length distribution, found robustly: exact lengths are too sparse for a mode
     * (CRTS: the commonest length holds 52 of 5,757 curves), so lengths are histogrammed in bins of
     * binWidth points, the fullest bin wins (ties: the longer bin), and within it the commonest exact
     * length is returned (ties: the longer one, so less is clipped).
     */
    public static int peakLength(Collection<LightCurve> curves, int binWidth) {
        if (curves.isEmpty()) throw new IllegalArgumentException("no curves to take a length from");
        int max = 0;
        for (LightCurve c : curves) max = Math.max(max, c.size());
        int[] exact = new int[max + 1];
        int[] binned = new int[max / binWidth + 1];
        for (LightCurve c : curves) {
            exact[c.size()]++;
            binned[c.size() / binWidth]++;
        }
        int best = 0;
        for (int b = 1; b < binned.length; b++) if (binned[b] >= binned[best]) best = b;
        int from = best * binWidth, to = Math.min(max, from + binWidth - 1);
        int peak = from;
        for (int len = from; len <= to; len++) if (exact[len] >= exact[peak]) peak = len;
        return Math.max(1, peak);
    }
}
