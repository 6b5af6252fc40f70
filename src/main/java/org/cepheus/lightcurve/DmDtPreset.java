package org.cepheus.lightcurve;

/**
 * dm-dt parameters from resources/presets/dmdt.json: which binning is the default and the data of
 * each recipe.
 *
 * @param bins             default recipe, "mahabal" or "fd"
 * @param sampling         the pair cap past which images are counted from a random sample of pairs
 * @param mahabal          the fixed edges of Mahabal et al. 2017
 * @param freedmanDiaconis settings of the catalog-derived grid
 */
public record DmDtPreset(String bins, Sampling sampling, FixedEdges mahabal, FdSettings freedmanDiaconis) {

    public static DmDtPreset defaults() {
        return Presets.read("dmdt.json", DmDtPreset.class);
    }

    /**
     * @param maxPairs curves with more pairs i &lt; j than this are counted from this many pairs drawn
     *                 uniformly at random; 0 counts all pairs however many there are
     * @param seed     seed of that draw, so an image is the same on every run
     */
    public record Sampling(String reference, long maxPairs, long seed) {
        public Sampling {
            if (maxPairs < 0 || maxPairs > Integer.MAX_VALUE) throw new IllegalArgumentException("maxPairs must be in [0, 2^31)");
        }
    }

    /** Fixed bin edges in magnitudes and days. */
    public record FixedEdges(String reference, double[] dmEdges, double[] dtEdges) { }

    /**
     * @param pairQuantile      per curve, the dm range is taken between this quantile of its pair
     *                          differences and its complement (0.005: ignores the 0.5% most extreme pairs,
     *                          which one bad point produces)
     * @param catalogPercentile over the catalog, the grid spans from this percentile of the per-curve
     *                          lower ends to the complementary percentile of the upper ends (0.01: a
     *                          handful of odd curves cannot stretch the grid)
     */
    public record FdSettings(String reference, double pairQuantile, double catalogPercentile) {
        public FdSettings {
            if (!(pairQuantile >= 0 && pairQuantile < 0.5)) throw new IllegalArgumentException("pairQuantile must be in [0, 0.5)");
            if (!(catalogPercentile >= 0 && catalogPercentile < 0.5)) throw new IllegalArgumentException("catalogPercentile must be in [0, 0.5)");
        }
    }
}
