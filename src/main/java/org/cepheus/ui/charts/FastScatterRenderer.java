package org.cepheus.ui.charts;

import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.BitSet;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.AbstractXYItemRenderer;
import org.jfree.chart.renderer.xy.XYItemRendererState;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYDataset;

/**
 * Scatter renderer for large light curves: each point is a small filled square, and a point whose
 * square falls in a screen cell already painted for the same series is skipped. A 100,000-point
 * curve then costs a few thousand fills instead of 100,000 shapes, and looks the same (an error
 * bar is drawn with the first point of its cell, so dense regions show one bar per cell). No
 * tooltips or item entities (they dominate JFreeChart's cost at this size). Optional vertical
 * error bars come from an {@link ArrayXYDataset}.
 */
public final class FastScatterRenderer extends AbstractXYItemRenderer {
    private static final long serialVersionUID = 1L;
    private double markerSize = 3.0;
    private boolean errorBars;

    public FastScatterRenderer() {
        setDefaultCreateEntities(false);
    }

    public void setMarkerSize(double size) {
        this.markerSize = size;
        fireChangeEvent();
    }

    public boolean isErrorBars() { return errorBars; }

    public void setErrorBars(boolean on) {
        this.errorBars = on;
        fireChangeEvent();
    }

    /** Per-draw scratch: which cells each series has painted, and reusable shapes. */
    private static final class State extends XYItemRendererState {
        final int columns;
        final int rows;
        final BitSet[] painted;
        final Rectangle2D.Double square = new Rectangle2D.Double();
        final Line2D.Double bar = new Line2D.Double();
        Paint current;

        State(PlotRenderingInfo info, int columns, int rows, int series) {
            super(info);
            this.columns = columns;
            this.rows = rows;
            this.painted = new BitSet[series];
        }
    }

    @Override
    public XYItemRendererState initialise(Graphics2D g2, Rectangle2D dataArea, XYPlot plot,
                                          XYDataset dataset, PlotRenderingInfo info) {
        int cols = Math.max(1, (int) Math.ceil(dataArea.getWidth() / markerSize) + 1);
        int rows = Math.max(1, (int) Math.ceil(dataArea.getHeight() / markerSize) + 1);
        return new State(info, cols, rows, dataset == null ? 0 : dataset.getSeriesCount());
    }

    @Override
    public void drawItem(Graphics2D g2, XYItemRendererState rendererState, Rectangle2D dataArea,
                         PlotRenderingInfo info, XYPlot plot, ValueAxis domainAxis, ValueAxis rangeAxis,
                         XYDataset dataset, int series, int item, CrosshairState crosshairState, int pass) {
        if (!getItemVisible(series, item)) return;
        double x = dataset.getXValue(series, item);
        double y = dataset.getYValue(series, item);
        if (Double.isNaN(x) || Double.isNaN(y)) return;
        RectangleEdge xEdge = plot.getDomainAxisEdge();
        RectangleEdge yEdge = plot.getRangeAxisEdge();
        double px = domainAxis.valueToJava2D(x, dataArea, xEdge);
        double py = rangeAxis.valueToJava2D(y, dataArea, yEdge);
        if (px < dataArea.getMinX() || px > dataArea.getMaxX()) return;
        State state = (State) rendererState;
        if (py < dataArea.getMinY() || py > dataArea.getMaxY()) return;
        int cx = (int) ((px - dataArea.getMinX()) / markerSize);
        int cy = (int) ((py - dataArea.getMinY()) / markerSize);
        BitSet cells = state.painted[series];
        if (cells == null) cells = state.painted[series] = new BitSet(state.columns * state.rows);
        int cell = cy * state.columns + cx;
        if (cells.get(cell)) return; // this cell is already painted: the point would not show
        cells.set(cell);
        if (errorBars && dataset instanceof ArrayXYDataset) {
            drawErrorBar(g2, state, (ArrayXYDataset) dataset, series, item, y, px, dataArea, rangeAxis, yEdge);
        }
        setPaint(g2, state, series, item);
        double h = markerSize / 2;
        state.square.setRect(px - h, py - h, markerSize, markerSize);
        g2.fill(state.square);
    }

    private void drawErrorBar(Graphics2D g2, State state, ArrayXYDataset data, int series, int item, double y,
                              double px, Rectangle2D area, ValueAxis rangeAxis, RectangleEdge yEdge) {
        double e = data.getError(series, item);
        if (!(e > 0)) return;
        double y0 = rangeAxis.valueToJava2D(y - e, area, yEdge);
        double y1 = rangeAxis.valueToJava2D(y + e, area, yEdge);
        setPaint(g2, state, series, item);
        g2.setStroke(getItemStroke(series, item));
        state.bar.setLine(px, Math.max(area.getMinY(), Math.min(y0, y1)), px, Math.min(area.getMaxY(), Math.max(y0, y1)));
        g2.draw(state.bar);
    }

    private void setPaint(Graphics2D g2, State state, int series, int item) {
        Paint p = getItemPaint(series, item);
        if (p != state.current) {
            g2.setPaint(p);
            state.current = p;
        }
    }
}
