package org.cepheus.catalog;

import java.util.Arrays;
import java.util.Objects;

/**
 * One band of one star's photometry: times (days), magnitudes and optional errors, sorted by time.
 * Arrays are owned by this object and never modified after construction; accessors return them
 * without copying for speed, so callers must not write into them.
 */
public final class LightCurve {
    private final String id;
    private final String band;
    private final double[] time;
    private final double[] mag;
    private final double[] err; // null when the source has no errors
    private final String label; // null when unlabelled
    private final Metadata metadata;
    private final SetAside setAside; // points kept but not used: upper limits, outliers, exclusions

    public LightCurve(String id, String band, double[] time, double[] mag, double[] err,
                      String label, Metadata metadata) {
        this.id = Objects.requireNonNull(id, "id");
        this.band = band == null ? "" : band;
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(mag, "mag");
        if (time.length != mag.length || (err != null && err.length != time.length)) {
            throw new IllegalArgumentException("array lengths differ for " + id);
        }
        double[][] sorted = sortedByTime(time, mag, err);
        this.time = sorted[0];
        this.mag = sorted[1];
        this.err = sorted[2];
        this.label = label;
        this.metadata = metadata == null ? Metadata.EMPTY : metadata;
        this.setAside = SetAside.NONE;
    }

    public LightCurve(String id, String band, double[] time, double[] mag, double[] err) {
        this(id, band, time, mag, err, null, Metadata.EMPTY);
    }

    private static double[][] sortedByTime(double[] t, double[] m, double[] e) {
        boolean ordered = true;
        for (int i = 1; i < t.length && ordered; i++) ordered = t[i] >= t[i - 1];
        if (ordered) return new double[][]{t, m, e};
        int[] idx = IndexSort.byValue(t);
        double[] ts = new double[t.length], ms = new double[t.length], es = e == null ? null : new double[t.length];
        for (int i = 0; i < idx.length; i++) {
            ts[i] = t[idx[i]];
            ms[i] = m[idx[i]];
            if (es != null) es[i] = e[idx[i]];
        }
        return new double[][]{ts, ms, es};
    }

    public String id() { return id; }
    public String band() { return band; }
    public double[] time() { return time; }
    public double[] mag() { return mag; }
    /** Magnitude errors, or null when the source gave none. */
    public double[] err() { return err; }
    public boolean hasErrors() { return err != null; }
    /** Class label, or null when unlabelled. */
    public String label() { return label; }
    public Metadata metadata() { return metadata; }
    /** Points kept with the curve but used by no computation (upper limits, outliers, exclusions). */
    public SetAside setAside() { return setAside; }
    public int size() { return time.length; }

    /** Time span (last - first) in days; 0 for fewer than two points. */
    public double timeSpan() { return time.length < 2 ? 0 : time[time.length - 1] - time[0]; }

    public LightCurve withLabel(String newLabel) {
        return new LightCurve(id, band, time, mag, err, newLabel, metadata, setAside);
    }

    public LightCurve withMetadata(Metadata newMetadata) {
        return new LightCurve(id, band, time, mag, err, label, newMetadata, setAside);
    }

    public LightCurve withSetAside(SetAside points) {
        return new LightCurve(id, band, time, mag, err, label, metadata, points == null ? SetAside.NONE : points);
    }

    // already-sorted copy constructor
    private LightCurve(String id, String band, double[] t, double[] m, double[] e, String label,
                       Metadata md, SetAside setAside) {
        this.id = id;
        this.band = band;
        this.time = t;
        this.mag = m;
        this.err = e;
        this.label = label;
        this.metadata = md == null ? Metadata.EMPTY : md;
        this.setAside = setAside;
    }

    @Override
    public String toString() {
        return "LightCurve[" + id + (band.isEmpty() ? "" : " " + band) + ", " + size() + " points"
                + (label == null ? "" : ", " + label) + "]";
    }
}
