package org.cepheus.lightcurve;

import org.cepheus.catalog.LightCurve;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The fast remainders give what Java's double % gives, bit for bit (up to the sign of a zero). */
class RemainderTest {

    private static void same(double expected, double actual, String what) {
        if (expected == 0 && actual == 0) return; // -0.0 vs +0.0 for exact multiples: documented
        assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(actual), what + ": " + expected + " vs " + actual);
    }

    @Test
    void sameAsTheOperatorOnTheArgumentsThePeriodSearchesUse() {
        int compared = 0;
        // real CRTS times (relative and absolute) times the frequencies of a search grid
        for (LightCurve lc : RealCurves.crts().subList(0, 40)) {
            double[] t = lc.time();
            double t0 = t[t.length / 2];
            for (double f = 0.001; f < 10; f *= 1.37) {
                for (double ti : t) {
                    same((f * (ti - t0)) % 1.0, Remainder.ofOne(f * (ti - t0)), "ofOne");
                    same((f * ti) % 1.0, Remainder.ofOne(f * ti), "ofOne absolute");
                    double scale = f * 65536;
                    same(((ti - t0) * scale) % 65536, Remainder.ofPowerOfTwo((ti - t0) * scale, 65536), "ofPowerOfTwo");
                    compared += 3;
                }
            }
        }
        assertEquals(true, compared > 100_000, "compared " + compared);
    }

    @Test
    void edgeValues() {
        double[] xs = {0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 3.75, -3.75, 1e-300, -1e-300, 0x1p52 + 0.5, 0x1p61, -0x1p61,
                0x1p62, 0x1p70, -0x1p70, Double.MAX_VALUE, Double.MIN_VALUE, Double.NaN,
                Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Math.nextDown(1.0), -Math.nextDown(1.0)};
        for (double x : xs) {
            same(x % 1.0, Remainder.ofOne(x), "ofOne " + x);
            for (double n : new double[]{1, 2, 1024, 65536, 0x1p30}) same(x % n, Remainder.ofPowerOfTwo(x, n), "ofPowerOfTwo " + x + " " + n);
        }
    }
}
