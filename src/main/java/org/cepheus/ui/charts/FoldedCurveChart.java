package org.cepheus.ui.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
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
        return create(title, phase, mag, err, meanPhase, mean, errorBars, null);
    }

    /**
     * A Fourier fit of the fold: the model over two cycles, and each point's residual (mag - model)
     * at its phase, drawn in a small panel under the curve.
     */
    public record Fit(double[] phase, double[] model, double[] pointPhase, double[] residual, double rms, int harmonics) { }

    /** The same with a fit drawn over the points and its residuals below them (fit may be null). */
    public static JFreeChart create(String title, double[] phase, double[] mag, double[] err,
                                    double[] meanPhase, double[] mean, boolean errorBars, Fit fit) {
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
        if (fit == null) {
            plot.setDomainPannable(true);
            plot.setRangePannable(true);
            return ChartStyle.apply(new JFreeChart(title, ChartStyle.TITLE, plot, false));
        }
        XYLineAndShapeRenderer model = new XYLineAndShapeRenderer(true, false);
        model.setSeriesPaint(0, new Color(0x00, 0x9E, 0x73));
        model.setSeriesStroke(0, new BasicStroke(1.8f));
        model.setDrawSeriesLineAsPath(true);
        plot.setDataset(2, new ArrayXYDataset().add("Fourier fit", fit.phase(), fit.model(), null));
        plot.setRenderer(2, model);
        FastScatterRenderer resDots = new FastScatterRenderer();
        resDots.setSeriesPaint(0, new Color(0x55, 0x55, 0x55, 170));
        NumberAxis resAxis = new NumberAxis("residual");
        resAxis.setInverted(true);
        resAxis.setAutoRangeIncludesZero(true);
        XYPlot residuals = new XYPlot(new ArrayXYDataset().add("residuals", fit.pointPhase(), fit.residual(), null), null, resAxis, resDots);
        residuals.addRangeMarker(new org.jfree.chart.plot.ValueMarker(0, Color.GRAY, new BasicStroke(1f)));
        CombinedDomainXYPlot both = new CombinedDomainXYPlot(phaseAxis);
        both.setGap(6);
        both.add(plot, 4);
        both.add(residuals, 1);
        both.setDomainPannable(true);
        String withRms = String.format("%s · fit rms %.4f mag", title, fit.rms());
        return ChartStyle.apply(new JFreeChart(withRms, ChartStyle.TITLE, both, false));
    }
}
