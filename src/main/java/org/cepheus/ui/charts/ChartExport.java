package org.cepheus.ui.charts;

import java.awt.Rectangle;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import org.cepheus.service.AtomicFiles;
import org.cepheus.service.CsvWriter;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYZDataset;
import org.jfree.svg.SVGGraphics2D;

/** A chart as a PNG or SVG file, or its data as CSV text: what every chart's context menu offers. */
public final class ChartExport {
    private ChartExport() { }

    public static void png(JFreeChart chart, Path file, int width, int height) throws IOException {
        AtomicFiles.writeBytes(file, out -> ChartUtils.writeChartAsPNG(out, chart, width, height));
    }

    public static void svg(JFreeChart chart, Path file, int width, int height) throws IOException {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        chart.draw(g, new Rectangle(width, height));
        String doc = g.getSVGDocument();
        AtomicFiles.writeText(file, w -> w.write(doc));
    }

    /**
     * Every series of every dataset of an XY chart, one row per point: series, x, y (and z for
     * images such as the dm-dt heat map). Charts of other kinds give only the header.
     */
    public static String csv(JFreeChart chart) throws IOException {
        StringWriter sw = new StringWriter();
        CsvWriter csv = new CsvWriter(sw);
        boolean image = false;
        if (chart.getPlot() instanceof XYPlot plot) {
            for (int d = 0; d < plot.getDatasetCount(); d++) image |= plot.getDataset(d) instanceof XYZDataset;
            String x = plot.getDomainAxis() == null ? "x" : plot.getDomainAxis().getLabel();
            String y = plot.getRangeAxis() == null ? "y" : plot.getRangeAxis().getLabel();
            if (image) csv.row("series", x, y, "value");
            else csv.row("series", x, y);
            for (int d = 0; d < plot.getDatasetCount(); d++) {
                XYDataset data = plot.getDataset(d);
                if (data == null) continue;
                for (int s = 0; s < data.getSeriesCount(); s++) {
                    String name = String.valueOf(data.getSeriesKey(s));
                    for (int i = 0; i < data.getItemCount(s); i++) {
                        csv.text(name).number(data.getXValue(s, i)).number(data.getYValue(s, i));
                        if (image) {
                            if (data instanceof XYZDataset z) csv.number(z.getZValue(s, i));
                            else csv.empty();
                        }
                        csv.endRow();
                    }
                }
            }
        } else {
            csv.row("series", "x", "y");
        }
        return sw.toString();
    }
}
