package org.cepheus.ui.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import org.cepheus.catalog.LightCurve;
import org.cepheus.lightcurve.PhaseFold;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A phase-folded curve over two cycles (phase 0..2, magnitude inverted) with its binned mean as
 * a line. Takes plain arrays so the chart knows nothing of how the folding was done.
 */
public final class FoldedCurveChart {
    private FoldedCurveChart() { }

    /**
     * @param phase points' phases over two cycles (0..2), with their magnitudes and errors (nullable)
     * @param meanPhase bin centres over one cycle (0..1) and their mean magnitudes (NaN when empty)
     */
    public static JFreeChart create(String title, double[] phase, double[] mag, double[] err,
                                    double[] meanPhase, double[] mean, boolean errorBars) {
        ArrayXYDataset points = new ArrayXYDataset().add("points", phase, mag, err);
        FastScatterRenderer dots = new FastScatterRenderer();
        dots.setSeriesPaint(0, new Color(0x00, 0x72, 0xB2, 170));
        dots.setErrorBars(errorBars);
        NumberAxis phaseAxis = new NumberAxis("phase");
        phaseAxis.setRange(0, 2);
        NumberAxis magAxis = new NumberAxis("mag");
        magAxis.setInverted(true);
        XYPlot plot = new XYPlot(points, phaseAxis, magAxis, dots);
        if (meanPhase != null) {
            XYSeries line = new XYSeries("binned mean", false, true);
            for (int cycle = 0; cycle < 2; cycle++) {
                for (int i = 0; i < meanPhase.length; i++) {
                    line.add(meanPhase[i] + cycle, Double.isNaN(mean[i]) ? null : mean[i], false);
                }
            }
            XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false);
            lines.setSeriesPaint(0, new Color(0xD5, 0x5E, 0x00));
            lines.setSeriesStroke(0, new BasicStroke(2.2f));
            lines.setDrawSeriesLineAsPath(false);
            plot.setDataset(1, new XYSeriesCollection(line));
            plot.setRenderer(1, lines);
        }
        plot.setDomainPannable(true);
        plot.setRangePannable(true);
        JFreeChart chart = new JFreeChart(title, ChartStyle.TITLE, plot, false);
        return ChartStyle.apply(chart);
    }

    /**
     * Adds the curve's set-aside points (not its time outliers), folded the same way, as grey
     * crosses and triangles with a legend; nothing when there are none.
     * @return the chart
     */
    public static JFreeChart withSetAside(JFreeChart chart, LightCurve curve, double period, double epoch) {
        XYPlot plot = chart.getXYPlot();
        XYSeriesCollection added = SetAsideSeries.add(plot, plot.getDatasetCount(), List.of(curve),
                t -> PhaseFold.phase(t, period, epoch), 1, false);
        if (added != null && chart.getLegend() == null) {
            chart.addLegend(new LegendTitle(plot));
            ChartStyle.apply(chart);
        }
        return chart;
    }
}
