package org.cepheus.catalog;

import java.util.Arrays;

/**
 * Points of a curve kept but not used: upper limits (an AAVSO "fainter than" row), outliers found
 * at loading, points the user excluded. They are shown (distinctly) and exported with their reason,
 * but never enter a period search, a fold, features, dm-dt images or training, which all read the
 * curve's own arrays only.
 *
 * @param line the source line of each point (0 when unknown), for messages and tooltips
 */
public record SetAside(double[] time, double[] mag, double[] err, Reason[] reason, int[] line) {

    /** Why a point is set aside. */
    public enum Reason {
        /** a "fainter than" observation: the star was below this magnitude */
        UPPER_LIMIT,
        /** a time far outside the curve's own span (e.g. a bad time stamp) */
        TIME_OUTLIER,
        /** a magnitude far from the curve's robust spread */
        MAG_OUTLIER,
        /** excluded by the user */
        EXCLUDED
    }

    public static final SetAside NONE = new SetAside(new double[0], new double[0], new double[0], new Reason[0], new int[0]);

    public SetAside {
        int n = time.length;
        if (mag.length != n || err.length != n || reason.length != n || line.length != n) {
            throw new IllegalArgumentException("set-aside arrays differ in length");
        }
    }

    public int size() { return time.length; }

    public boolean isEmpty() { return time.length == 0; }

    public int count(Reason r) {
        int c = 0;
        for (Reason x : reason) if (x == r) c++;
        return c;
    }

    /** Both sets together (this one's points first). */
    public SetAside plus(SetAside o) {
        if (o.isEmpty()) return this;
        if (isEmpty()) return o;
        int n = size(), m = o.size();
        double[] t = Arrays.copyOf(time, n + m), mg = Arrays.copyOf(mag, n + m), e = Arrays.copyOf(err, n + m);
        Reason[] r = Arrays.copyOf(reason, n + m);
        int[] l = Arrays.copyOf(line, n + m);
        System.arraycopy(o.time, 0, t, n, m);
        System.arraycopy(o.mag, 0, mg, n, m);
        System.arraycopy(o.err, 0, e, n, m);
        System.arraycopy(o.reason, 0, r, n, m);
        System.arraycopy(o.line, 0, l, n, m);
        return new SetAside(t, mg, e, r, l);
    }
}
