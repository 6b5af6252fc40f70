package org.cepheus.ui.charts;

import java.util.List;
import org.cepheus.catalog.LightCurve;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The raw light curve: time against magnitude with the magnitude axis inverted (bright up, as
 * astronomers read it), one colour per band, optional error bars, drawn by the fast renderer.
 */
public final class RawCurveChart {
    private final JFreeChart chart;
    private final FastScatterRenderer renderer = new FastScatterRenderer();
    private final ArrayXYDataset dataset = new ArrayXYDataset();
    private final XYSeriesCollection setAside; // null when the curve has none

    public RawCurveChart(String title, List<LightCurve> bands) {
        this(title, bands, bands);
    }

    /** Some of a star's bands, coloured as in every chart of the star (allBands decides colours). */
    public RawCurveChart(String title, List<LightCurve> bands, List<LightCurve> allBands) {
        for (LightCurve c : bands) {
            String key = c.band().isEmpty() ? c.id() : c.band();
            dataset.add(key, c.time(), c.mag(), c.err());
        }
        NumberAxis time = new NumberAxis(TimeAxisLabel.forCurves(bands));
        NumberAxis mag = new NumberAxis("mag");
        mag.setInverted(true);
        List<String> names = allBands.stream().map(LightCurve::band).toList();
        java.util.Map<String, java.awt.Paint> legend = new java.util.LinkedHashMap<>();
        for (int i = 0; i < bands.size(); i++) {
            java.awt.Color c = ChartStyle.bandColor(bands.get(i).band(), names);
            renderer.setSeriesPaint(i, c);
            legend.put(bandName(bands.get(i)), c);
        }
        XYPlot plot = new XYPlot(dataset, time, mag, renderer);
        plot.setDomainPannable(true);
        plot.setRangePannable(true);
        setAside = SetAsideSeries.add(plot, 1, bands, t -> t, 0, true);
        chart = new JFreeChart(title, ChartStyle.TITLE, plot, false);
        if (setAside != null) { // the grey set-aside series join the band legend
            for (int s = 0; s < setAside.getSeriesCount(); s++) {
                java.awt.Paint paint = plot.getRenderer(1).getSeriesPaint(s);
                legend.put(String.valueOf(setAside.getSeriesKey(s)), paint == null ? java.awt.Color.GRAY : paint);
            }
        }
        ChartStyle.apply(chart);
        ChartStyle.legend(chart, legend);
    }

    /** What a legend calls a band: its name, or "mag" for a catalog without band names. */
    public static String bandName(LightCurve c) {
        return c.band().isEmpty() ? "mag" : c.band();
    }

    public JFreeChart chart() { return chart; }
    public FastScatterRenderer renderer() { return renderer; }
    public ArrayXYDataset dataset() { return dataset; }
    /** The set-aside points (outliers, upper limits, exclusions) as their own series, or null when none. */
    public XYSeriesCollection setAside() { return setAside; }

    public void setErrorBars(boolean on) {
        renderer.setErrorBars(on);
    }
}
