package org.cepheus.ui.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;

/**
 * A periodogram: power against frequency drawn by the min-max line renderer (10^5 frequencies
 * cost as much as the chart is wide), with its top peaks marked and labelled by period.
 */
public final class PeriodogramChart {
    private PeriodogramChart() { }

    /** @param peakFrequencies peaks best first; the best is drawn in a stronger colour */
    public static JFreeChart create(String title, double[] frequency, double[] power,
                                    double[] peakFrequencies, double[] peakPowers) {
        ArrayXYDataset curve = new ArrayXYDataset().add("power", frequency, power, null);
        FastLineRenderer line = new FastLineRenderer();
        line.setSeriesPaint(0, new Color(0x30, 0x40, 0x60));
        line.setSeriesStroke(0, new BasicStroke(1f));
        NumberAxis f = new NumberAxis("frequency [1/d]");
        NumberAxis p = new NumberAxis("power");
        p.setAutoRangeIncludesZero(true);
        XYPlot plot = new XYPlot(curve, f, p, line);
        ArrayXYDataset peaks = new ArrayXYDataset().add("peaks", peakFrequencies.clone(), peakPowers.clone(), null);
        XYLineAndShapeRenderer marks = new XYLineAndShapeRenderer(false, true);
        marks.setSeriesPaint(0, new Color(0xD5, 0x5E, 0x00));
        marks.setSeriesShape(0, new Ellipse2D.Double(-5, -5, 10, 10));
        marks.setDefaultCreateEntities(false);
        plot.setDataset(1, peaks);
        plot.setRenderer(1, marks);
        Font font = new Font("SansSerif", Font.PLAIN, 11);
        double lo = frequency.length == 0 ? 0 : frequency[0];
        double hi = frequency.length == 0 ? 1 : frequency[frequency.length - 1];
        for (int i = 0; i < peakFrequencies.length; i++) {
            XYTextAnnotation label = new XYTextAnnotation(String.format(i == 0 ? "P = %.5f d" : "%.5f d",
                    1 / peakFrequencies[i]), peakFrequencies[i], peakPowers[i]);
            label.setFont(i == 0 ? font.deriveFont(Font.BOLD) : font);
            double where = (peakFrequencies[i] - lo) / (hi - lo);
            // keep labels of peaks near the edges inside the plot
            label.setTextAnchor(where < 0.15 ? TextAnchor.BOTTOM_LEFT : where > 0.85 ? TextAnchor.BOTTOM_RIGHT : TextAnchor.BOTTOM_CENTER);
            label.setPaint(i == 0 ? new Color(0xD5, 0x5E, 0x00) : Color.DARK_GRAY);
            plot.addAnnotation(label);
        }
        plot.setDomainPannable(true);
        JFreeChart chart = new JFreeChart(title, ChartStyle.TITLE, plot, false);
        ChartStyle.apply(chart);
        p.setAutoRangeIncludesZero(true);
        p.setUpperMargin(0.12); // room for the peak labels
        return chart;
    }
}
