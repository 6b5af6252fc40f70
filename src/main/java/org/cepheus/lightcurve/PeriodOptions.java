package org.cepheus.lightcurve;

/**
 * Period-search parameters (resources/presets/period.json).
 *
 * @param method             "gls", "ce" or "aov"
 * @param minPeriod          shortest period searched, days
 * @param maxPeriod          longest period searched, days; 0 = half the curve's baseline
 * @param oversampling       frequency spacing = 1 / (oversampling * baseline) for automatic grids
 * @param frequencies        explicit number of frequencies between 1/maxPeriod and 1/minPeriod; 0 = automatic
 * @param topK               number of distinct peaks kept
 * @param refineSteps        steps of the exact local search around each peak (over +-1 grid spacing)
 * @param spreading          fast Lomb-Scargle: "es" (non-uniform FFT kernel) or "lagrange" (Press & Rybicki extirpolation)
 * @param kernelWidth        grid nodes each point is spread onto (astropy's extirpolation uses 4)
 * @param fftOversampling    FFT length >= this times the number of frequencies (astropy uses 5)
 * @param aovHarmonics       harmonics of the multi-harmonic AoV model
 * @param ceBins             conditional-entropy binning
 * @param peakAnalysis       what is said about the listed peaks (S/N, uncertainty, choice by shape, prewhitening)
 */
