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
        double first = Double.NaN;
        for (LightCurve c : bands) {
            String key = c.band().isEmpty() ? c.id() : c.band();
            dataset.add(key, c.time(), c.mag(), c.err());
            if (c.size() > 0 && !(first <= c.time()[0])) first = c.time()[0];
        }
        NumberAxis time = new NumberAxis(TimeAxisLabel.forTimes(first));
        NumberAxis mag = new NumberAxis("mag");
        mag.setInverted(true);
        for (int i = 0; i < bands.size(); i++) renderer.setSeriesPaint(i, ChartStyle.bandColor(bands.get(i).band(), i));
        XYPlot plot = new XYPlot(dataset, time, mag, renderer);
        plot.setDomainPannable(true);
        plot.setRangePannable(true);
        setAside = SetAsideSeries.add(plot, 1, bands, t -> t, 0, true);
        chart = new JFreeChart(title, ChartStyle.TITLE, plot, bands.size() > 1 || setAside != null);
        ChartStyle.apply(chart);
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
