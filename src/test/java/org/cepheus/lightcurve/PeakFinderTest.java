package org.cepheus.lightcurve;

import org.cepheus.catalog.LightCurve;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The peak pick takes the best few maxima from a small heap instead of ordering all of them; it
 * must choose exactly what ordering all maxima chooses (the plain reference below), on real
 * periodograms and where the small heap runs out.
 */
class PeakFinderTest {

    /** The plain definition: every local maximum by decreasing rank (lower index first), greedy distinct pick. */
    private static List<Integer> reference(double[] power, boolean interpolated, FrequencyGrid g, int k, double baseline) {
        double separation = baseline > 0 ? 1 / baseline : g.df();
        List<Integer> maxima = new ArrayList<>();
        for (int i = 0; i < power.length; i++) {
            double p = power[i];
            if (Double.isNaN(p)) continue;
            boolean left = i == 0 || p > power[i - 1];
            boolean right = i == power.length - 1 || p >= power[i + 1];
            if (left && right) maxima.add(i);
        }
        Comparator<Integer> byRank = Comparator.comparingDouble(
                (Integer i) -> interpolated ? PeakFinder.vertexHeight(power, i) : power[i]).reversed();
        maxima.sort(byRank.thenComparingInt(i -> i));
        List<Integer> chosen = new ArrayList<>();
        for (int i : maxima) {
            if (chosen.size() == k) break;
            boolean distinct = true;
            for (int c : chosen) distinct &= Math.abs(g.frequency(c) - g.frequency(i)) > separation;
            if (distinct) chosen.add(i);
        }
        return chosen;
    }

    @Test
    void choosesWhatOrderingAllMaximaChoosesOnRealCrtsPeriodograms() {
        List<LightCurve> curves = RealCurves.crts();
        int compared = 0;
        for (LightCurve lc : curves.subList(0, Math.min(120, curves.size()))) {
            double baseline = lc.timeSpan();
            FrequencyGrid grid = PeriodFinder.coarseGrid(baseline, 1, PeriodOptions.defaults().fftOversampling(), 0.1, 1000);
            double[] power = FastLombScargle.fastPower(new GlsData(lc), grid, TrigSums.of(PeriodOptions.defaults()));
            for (boolean interpolated : new boolean[]{true, false}) {
                for (int k : new int[]{1, 3, 8, 40}) {
                    assertEquals(reference(power, interpolated, grid, k, baseline),
                            PeakFinder.chosenMaxima(power, interpolated, grid, k, baseline), lc.id() + " k=" + k);
                    compared++;
                }
            }
        }
        assertTrue(compared >= 8 * 100, "compared " + compared);
    }

    @Test
    void fallsBackToAllMaximaWhenTheBestAreSideLobesOfOnePeak() {
        // SYNTHETIC: 200 maxima of one comb two steps apart, the highest first, then three lower
        // isolated peaks far away: the 32 best maxima are all within the separation of the first,
        // so the small heap cannot give 4 distinct peaks and the pick must look at all maxima
        int n = 2000;
        double[] power = new double[n];
        for (int j = 0; j < 200; j++) power[2 * j + 1] = 1.0 - j * 1e-4;
        power[1200] = 0.5;
        power[1500] = 0.4;
        power[1800] = 0.5; // ties with 1200: the lower index first
        FrequencyGrid g = new FrequencyGrid(0.01, 0.001, n);
        double baseline = 1 / 0.5; // separation 0.5 c/d = 500 steps: the whole comb is one peak
        List<Integer> chosen = PeakFinder.chosenMaxima(power, false, g, 4, baseline);
        assertEquals(List.of(1, 1200, 1800), chosen, "the comb's top, then the isolated peaks (1500 is within 0.5 c/d of 1200)");
        assertEquals(reference(power, false, g, 4, baseline), chosen);
    }
}
