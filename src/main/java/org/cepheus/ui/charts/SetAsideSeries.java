package org.cepheus.ui.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Polygon;
import java.awt.Shape;
import java.awt.geom.GeneralPath;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.cepheus.catalog.LightCurve;
import org.cepheus.catalog.SetAside;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.Range;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The points a curve keeps but no computation uses, drawn apart from the measured ones on the
 * raw and folded charts: outliers and exclusions as grey crosses, upper limits as grey downward
 * triangles, each kind with its legend entry. They never stretch the x axis (a time outlier at
 * MJD -2409998.5 would squash the curve to a line): off-scale points are simply not in view.
 */
public final class SetAsideSeries {
    /** Legend names, also the series keys. */
    public static final String OUTLIERS = "set aside (outliers)";
    public static final String UPPER_LIMITS = "upper limits";
    public static final String EXCLUDED = "excluded";
    static final Color GREY = new Color(0x70, 0x70, 0x70);

    private SetAsideSeries() { }

    /**
     * Adds the set-aside points of the bands as dataset {@code index} of the plot; nothing when
     * there are none. x is the point's time mapped by {@code x} (identity for the raw view, the
     * phase for the folded one); each point is drawn at x and, when {@code repeat} is not 0, x + repeat.
     * @param timeOutliers whether to draw time outliers (their phase means nothing)
     * @return the dataset added, or null
     */
    public static XYSeriesCollection add(XYPlot plot, int index, List<LightCurve> bands, DoubleUnaryOperator x,
                                         double repeat, boolean timeOutliers) {
        XYSeries outliers = new XYSeries(OUTLIERS, false, true);
        XYSeries limits = new XYSeries(UPPER_LIMITS, false, true);
        XYSeries excluded = new XYSeries(EXCLUDED, false, true);
        for (LightCurve c : bands) {
            SetAside s = c.setAside();
            for (int i = 0; i < s.size(); i++) {
                if (!timeOutliers && s.reason()[i] == SetAside.Reason.TIME_OUTLIER) continue;
                XYSeries to = switch (s.reason()[i]) {
                    case UPPER_LIMIT -> limits;
                    case EXCLUDED -> excluded;
                    default -> outliers;
                };
                double xi = x.applyAsDouble(s.time()[i]);
                to.add(xi, s.mag()[i], false);
                if (repeat != 0) to.add(xi + repeat, s.mag()[i], false);
            }
        }
        XYSeriesCollection data = new XYSeriesCollection();
        for (XYSeries series : List.of(outliers, limits, excluded)) if (series.getItemCount() > 0) data.addSeries(series);
        if (data.getSeriesCount() == 0) return null;
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true) {
            @Override
            public Range findDomainBounds(XYDataset dataset) {
                return null; // never widen the time or phase axis
            }
        };
        for (int i = 0; i < data.getSeriesCount(); i++) {
            String key = (String) data.getSeriesKey(i);
            r.setSeriesPaint(i, key.equals(EXCLUDED) ? new Color(0xB0, 0xB0, 0xB0) : GREY);
            r.setSeriesShape(i, key.equals(UPPER_LIMITS) ? downTriangle(4) : cross(3.5));
            r.setSeriesOutlineStroke(i, new BasicStroke(1.3f)); // a cross is all outline
            r.setSeriesShapesFilled(i, key.equals(UPPER_LIMITS));
        }
        r.setUseOutlinePaint(false);
        r.setDrawOutlines(true);
        plot.setDataset(index, data);
        plot.setRenderer(index, r);
        return data;
    }

    /** The number of set-aside points of the bands. */
    public static int count(List<LightCurve> bands) {
        int n = 0;
        for (LightCurve c : bands) n += c.setAside().size();
        return n;
    }

    /** A downward triangle (screen coordinates), as astronomers draw a fainter-than limit. */
    private static Shape downTriangle(int s) {
        return new Polygon(new int[]{-s, s, 0}, new int[]{-s, -s, s}, 3);
    }

    private static Shape cross(double s) {
        GeneralPath p = new GeneralPath();
        p.moveTo(-s, -s);
        p.lineTo(s, s);
        p.moveTo(-s, s);
        p.lineTo(s, -s);
        return p;
    }
}
