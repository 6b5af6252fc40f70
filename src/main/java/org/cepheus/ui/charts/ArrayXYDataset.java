package org.cepheus.ui.charts;

import java.util.ArrayList;
import java.util.List;
import org.jfree.data.DomainOrder;
import org.jfree.data.xy.AbstractXYDataset;

/**
 * An XY dataset over primitive arrays, without copying or boxing (a light curve's own arrays can
 * be shown as they are). It reports ascending x order when the x values are sorted, which lets the
 * plot binary-search the visible items when zoomed or panned instead of visiting all of them.
 */
public final class ArrayXYDataset extends AbstractXYDataset {
    private record Series(String key, double[] x, double[] y, double[] err) { }

    private final List<Series> series = new ArrayList<>();
    private boolean ascending = true;

    /** Adds a series; err may be null. The arrays must not be modified afterwards. */
    public ArrayXYDataset add(String key, double[] x, double[] y, double[] err) {
        if (x.length != y.length || (err != null && err.length != x.length)) {
            throw new IllegalArgumentException("array lengths differ in series " + key);
        }
        series.add(new Series(key, x, y, err));
        for (int i = 1; i < x.length && ascending; i++) ascending = x[i] >= x[i - 1];
        fireDatasetChanged();
        return this;
    }

    @Override public int getSeriesCount() { return series.size(); }
    @Override public Comparable<String> getSeriesKey(int s) { return series.get(s).key(); }
    @Override public int getItemCount(int s) { return series.get(s).x().length; }
    @Override public Number getX(int s, int i) { return series.get(s).x()[i]; }
    @Override public Number getY(int s, int i) { return series.get(s).y()[i]; }
    @Override public double getXValue(int s, int i) { return series.get(s).x()[i]; }
    @Override public double getYValue(int s, int i) { return series.get(s).y()[i]; }
    @Override public DomainOrder getDomainOrder() { return ascending ? DomainOrder.ASCENDING : DomainOrder.NONE; }

    /** The error of an item, NaN when the series has none. */
    public double getError(int s, int i) {
        double[] e = series.get(s).err();
        return e == null ? Double.NaN : e[i];
    }

    public int totalItems() {
        int n = 0;
        for (Series s : series) n += s.x().length;
        return n;
    }
}
