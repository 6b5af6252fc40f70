package org.cepheus.catalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Growable primitive columns for one curve while a file is parsed. */
final class CurveBuilder {
    final String id;
    final String band;
    String label;
    double ra = Double.NaN, dec = Double.NaN;
    /** The time scale a row of the file names for this curve (Cepheus's export), or null. */
    String timeScale;
    /** Points the file itself lists as set aside (Cepheus's export), in file order; null while none. */
    private List<double[]> aside;
    private List<SetAside.Reason> asideWhy;
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

    /** A point the file says is set aside, and why. */
    void addSetAside(double t, double m, double e, SetAside.Reason why, int sourceLine) {
        if (aside == null) {
            aside = new ArrayList<>();
            asideWhy = new ArrayList<>();
        }
        aside.add(new double[]{t, m, e, sourceLine});
        asideWhy.add(why);
    }

    /** The points the file says are set aside, so far. */
    int setAsideCount() { return aside == null ? 0 : aside.size(); }

    private SetAside setAside() {
        if (aside == null) return SetAside.NONE;
        int k = aside.size();
        double[] t = new double[k], m = new double[k], e = new double[k];
        int[] l = new int[k];
        for (int i = 0; i < k; i++) {
            double[] p = aside.get(i);
            t[i] = p[0];
            m[i] = p[1];
            e[i] = p[2];
            l[i] = (int) p[3];
        }
        return new SetAside(t, m, e, asideWhy.toArray(new SetAside.Reason[0]), l);
    }

    /** True when some but not all points have an error: errors are then dropped for the curve. */
    boolean hasPartialErrors() { return missingErr > 0 && missingErr < n; }

    LightCurve build(Metadata metadata) {
        sortByTime();
        double[] e = missingErr > 0 ? null : Arrays.copyOf(err, n);
        Metadata md = Double.isNaN(ra) ? metadata : metadata.withPosition(ra, dec);
        if (timeScale != null) md = md.withExtra(java.util.Map.of(Metadata.TIME_SCALE, timeScale));
        LightCurve c = new LightCurve(id, band, Arrays.copyOf(time, n), Arrays.copyOf(mag, n), e, label, md);
        return aside == null ? c : c.withSetAside(setAside());
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
