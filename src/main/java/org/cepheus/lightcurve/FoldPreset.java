package org.cepheus.lightcurve;

/**
 * Folding parameters from resources/presets/fold.json.
 *
 * @param meanBins       phase bins of the binned mean curve drawn over a fold
 * @param dispersionBins phase bins of the PDM theta statistic (Stellingwerf 1978 used 5..10)
 */
public record FoldPreset(int meanBins, int dispersionBins) {
    /** Read once: the fold view asks on every slider tick, and parsing JSON each time showed. */
    private static final FoldPreset DEFAULTS = Presets.read("fold.json", FoldPreset.class);

    public static FoldPreset defaults() {
        return DEFAULTS;
    }
}
