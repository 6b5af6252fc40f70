package org.cepheus.lightcurve;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import org.cepheus.catalog.LightCurve;
import org.junit.jupiter.api.Test;

class SequenceEncoderTest {

    @Test
    void padsWithZerosAndMasksOnARealOgleCurve() {
        LightCurve lc = RealCurves.ogle().get(3);
        int n = lc.size();
        SequenceEncoder enc = new SequenceEncoder(n + 50, true);
        EncodedSequence s = enc.encode(lc);
        assertEquals(3, s.channelCount());
        assertEquals(n + 50, s.length());
        assertEquals(n, s.realPoints());
        for (int k = 0; k < s.length(); k++) {
            assertEquals(k < n ? 1f : 0f, s.mask()[k]);
            if (k >= n) for (float[] ch : s.channels()) assertEquals(0f, ch[k], "padding is zero");
        }
        // channel 0: robust z-score, so the median of the real points is 0
        float[] z = java.util.Arrays.copyOf(s.channels()[0], n);
        double[] zd = new double[n];
        for (int k = 0; k < n; k++) zd[k] = z[k];
        assertEquals(0, Stats.median(zd), 1e-6);
        // channel 1: log10(1 + dt), 0 for the first point
        assertEquals(0f, s.channels()[1][0]);
        for (int k = 1; k < n; k++) {
            assertEquals(Math.log10(1 + lc.time()[k] - lc.time()[k - 1]), s.channels()[1][k], 1e-5);
        }
        // channel 2: errors in the units of channel 0
        double scale = (lc.mag()[5] - Stats.median(lc.mag())) / s.channels()[0][5];
        assertEquals(lc.err()[5] / scale, s.channels()[2][5], 1e-5);
    }

    @Test
    void clipsLongCurvesKeepingTheFirstPoints() {
        LightCurve lc = RealCurves.ogle().get(0);
        SequenceEncoder enc = new SequenceEncoder(100, false);
        EncodedSequence s = enc.encode(lc);
        EncodedSequence full = new SequenceEncoder(lc.size(), false).encode(lc);
        assertEquals(2, s.channelCount());
        assertEquals(100, s.realPoints());
        for (int k = 0; k < 100; k++) assertEquals(full.channels()[0][k], s.channels()[0][k]);
    }

    @Test
    void peakLengthOnSyntheticLengths() {
        // lengths: 40 curves of 100..103, 25 of exactly 357, 30 of 360..369 (none repeated more than 3x)
        List<LightCurve> curves = new ArrayList<>();
        for (int i = 0; i < 40; i++) curves.add(synthetic(100 + i % 4));
        for (int i = 0; i < 25; i++) curves.add(synthetic(357));
        for (int i = 0; i < 30; i++) curves.add(synthetic(360 + i % 10));
        // width 10: bin 100..109 holds 40 and wins, its commonest length is 100..103 (10 each) -> 103
        assertEquals(103, SequenceEncoder.peakLength(curves, 10));
        // width 50: bin 350..399 holds 55 and wins; 357 is its commonest length
        assertEquals(357, SequenceEncoder.peakLength(curves, 50));
    }

    @Test
    void peakLengthOnCrtsIsInTheFullestBin() {
        List<LightCurve> crts = RealCurves.crts();
        int w = SequencePreset.defaults().peakBinWidth();
        int peak = SequenceEncoder.peakLength(crts);
        int[] bins = new int[1000];
        for (LightCurve c : crts) bins[c.size() / w]++;
        for (int b : bins) assertTrue(bins[peak / w] >= b);
        SequenceEncoder enc = SequenceEncoder.forCatalog(crts, SequencePreset.defaults());
        assertEquals(peak, enc.length());
    }

    private static LightCurve synthetic(int n) {
        double[] t = new double[n], m = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = i;
            m[i] = Math.sin(i);
        }
        return new LightCurve("synthetic-" + n, "", t, m, null);
    }
}
