package org.cepheus.ui.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;

/**
 * A periodogram: power against frequency or period, linear or logarithmic, drawn by the min-max
 * line renderer (10^5 frequencies cost as much as the chart is wide), with its top peaks marked
 * and labelled by period (labels that would overprint another are moved or dropped).
 */
public final class PeriodogramChart {
    private PeriodogramChart() { }

    /** The x axis of the chart. */
    public enum Axis {
        FREQUENCY("frequency"), PERIOD("period"), LOG_FREQUENCY("log frequency"), LOG_PERIOD("log period");

        public final String label;

        Axis(String label) { this.label = label; }

        boolean period() { return this == PERIOD || this == LOG_PERIOD; }

        boolean log() { return this == LOG_FREQUENCY || this == LOG_PERIOD; }

        /** x of a frequency on this axis. */
        public double x(double f) { return period() ? 1 / f : f; }

        @Override
        public String toString() { return label; }
    }

    public static JFreeChart create(String title, double[] frequency, double[] power,
                                    double[] peakFrequencies, double[] peakPowers) {
        return create(title, frequency, power, peakFrequencies, peakPowers, Axis.FREQUENCY);
    }

    /** {x, y} of a curve over frequency on this axis: x ascending, no zero frequency on a period or log axis. */
    public static double[][] onAxis(double[] frequency, double[] y, Axis axis) {
        int from = 0;
        while (from < frequency.length && !(frequency[from] > 0) && axis != Axis.FREQUENCY) from++; // no 1/0, no log 0
        int n = frequency.length - from;
        double[] xs = new double[n], ys = new double[n];
        for (int i = 0; i < n; i++) {
            // periods run backwards: store them ascending, the renderer wants x in order
            int k = axis.period() ? frequency.length - 1 - i : from + i;
            xs[i] = axis.x(frequency[k]);
            ys[i] = y[k];
        }
        return new double[][]{xs, ys};
    }

    /** @param peakFrequencies peaks best first; the best is drawn in a stronger colour */
    public static JFreeChart create(String title, double[] frequency, double[] power,
                                    double[] peakFrequencies, double[] peakPowers, Axis axis) {
        double[][] onAxis = onAxis(frequency, power, axis);
        double[] xs = onAxis[0], ys = onAxis[1];
        int n = xs.length;
        ArrayXYDataset curve = new ArrayXYDataset().add("power", xs, ys, null);
        FastLineRenderer line = new FastLineRenderer();
        line.setSeriesPaint(0, new Color(0x30, 0x40, 0x60));
        line.setSeriesStroke(0, new BasicStroke(1f));
        String name = axis.period() ? "period [d]" : "frequency [1/d]";
        ValueAxis x;
        if (axis.log()) {
            LogAxis log = new LogAxis(name);
            log.setSmallestValue(1e-6);
            log.setNumberFormatOverride(new java.text.DecimalFormat("0.###"));
            log.setStandardTickUnits(NumberAxis.createIntegerTickUnits()); // whole decades, not 0.316, 3.162
            log.setMinorTickCount(9);
            x = log;
        } else {
            x = new NumberAxis(name);
        }
        if (n > 1) x.setRange(xs[0], xs[n - 1]);
        NumberAxis p = new NumberAxis("power");
        XYPlot plot = new XYPlot(curve, x, p, line);
        double[] px = new double[peakFrequencies.length];
        String[] text = new String[px.length];
        for (int i = 0; i < px.length; i++) {
            px[i] = axis.x(peakFrequencies[i]);
            text[i] = String.format(i == 0 ? "P = %.5f d" : "%.5f d", 1 / peakFrequencies[i]);
        }
        ArrayXYDataset peaks = new ArrayXYDataset().add("peaks", px, peakPowers.clone(), null);
        XYLineAndShapeRenderer marks = new XYLineAndShapeRenderer(false, true);
        marks.setSeriesPaint(0, new Color(0xD5, 0x5E, 0x00));
        marks.setSeriesShape(0, new Ellipse2D.Double(-5, -5, 10, 10));
        marks.setDefaultCreateEntities(false);
        plot.setDataset(1, peaks);
        plot.setRenderer(1, marks);
        plot.addAnnotation(new PeakLabels(px, peakPowers, text));
        plot.setDomainPannable(true);
        JFreeChart chart = new JFreeChart(title, ChartStyle.TITLE, plot, false);
        ChartStyle.apply(chart);
        p.setAutoRangeIncludesZero(true);
        p.setUpperMargin(0.25); // room for the peak labels, up to three lines
        if (!axis.log()) ((NumberAxis) x).setAutoRangeIncludesZero(false);
        return chart;
    }

    /** The labels drawn in the chart's last paint (best first among those that found room). */
    public static java.util.List<String> drawnLabels(JFreeChart chart) {
        for (Object a : chart.getXYPlot().getAnnotations()) if (a instanceof PeakLabels l) return l.drawn();
        return java.util.List.of();
    }
}
