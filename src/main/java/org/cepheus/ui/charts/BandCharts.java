package org.cepheus.ui.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;

/**
 * Band colours and legends laid onto the workbench's charts after they are made, so the charts
 * themselves stay single-band: the main series recoloured, extra bands' curves added underneath.
 */
public final class BandCharts {
    private BandCharts() { }

    /** A named line (a band's own periodogram) drawn under the chart's main series. */
    public record Line(String name, Color colour, double[] x, double[] y) { }

    /**
     * Colours the chart's first series (dataset 0) and names it in a legend, with these extra
     * lines drawn translucent beneath it and listed after it.
     */
    public static void periodogram(JFreeChart chart, String name, Color colour, List<Line> beneath) {
        XYPlot plot = chart.getXYPlot();
        plot.getRenderer(0).setSeriesPaint(0, colour);
        Map<String, Color> legend = new LinkedHashMap<>();
        legend.put(name, colour);
        int index = plot.getDatasetCount();
        for (Line l : beneath) {
            FastLineRenderer r = new FastLineRenderer();
            r.setSeriesPaint(0, ChartStyle.translucent(l.colour(), 110));
            r.setSeriesStroke(0, new BasicStroke(1f));
            plot.setDataset(index, new ArrayXYDataset().add(l.name(), l.x(), l.y(), null));
            plot.setRenderer(index, r);
            index++;
            legend.put(l.name(), ChartStyle.translucent(l.colour(), 110));
        }
        // the highest dataset index is drawn first: the extra bands lie beneath the main line
        plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.REVERSE);
        ChartStyle.legend(chart, legend);
    }
}
