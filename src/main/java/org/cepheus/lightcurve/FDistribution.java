package org.cepheus.lightcurve;

/** Upper tail of Fisher's F distribution through the regularized incomplete beta function. */
final class FDistribution {
    private FDistribution() { }

    /** P(F > x) for d1, d2 degrees of freedom = I_{d2/(d2 + d1 x)}(d2/2, d1/2). */
    static double upperTail(double x, int d1, int d2) {
        if (!(x > 0)) return 1;
        return regularizedBeta(d2 / (d2 + d1 * x), d2 / 2.0, d1 / 2.0);
    }

    /** I_x(a, b) by Lentz's continued fraction (Numerical Recipes 6.4). */
    static double regularizedBeta(double x, double a, double b) {
        if (x <= 0) return 0;
        if (x >= 1) return 1;
        double lnFront = Baluev.logGamma(a + b) - Baluev.logGamma(a) - Baluev.logGamma(b)
                + a * Math.log(x) + b * Math.log1p(-x);
        if (x < (a + 1) / (a + b + 2)) return Math.exp(lnFront) * continuedFraction(x, a, b) / a;
        return 1 - Math.exp(lnFront) * continuedFraction(1 - x, b, a) / b;
    }

    private static double continuedFraction(double x, double a, double b) {
        final double tiny = 1e-300;
        double c = 1, d = 1 - (a + b) * x / (a + 1);
        if (Math.abs(d) < tiny) d = tiny;
        d = 1 / d;
        double h = d;
        for (int m = 1; m <= 300; m++) {
            int m2 = 2 * m;
            double aa = m * (b - m) * x / ((a + m2 - 1) * (a + m2));
            d = 1 + aa * d;
            if (Math.abs(d) < tiny) d = tiny;
            c = 1 + aa / c;
            if (Math.abs(c) < tiny) c = tiny;
            d = 1 / d;
            h *= d * c;
            aa = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1));
            d = 1 + aa * d;
            if (Math.abs(d) < tiny) d = tiny;
            c = 1 + aa / c;
            if (Math.abs(c) < tiny) c = tiny;
            d = 1 / d;
            double del = d * c;
            h *= del;
            if (Math.abs(del - 1) < 1e-15) break;
        }
        return h;
    }
}
