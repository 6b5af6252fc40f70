package org.cepheus.lightcurve;

/**
 * Java's {@code x % y} on doubles, where the period searches need it per point and frequency:
 * HotSpot compiles double {@code %} to a call into the C library's fmod, measured at 61-70 ns a
 * call here against under 1 ns for the truncation below (Java 17, C2). Both give the exact
 * remainder (the result of fmod is exactly representable, and each step below is exact), so
 * the values are the same bit for bit except that a negative exact multiple gives +0.0, not -0.0.
 */
final class Remainder {
    private Remainder() { }

    /** {@code x % 1.0}: the signed fractional part. */
    static double ofOne(double x) {
        if (!(Math.abs(x) < 0x1p62)) return x % 1.0; // NaN, infinities, or beyond a long
        return x - (long) x;
    }

    /** {@code x % n} for n a power of two. */
    static double ofPowerOfTwo(double x, double n) {
        double q = x / n; // exact: n is a power of two
        if (!(Math.abs(q) < 0x1p62)) return x % n;
        return x - (long) q * n;
    }
}