public record PeriodOptions(String method, double minPeriod, double maxPeriod, double oversampling,
                            int frequencies, int topK, int refineSteps, String spreading, int kernelWidth,
                            double fftOversampling, int aovHarmonics, CeBins ceBins,
                            PeakAnalysis peakAnalysis) {

    /** Conditional entropy: phase and magnitude bins, quantile clipped at each end of the magnitudes. */
    public record CeBins(int phase, int magnitude, double clipQuantile) {
        public CeBins {
            if (phase < 2 || magnitude < 2) throw new IllegalArgumentException("conditional entropy needs >= 2 phase and magnitude bins");
            if (!(clipQuantile >= 0 && clipQuantile < 0.5)) throw new IllegalArgumentException("clipQuantile must be in [0, 0.5)");
        }
    }


    /**
     * @param snrWindow            S/N = power over the median power within +-snrWindow/2 c/d of the peak
     * @param uncertaintyHarmonics harmonics of the fit whose first amplitude and residual noise give the period uncertainty
     * @param choiceHarmonics      0: the best peak is the most powerful; h > 0: among the listed peaks, the one
     *                             an h-harmonic Fourier series fits best (the feature extractor's shape choice)
     * @param prewhitenSteps       default number of successive periods of a prewhitening run
     * @param prewhitenHarmonics   harmonics of the fit subtracted at each prewhitening step
     * @param prewhitenExclusion   a step's period is its strongest peak not within this many peak widths (1 / time span) of an earlier step's
     */
    public record PeakAnalysis(double snrWindow, int uncertaintyHarmonics, int choiceHarmonics,
                               int prewhitenSteps, int prewhitenHarmonics, double prewhitenExclusion) {
        public PeakAnalysis {
            if (!(snrWindow > 0)) throw new IllegalArgumentException("snrWindow must be > 0 c/d");
            if (uncertaintyHarmonics < 1 || prewhitenHarmonics < 1) throw new IllegalArgumentException("harmonics must be >= 1");
            if (choiceHarmonics < 0) throw new IllegalArgumentException("choiceHarmonics must be >= 0");
            if (prewhitenSteps < 1) throw new IllegalArgumentException("prewhitenSteps must be >= 1");
            if (!(prewhitenExclusion >= 0)) throw new IllegalArgumentException("prewhitenExclusion must be >= 0");
        }

        public PeakAnalysis withChoiceHarmonics(int h) {
            return new PeakAnalysis(snrWindow, uncertaintyHarmonics, h, prewhitenSteps, prewhitenHarmonics, prewhitenExclusion);
        }
    }

    public PeriodOptions {
        if (method == null || method.isBlank()) method = "gls";
        method = method.trim().toLowerCase(java.util.Locale.ROOT);
        if (!(minPeriod > 0)) throw new IllegalArgumentException("minimum period must be > 0 days, got " + minPeriod);
        if (maxPeriod < 0) throw new IllegalArgumentException("maximum period must be >= 0 days (0 = automatic), got " + maxPeriod);
        if (maxPeriod > 0 && maxPeriod <= minPeriod) {
            throw new IllegalArgumentException("maximum period " + maxPeriod + " must exceed minimum period " + minPeriod);
        }
        if (!(oversampling > 0)) throw new IllegalArgumentException("oversampling must be > 0, got " + oversampling);
        if (frequencies < 0 || frequencies == 1) throw new IllegalArgumentException("number of frequencies must be 0 (automatic) or >= 2");
        if (topK < 1) throw new IllegalArgumentException("top K must be >= 1");
        if (refineSteps < 0) throw new IllegalArgumentException("refine steps must be >= 0");
        SpreadingKernel.byName(spreading);
        if (kernelWidth < 2 || kernelWidth > 32) throw new IllegalArgumentException("kernel width must be in 2..32");
        if (aovHarmonics < 1 || aovHarmonics > 20) throw new IllegalArgumentException("AoV harmonics must be in 1..20");
        if (ceBins == null) ceBins = new CeBins(10, 5, 0.01);
        if (peakAnalysis == null) peakAnalysis = new PeakAnalysis(1.0, 4, 0, 3, 4, 1);
        if (!(fftOversampling >= 1.1)) throw new IllegalArgumentException("fft oversampling must be >= 1.1");
    }

    public static PeriodOptions defaults() {
        return Presets.read("period.json", PeriodOptions.class);
    }

    public PeriodOptions withMethod(String m) { return new PeriodOptions(m, minPeriod, maxPeriod, oversampling, frequencies, topK, refineSteps, spreading, kernelWidth, fftOversampling, aovHarmonics, ceBins, peakAnalysis); }
    public PeriodOptions withPeriodRange(double min, double max) { return new PeriodOptions(method, min, max, oversampling, frequencies, topK, refineSteps, spreading, kernelWidth, fftOversampling, aovHarmonics, ceBins, peakAnalysis); }
    public PeriodOptions withOversampling(double k) { return new PeriodOptions(method, minPeriod, maxPeriod, k, 0, topK, refineSteps, spreading, kernelWidth, fftOversampling, aovHarmonics, ceBins, peakAnalysis); }
    public PeriodOptions withFrequencies(int n) { return new PeriodOptions(method, minPeriod, maxPeriod, oversampling, n, topK, refineSteps, spreading, kernelWidth, fftOversampling, aovHarmonics, ceBins, peakAnalysis); }
    public PeriodOptions withSpreading(String kernel, int width, double fftOver) { return new PeriodOptions(method, minPeriod, maxPeriod, oversampling, frequencies, topK, refineSteps, kernel, width, fftOver, aovHarmonics, ceBins, peakAnalysis); }
    public PeriodOptions withAovHarmonics(int n) { return new PeriodOptions(method, minPeriod, maxPeriod, oversampling, frequencies, topK, refineSteps, spreading, kernelWidth, fftOversampling, n, ceBins, peakAnalysis); }
    public PeriodOptions withTopK(int k) { return new PeriodOptions(method, minPeriod, maxPeriod, oversampling, frequencies, k, refineSteps, spreading, kernelWidth, fftOversampling, aovHarmonics, ceBins, peakAnalysis); }
    public PeriodOptions withPeakAnalysis(PeakAnalysis a) { return new PeriodOptions(method, minPeriod, maxPeriod, oversampling, frequencies, topK, refineSteps, spreading, kernelWidth, fftOversampling, aovHarmonics, ceBins, a); }
}
