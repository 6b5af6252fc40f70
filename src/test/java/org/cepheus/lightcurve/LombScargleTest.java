package org.cepheus.lightcurve;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Random;
import org.cepheus.catalog.LightCurve;
import org.junit.jupiter.api.Test;

class LombScargleTest {

    static final PeriodOptions OPTIONS = PeriodOptions.defaults();

    @Test
    void fftMatchesDirectSums() {
        Random r = new Random(1);
        for (int n : new int[]{2, 16, 8192}) {
            double[] re = new double[n], im = new double[n];
            for (int i = 0; i < n; i++) {
                re[i] = r.nextGaussian();
                im[i] = r.nextGaussian();
            }
            double[] fr = re.clone(), fi = im.clone();
            Fft.of(n).transform(fr, fi);
            for (int k : new int[]{0, 1, n / 2, n - 1}) {
                double sr = 0, si = 0;
                for (int j = 0; j < n; j++) {
                    double a = 2 * Math.PI * ((long) j * k % n) / n;
                    sr += re[j] * Math.cos(a) - im[j] * Math.sin(a);
                    si += re[j] * Math.sin(a) + im[j] * Math.cos(a);
                }
                assertEquals(sr, fr[k], 1e-9 * n, "n=" + n + " k=" + k);
                assertEquals(si, fi[k], 1e-9 * n, "n=" + n + " k=" + k);
            }
        }
    }

    @Test
    void fftSkippingEmptyBlocksGivesTheSameTransform() {
        // sparse input as the period search spreads it: clusters of 16 natural nodes, stored bit-reversed
        Random r = new Random(7);
        for (int n : new int[]{1 << 12, 1 << 15, 1 << 16, 1 << 17}) {
            Fft fft = Fft.of(n);
            Fft.Buffers skip = fft.buffers(), full = fft.buffers();
            boolean[] occupied = skip.occupied;
            for (int c = 0; c < n / 1024; c++) { // clusters of 16 nodes covering ~1.6 % of them
                int first = r.nextInt(n);
                for (int q = 0; q < 16; q++) {
                    int p = fft.reversed((first + q) & (n - 1));
                    double x = r.nextGaussian(), y = r.nextGaussian();
                    skip.re[fft.row(p)][fft.col(p)] += x;
                    skip.im[fft.row(p)][fft.col(p)] += y;
                    full.re[fft.row(p)][fft.col(p)] += x;
                    full.im[fft.row(p)][fft.col(p)] += y;
                    occupied[p >> Fft.OCCUPANCY_SHIFT] = true;
                }
            }
            occupied[occupied.length / 3] = true; // a marked block may hold zeros
            int empty = 0;
            for (boolean o : occupied) if (!o) empty++;
            assertTrue(empty > occupied.length / 4, "n=" + n + ": the input leaves blocks empty (" + empty + ")");
            fft.transform(skip, true);
            fft.transform(full, false);
            for (int k = 0; k < n; k++) {
                int row = fft.row(k), col = fft.col(k);
                assertEquals(full.re[row][col], skip.re[row][col], 0.0, "n=" + n + " k=" + k + " real part");
                assertEquals(full.im[row][col], skip.im[row][col], 0.0, "n=" + n + " k=" + k + " imaginary part");
            }
        }
    }

    @Test
    void exactMatchesTextbookFormulaAtOneFrequency() {
        // synthetic: the recurrence-stepped sums against Math.cos/sin at every point and frequency
        LightCurve lc = RealCurves.ogle().get(11);
        GlsData d = new GlsData(lc);
        FrequencyGrid g = new FrequencyGrid(0.05, 0.0123, 3000);
        double[] p = ExactLombScargle.exactPower(d, g);
        for (int k : new int[]{0, 1, 1023, 1024, 1025, 2999}) {
            double f = g.frequency(k), c = 0, s = 0, yc = 0, ys = 0, cc = 0, cs = 0;
            for (int i = 0; i < d.n; i++) {
                double a = 2 * Math.PI * f * d.t[i];
                c += d.w[i] * Math.cos(a);
                s += d.w[i] * Math.sin(a);
                yc += d.wy[i] * Math.cos(a);
                ys += d.wy[i] * Math.sin(a);
                cc += d.w[i] * Math.cos(a) * Math.cos(a);
                cs += d.w[i] * Math.cos(a) * Math.sin(a);
            }
            assertEquals(d.power(c, s, yc, ys, cc, cs), p[k], 1e-9, "k=" + k);
        }
    }

    @Test
    void fastAgreesWithExactOnRealCurves() {
        List<LightCurve> curves = RealCurves.ogle().subList(0, 6);
        for (LightCurve lc : curves) {
            GlsData d = new GlsData(lc);
            for (FrequencyGrid g : List.of(FrequencyGrid.forCurve(lc, OPTIONS), FrequencyGrid.between(0.01, 10, 20_000))) {
                double[] exact = ExactLombScargle.exactPower(d, g);
                double[] fast = FastLombScargle.fastPower(d, g, TrigSums.of(OPTIONS));
                double worst = 0;
                for (int k = 0; k < exact.length; k++) worst = Math.max(worst, Math.abs(exact[k] - fast[k]));
                assertTrue(worst < 1e-6, lc.id() + " grid " + g + ": max |fast - exact| = " + worst);
                Periodogram pe = new ExactLombScargle(OPTIONS).search(lc, g);
                Periodogram pf = new FastLombScargle(OPTIONS).search(lc, g);
                assertEquals(pe.bestPeriod(), pf.bestPeriod(), 1e-9 * pe.bestPeriod(), lc.id());
            }
        }
    }

    @Test
    void oneSearchKeepsAFewFftPlansAndTheyChangeNoResult() {
        LightCurve lc = RealCurves.ogle().get(0);
        GlsData d = new GlsData(lc);
        int kept = 4;
        TrigSums shared = TrigSums.of(OPTIONS, kept);
        // 20 grids of 2^10..2^19 frequencies: more FFT lengths than the search keeps
        for (int rep = 0; rep < 2; rep++) {
            for (int e = 10; e < 20; e++) {
                FrequencyGrid g = FrequencyGrid.between(0.01, 10, (1 << e) - 100);
                double[] reused = FastLombScargle.fastPower(d, g, shared);
                double[] fresh = FastLombScargle.fastPower(d, g, TrigSums.of(OPTIONS));
                assertArrayEquals(fresh, reused, "2^" + e + " pass " + rep);
                assertTrue(shared.plansHeld() <= kept, shared.plansHeld() + " plans held");
            }
        }
        assertEquals(kept, shared.plansHeld());
        assertTrue(TrigSums.PLANS >= 10, "CRTS feature extraction cycles through 10 FFT lengths");
    }
}
