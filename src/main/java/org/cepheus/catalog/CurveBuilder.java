package org.cepheus.catalog;

import java.util.Arrays;

/** Growable primitive columns for one curve while a file is parsed. */
final class CurveBuilder {
    final String id;
    final String band;
    String label;
    double ra = Double.NaN, dec = Double.NaN;
    /** Small to start: a file of 100,000 five-point stars must not reserve 512 points per star. */
    private static final int INITIAL = 16;
    private double[] time = new double[INITIAL], mag = new double[INITIAL], err = new double[INITIAL];
    private int[] line = new int[INITIAL]; // source line of each point (0 = unknown), for naming set-aside points
    private int n;
    private int missingErr;

    CurveBuilder(String id, String band) {
        this.id = id;
        this.band = band;
    }

    void add(double t, double m, double e) { add(t, m, e, 0); }

    void add(double t, double m, double e, int sourceLine) {
        if (n == time.length) {
            time = Arrays.copyOf(time, n * 2);
            mag = Arrays.copyOf(mag, n * 2);
            err = Arrays.copyOf(err, n * 2);
            line = Arrays.copyOf(line, n * 2);
        }
        time[n] = t;
        mag[n] = m;
        err[n] = e;
        line[n] = sourceLine;
        if (Double.isNaN(e)) missingErr++;
        n++;
    }

    int size() { return n; }

    /** True when some but not all points have an error: errors are then dropped for the curve. */
    boolean hasPartialErrors() { return missingErr > 0 && missingErr < n; }

    LightCurve build(Metadata metadata) {
        sortByTime();
        double[] e = missingErr > 0 ? null : Arrays.copyOf(err, n);
        Metadata md = Double.isNaN(ra) ? metadata : metadata.withPosition(ra, dec);
        return new LightCurve(id, band, Arrays.copyOf(time, n), Arrays.copyOf(mag, n), e, label, md);
    }

    /** The source lines of the built curve's points, in its (time) order; call after {@link #build}. */
    int[] lines() { return Arrays.copyOf(line, n); }

    /** Sorted here (stably, as LightCurve would) so that the line numbers follow their points. */
    private void sortByTime() {
        boolean ordered = true;
        for (int i = 1; i < n && ordered; i++) ordered = time[i] >= time[i - 1];
        if (ordered) return;
        int[] idx = IndexSort.byValue(Arrays.copyOf(time, n));
        double[] t = new double[n], m = new double[n], e = new double[n];
        int[] l = new int[n];
        for (int i = 0; i < n; i++) {
            t[i] = time[idx[i]];
            m[i] = mag[idx[i]];
            e[i] = err[idx[i]];
            l[i] = line[idx[i]];
        }
        time = t;
        mag = m;
        err = e;
        line = l;
    }
}
