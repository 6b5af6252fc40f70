package org.cepheus.lightcurve;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/** The one percentile definition against values worked out by hand (numpy.percentile gives the same). */
class StatsTest {

    @Test
    void percentileInterpolatesBetweenOrderStatistics() {
        double[] v = {40, 15, 50, 35, 20}; // sorted: 15 20 35 40 50
        assertEquals(15, Stats.percentile(v, 0));
        assertEquals(50, Stats.percentile(v, 100));
        assertEquals(35, Stats.percentile(v, 50));
        assertEquals(29, Stats.percentile(v, 40), 1e-12);   // position 1.6: 20 + 0.6 * (35 - 20)
        assertEquals(17, Stats.percentile(v, 10), 1e-12);   // position 0.4: 15 + 0.4 * 5
        assertEquals(48, Stats.percentile(v, 95), 1e-12);   // position 3.8: 40 + 0.8 * 10
        assertArrayEquals(new double[]{40, 15, 50, 35, 20}, v, "the input is left as it was");
    }

    @Test
    void evenCountMedianIsTheMeanOfTheMiddleTwo() {
        assertEquals(2.5, Stats.percentile(new double[]{4, 1, 3, 2}, 50), 1e-12);
        assertEquals(1.75, Stats.percentile(new double[]{4, 1, 3, 2}, 25), 1e-12); // position 0.75
        assertEquals(2, Stats.median(new double[]{3, 1, 2, 2}), 1e-12);
        assertEquals(7, Stats.percentile(new double[]{7}, 99));
    }

    @Test
    void magnitudeStatsUsesTheSameDefinition() {
        double[] sorted = {15, 20, 35, 40, 50};
        for (double q : new double[]{0, 5, 10, 25, 40, 50, 75, 95, 100}) {
            assertEquals(Stats.percentile(sorted, q), MagnitudeStats.percentile(sorted, q), 0, "q=" + q);
        }
        assertEquals(17, MagnitudeStats.percentile(sorted, 10), 1e-12);
        // |x - 35| = 20 15 0 5 15: median 15
        assertEquals(15, MagnitudeStats.mad(new double[]{15, 20, 35, 40, 50}), 1e-12);
    }

    @Test
    void noValuesOrAPercentileOutside0To100IsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Stats.percentile(new double[0], 50));
        assertThrows(IllegalArgumentException.class, () -> Stats.percentile(new double[]{1, 2}, 101));
        assertThrows(IllegalArgumentException.class, () -> Stats.percentile(new double[]{1, 2}, 0.5 - 1));
    }
}
