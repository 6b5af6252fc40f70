package org.cepheus.lightcurve;

/**
 * Sequence-encoding parameters from resources/presets/sequence.json.
 *
 * @param length        fixed sequence length, or 0 to take the peak of the catalog's length distribution
 * @param includeErrors whether the magnitude errors form a third channel
 * @param peakBinWidth  width (in points) of the length histogram whose mode is the peak
 */
public record SequencePreset(int length, boolean includeErrors, int peakBinWidth) {
    public SequencePreset {
        if (length < 0) throw new IllegalArgumentException("length must be >= 0");
        if (peakBinWidth < 1) throw new IllegalArgumentException("peakBinWidth must be >= 1");
    }

    public static SequencePreset defaults() {
        return Presets.read("sequence.json", SequencePreset.class);
    }
}
