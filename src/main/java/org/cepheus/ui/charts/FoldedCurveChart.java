package org.cepheus.ui.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import org.cepheus.catalog.LightCurve;
import org.cepheus.lightcurve.PhaseFold;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.LegendTitle;
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

    /** The plot holding the folded points: the chart's own, or the upper one above a fit's residuals. */
    public static XYPlot pointsPlot(JFreeChart chart) {
        if (chart.getPlot() instanceof CombinedDomainXYPlot both) return (XYPlot) both.getSubplots().get(0);
        return chart.getXYPlot();
    }

    /** One band of a multiband fold: its points over two cycles and its own binned mean (nullable). */
    public record Band(String name, Color colour, double[] phase, double[] mag, double[] err, double[] meanPhase, double[] mean) { }

    /** Several bands folded at one period: each band's points and its own mean curve in its colour, with a legend. */
    public static JFreeChart bands(String title, java.util.List<Band> bands, boolean errorBars) {
        ArrayXYDataset points = new ArrayXYDataset();
        FastScatterRenderer dots = new FastScatterRenderer();
        dots.setErrorBars(errorBars);
        XYSeriesCollection means = new XYSeriesCollection();
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false);
        lines.setDrawSeriesLineAsPath(false);
        java.util.Map<String, Color> legend = new java.util.LinkedHashMap<>();
        for (int b = 0; b < bands.size(); b++) {
            Band band = bands.get(b);
            points.add(band.name(), band.phase(), band.mag(), band.err());
            dots.setSeriesPaint(b, ChartStyle.translucent(band.colour(), 150));
            legend.put(band.name(), band.colour());
            if (band.meanPhase() == null) continue;
            XYSeries line = new XYSeries(band.name() + " mean", false, true);
            for (int cycle = 0; cycle < 2; cycle++) {
                for (int i = 0; i < band.meanPhase().length; i++) {
                    line.add(band.meanPhase()[i] + cycle, Double.isNaN(band.mean()[i]) ? null : band.mean()[i], false);
                }
            }
            lines.setSeriesPaint(means.getSeriesCount(), band.colour().darker());
            lines.setSeriesStroke(means.getSeriesCount(), new BasicStroke(2.2f));
            means.addSeries(line);
            legend.put(band.name() + " binned mean", band.colour().darker());
        }
        NumberAxis phaseAxis = new NumberAxis("phase");
        phaseAxis.setRange(0, 2);
        NumberAxis magAxis = new NumberAxis("mag");
        magAxis.setInverted(true);
        XYPlot plot = new XYPlot(points, phaseAxis, magAxis, dots);
        plot.setDataset(1, means);
        plot.setRenderer(1, lines);
        plot.setDomainPannable(true);
        plot.setRangePannable(true);
        JFreeChart chart = ChartStyle.apply(new JFreeChart(title, ChartStyle.TITLE, plot, false));
        ChartStyle.legend(chart, legend);
        return chart;
    }

    /** A one-band fold from {@link #create} in its band's colour, the mean line dark, with a legend. */
    public static void colourBand(JFreeChart chart, String name, Color colour) {
        XYPlot plot = pointsPlot(chart);
        plot.getRenderer(0).setSeriesPaint(0, ChartStyle.translucent(colour, 170));
        java.util.Map<String, Color> legend = new java.util.LinkedHashMap<>();
        legend.put(name, colour);
        if (plot.getDatasetCount() > 1 && plot.getRenderer(1) != null) {
            plot.getRenderer(1).setSeriesPaint(0, colour.darker().darker());
            legend.put("binned mean", colour.darker().darker());
        }
        ChartStyle.legend(chart, legend);
    }

    /**
     * Adds the curve's set-aside points (not its time outliers), folded the same way, as grey
     * crosses and triangles with a legend; nothing when there are none.
     * @return the chart
     */
    public static JFreeChart withSetAside(JFreeChart chart, LightCurve curve, double period, double epoch) {
        XYPlot plot = pointsPlot(chart);
        XYSeriesCollection added = SetAsideSeries.add(plot, plot.getDatasetCount(), List.of(curve),
                t -> PhaseFold.phase(t, period, epoch), 1, false);
        if (added != null && chart.getLegend() == null) {
            chart.addLegend(new LegendTitle(plot));
            ChartStyle.apply(chart);
        }
        return chart;
    }
}
