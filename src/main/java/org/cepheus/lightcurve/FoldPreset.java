package org.cepheus.lightcurve;

/**
 * Folding parameters from resources/presets/fold.json.
 *
 * @param meanBins       phase bins of the binned mean curve drawn over a fold
 * @param dispersionBins phase bins of the PDM theta statistic (Stellingwerf 1978 used 5..10)
 * @param fitHarmonics   harmonics of the Fourier fit drawn over a fold (and locating the primary minimum)
 */
public record FoldPreset(int meanBins, int dispersionBins, int fitHarmonics) {
    /** Read once: the fold view asks on every slider tick, and parsing JSON each time showed. */
    private static final FoldPreset DEFAULTS = Presets.read("fold.json", FoldPreset.class);

    public static FoldPreset defaults() {
        return DEFAULTS;
    }
}
