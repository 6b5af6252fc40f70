package org.cepheus.learn;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import org.cepheus.catalog.LightCurve;
import org.junit.jupiter.api.Test;

class TrainingDataTest {

    @Test
    void medianStepInterpolatesLikeTheFeatures() {
        // steps 1 2: the median is 1.5 (nearest rank, used before, gave 2)
        assertEquals(1.5, TrainingData.medianStep(new double[]{0, 1, 3}), 1e-12);
        // steps 1 2 3 10: (2 + 3) / 2
        assertEquals(2.5, TrainingData.medianStep(new double[]{0, 1, 3, 6, 16}), 1e-12);
        assertEquals(0, TrainingData.medianStep(new double[]{5}));
    }

    @Test
    void profilePercentilesInterpolate() {
        // 10, 20, 30, 40, 50 points one day apart: baselines 9, 19, 29, 39, 49 days
        List<Star> stars = new ArrayList<>();
        for (int n = 10; n <= 50; n += 10) {
            double[] t = new double[n], m = new double[n];
            for (int i = 0; i < n; i++) t[i] = i;
            stars.add(new Star("s" + n, "RRab", List.of(new LightCurve("s" + n, "V", t, m, null))));
        }
        Manifest.DataProfile p = TrainingData.profile(stars, "V");
        assertEquals(10, p.minPoints());
        assertEquals(12, p.lowPoints(), "5th percentile at position 0.2: 10 + 0.2 * 10");
        assertEquals(1, p.cadenceLow(), 1e-12);
        assertEquals(1, p.cadenceHigh(), 1e-12);
        assertEquals(9.4, p.baselineLow(), 1e-9, "position 0.04: 9 + 0.04 * 10");
        assertEquals(48.6, p.baselineHigh(), 1e-9, "position 3.96: 39 + 0.96 * 10");
    }
}
