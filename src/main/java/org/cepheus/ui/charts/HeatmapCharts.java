package org.cepheus.ui.charts;

import java.awt.Color;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * Heatmaps of binned images (dm-dt histograms) drawn in bin-index space, so unequal bins get
 * equal cells as in Mahabal et al.; tick labels show the bin edges in physical units.
 */
public final class HeatmapCharts {
    private HeatmapCharts() { }

    /**
     * @param values row-major, rows along y (e.g. dm), columns along x (e.g. dt)
     * @param xEdges columns + 1 edges, yEdges rows + 1 edges
     */
    public static JFreeChart binnedImage(String title, float[] values, int rows, int cols,
                                         double[] xEdges, double[] yEdges, String xLabel, String yLabel, String scaleLabel) {
        double[] x = new double[rows * cols], y = new double[rows * cols], z = new double[rows * cols];
        double max = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int i = r * cols + c;
                x[i] = c + 0.5;
                y[i] = r + 0.5;
                z[i] = values[i];
                max = Math.max(max, values[i]);
            }
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries("image", new double[][]{x, y, z});
        XYBlockRenderer renderer = new XYBlockRenderer();
        PaintScale scale = viridis(0, max > 0 ? max : 1);
        renderer.setPaintScale(scale);
        renderer.setDefaultCreateEntities(false);
        NumberAxis xAxis = edgeAxis(xLabel, xEdges);
        NumberAxis yAxis = edgeAxis(yLabel, yEdges);
        XYPlot plot = new XYPlot(data, xAxis, yAxis, renderer);
        JFreeChart chart = new JFreeChart(title, ChartStyle.TITLE, plot, false);
        ChartStyle.apply(chart);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        NumberAxis scaleAxis = new NumberAxis(scaleLabel);
        scaleAxis.setRange(0, max > 0 ? max : 1);
        ChartStyle.styleAxis(scaleAxis);
        PaintScaleLegend legend = new PaintScaleLegend(scale, scaleAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setMargin(new RectangleInsets(5, 10, 5, 5));
        legend.setStripWidth(14);
        legend.setAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_RIGHT);
        chart.addSubtitle(legend);
        return chart;
    }

    /** Axis over bin indices 0..n whose integer ticks are labelled with the bin edges. */
    static NumberAxis edgeAxis(String label, double[] edges) {
        NumberFormat edgeFormat = new EdgeFormat(edges);
        NumberAxis axis = new NumberAxis(label) {
            private static final long serialVersionUID = 1L;

            /**
             * JFreeChart sizes tick labels from the range's two ends ("0", "22"), not from the edge
             * values the labels show ("0.014"): measure the longest edge, so ticks thin out
             * instead of running together ("0.0140.028").
             */
            @Override
            protected double estimateMaximumTickLabelWidth(java.awt.Graphics2D g2, org.jfree.chart.axis.TickUnit unit) {
                java.awt.FontMetrics fm = g2.getFontMetrics(getTickLabelFont());
                double widest = 0;
                for (int i = 0; i < edges.length; i++) widest = Math.max(widest, fm.stringWidth(edgeFormat.format(i)));
                org.jfree.chart.ui.RectangleInsets insets = getTickLabelInsets();
                return widest + insets.getLeft() + insets.getRight() + 4;
            }
        };
        axis.setRange(0, edges.length - 1);
        TickUnits units = new TickUnits();
        for (int step : new int[]{1, 2, 3, 4, 5, 10, 20}) units.add(new NumberTickUnit(step, edgeFormat));
        axis.setStandardTickUnits(units);
        axis.setAutoRangeIncludesZero(false);
        return axis;
    }

    /** Viridis-like ramp (dark blue to yellow), readable in grey and by colour-blind readers. */
    public static LookupPaintScale viridis(double lower, double upper) {
        Color[] stops = {new Color(68, 1, 84), new Color(59, 82, 139), new Color(33, 145, 140),
            new Color(94, 201, 98), new Color(253, 231, 37)};
        LookupPaintScale scale = new LookupPaintScale(lower, upper + 1e-9 * Math.max(1, Math.abs(upper)), stops[0]);
        int steps = 64;
        for (int i = 0; i < steps; i++) {
            double f = i / (double) (steps - 1);
            double pos = f * (stops.length - 1);
            int k = Math.min(stops.length - 2, (int) pos);
            double t = pos - k;
            Color a = stops[k], b = stops[k + 1];
            Color c = new Color((int) (a.getRed() + t * (b.getRed() - a.getRed())),
                    (int) (a.getGreen() + t * (b.getGreen() - a.getGreen())),
                    (int) (a.getBlue() + t * (b.getBlue() - a.getBlue())));
            scale.add(lower + f * (upper - lower), c);
        }
        // the lowest value (empty cells) stays white so structure stands out
        scale.add(lower, Color.WHITE);
        if (upper > lower) scale.add(lower + 1e-9 * (upper - lower), stops[0]);
        return scale;
    }

    /** Formats a bin index as the physical value of that edge. */
    private static final class EdgeFormat extends NumberFormat {
        private static final long serialVersionUID = 1L;
        private final double[] edges;

        EdgeFormat(double[] edges) {
            this.edges = edges;
        }

        @Override
        public StringBuffer format(double number, StringBuffer out, FieldPosition pos) {
            int i = (int) Math.round(number);
            if (i < 0 || i >= edges.length || Math.abs(number - i) > 1e-6) return out;
            double v = edges[i];
            if (v == Math.rint(v) && Math.abs(v) < 1e6) return out.append((long) v);
            if (Math.abs(v) >= 0.1) return out.append(String.format("%.2g", v));
            return out.append(String.format("%.3f", v));
        }

        @Override
        public StringBuffer format(long number, StringBuffer out, FieldPosition pos) {
            return format((double) number, out, pos);
        }

        @Override
        public Number parse(String source, ParsePosition pos) {
            return null;
        }
    }
}
