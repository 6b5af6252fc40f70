package org.cepheus.ui.charts;

import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.AbstractXYItemRenderer;
import org.jfree.chart.renderer.xy.XYItemRendererState;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYDataset;

/**
 * Line renderer for long series sorted by x (periodograms with 10^5 frequencies, loss per
 * iteration): points falling in one pixel column are reduced to one vertical min-max segment,
 * joined to the next column. The picture is the same as drawing every segment; the cost is
 * proportional to the chart width, not to the number of points.
 */
public final class FastLineRenderer extends AbstractXYItemRenderer {
    private static final long serialVersionUID = 1L;

    public FastLineRenderer() {
        setDefaultCreateEntities(false);
    }

    private static final class State extends XYItemRendererState {
        final Line2D.Double line = new Line2D.Double();
        int series = -1;
        int column = Integer.MIN_VALUE;
        double min, max, first, last, prevLast = Double.NaN, prevX, prevLastX;
        int runColumns; // columns drawn since the last gap: a run of one point would draw nothing

        State(PlotRenderingInfo info) {
            super(info);
        }
    }

    @Override
    public XYItemRendererState initialise(Graphics2D g2, Rectangle2D dataArea, XYPlot plot,
                                          XYDataset dataset, PlotRenderingInfo info) {
        State s = new State(info);
        s.setProcessVisibleItemsOnly(false); // we need the items just outside to join the edges
        return s;
    }

    @Override
    public void drawItem(Graphics2D g2, XYItemRendererState rendererState, Rectangle2D dataArea,
                         PlotRenderingInfo info, XYPlot plot, ValueAxis domainAxis, ValueAxis rangeAxis,
                         XYDataset dataset, int series, int item, CrosshairState crosshairState, int pass) {
        State s = (State) rendererState;
        if (s.series != series) {
            s.series = series;
            s.column = Integer.MIN_VALUE;
            s.prevLast = Double.NaN;
            s.runColumns = 0;
        }
        if (!getItemVisible(series, item)) return;
        double x = dataset.getXValue(series, item);
        double y = dataset.getYValue(series, item);
        boolean valid = !Double.isNaN(x) && !Double.isNaN(y);
        if (valid) {
            double px = domainAxis.valueToJava2D(x, dataArea, plot.getDomainAxisEdge());
            double py = rangeAxis.valueToJava2D(y, dataArea, plot.getRangeAxisEdge());
            int col = (int) Math.floor(px);
            if (col != s.column) {
                flush(g2, s, series, item);
                s.column = col;
                s.min = s.max = s.first = s.last = py;
                s.prevX = px;
            } else {
                s.min = Math.min(s.min, py);
                s.max = Math.max(s.max, py);
                s.last = py;
            }
        } else {
            flush(g2, s, series, item);
            endRun(g2, s, series, item);
        }
        if (item == dataset.getItemCount(series) - 1 || item == s.getLastItemIndex()) {
            flush(g2, s, series, item);
            endRun(g2, s, series, item);
        }
    }

    /** Draws the finished column: a joint from the previous column, then its min-max extent. */
    private void flush(Graphics2D g2, State s, int series, int item) {
        if (s.column == Integer.MIN_VALUE) return;
        g2.setPaint(getItemPaint(series, item));
        g2.setStroke(getItemStroke(series, item));
        double cx = s.prevX;
        if (!Double.isNaN(s.prevLast)) {
            s.line.setLine(s.prevLastX, s.prevLast, cx, s.first);
            g2.draw(s.line);
        }
        if (s.max > s.min) {
            s.line.setLine(cx, s.min, cx, s.max);
            g2.draw(s.line);
        }
        s.prevLast = s.last;
        s.prevLastX = cx;
        s.runColumns++;
    }

    /** A run ends (a gap or the last item): a lone flat point gets a dot, e.g. the first epoch's loss. */
    private void endRun(Graphics2D g2, State s, int series, int item) {
        if (s.runColumns == 1 && !(s.max > s.min)) {
            g2.setPaint(getItemPaint(series, item));
            g2.fill(new java.awt.geom.Ellipse2D.Double(s.prevLastX - 3, s.prevLast - 3, 6, 6));
        }
        s.column = Integer.MIN_VALUE;
        s.prevLast = Double.NaN;
        s.runColumns = 0;
    }
}
