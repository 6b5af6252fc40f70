package org.cepheus.ui.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleInsets;

/** One look for every chart of the workbench: fonts, grid, background, band colours. */
public final class ChartStyle {
    public static final Font TITLE = new Font("SansSerif", Font.BOLD, 14);
    public static final Font LABEL = new Font("SansSerif", Font.PLAIN, 13);
    public static final Font TICK = new Font("SansSerif", Font.PLAIN, 11);
    public static final Color GRID = new Color(0xDD, 0xDD, 0xDD);
    /** Colour-blind-safe palette (Okabe-Ito), in the order series are added. */
    public static final Color[] SERIES = {
        new Color(0x00, 0x72, 0xB2), new Color(0xD5, 0x5E, 0x00), new Color(0x00, 0x9E, 0x73),
        new Color(0xCC, 0x79, 0xA7), new Color(0xE6, 0x9F, 0x00), new Color(0x56, 0xB4, 0xE9),
        new Color(0x00, 0x00, 0x00),
    };

    private ChartStyle() { }

    /** Fixed colours of common bands, bluest to reddest (case ignored: Sloan u g r i z share them). */
    private static final java.util.Map<String, Color> BANDS = java.util.Map.of(
            "U", new Color(0x6A, 0x3D, 0x9A), "B", new Color(0x00, 0x5A, 0xB5), "V", new Color(0x00, 0x9E, 0x73),
            "G", new Color(0x00, 0x9E, 0x73), "R", new Color(0xD6, 0x27, 0x28), "I", new Color(0x8B, 0x00, 0x00),
            "Z", new Color(0x5C, 0x3A, 0x21), "J", new Color(0x80, 0x80, 0x80), "H", new Color(0x55, 0x55, 0x55),
            "K", new Color(0x22, 0x22, 0x22));
    /** Other bands, in the sorted order of a star's unknown bands; none is one of the fixed colours. */
    private static final Color[] FALLBACK = {
        new Color(0x00, 0x72, 0xB2), new Color(0xE6, 0x9F, 0x00), new Color(0xCC, 0x79, 0xA7),
        new Color(0x56, 0xB4, 0xE9), new Color(0xD5, 0x5E, 0x00), new Color(0x99, 0x99, 0x33),
    };

    /**
     * The one colour of a band in every chart of a star: a fixed colour for common bands (B blue,
     * V green, R red, I dark red...), else the fallback palette in the sorted order of the star's
     * other bands, so a band keeps its colour whichever of the star's bands a chart shows. A
     * nameless band (single-band catalogs) is the first fallback colour.
     */
    public static Color bandColor(String band, java.util.Collection<String> starBands) {
        Color fixed = BANDS.get(key(band));
        if (fixed != null) return fixed;
        java.util.TreeSet<String> others = new java.util.TreeSet<>();
        for (String b : starBands) if (!BANDS.containsKey(key(b))) others.add(b == null ? "" : b.trim());
        others.add(band == null ? "" : band.trim());
        return FALLBACK[others.headSet(band == null ? "" : band.trim()).size() % FALLBACK.length];
    }

    private static String key(String band) {
        return band == null ? "" : band.trim().toUpperCase(java.util.Locale.ROOT);
    }

    /** The same colour, see-through (points drawn over each other). */
    public static Color translucent(Color c, int alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }

    /** A legend of named colours below the plot (replacing any legend the chart has). */
    public static void legend(JFreeChart chart, java.util.Map<String, ? extends Paint> items) {
        org.jfree.chart.LegendItemCollection c = new org.jfree.chart.LegendItemCollection();
        for (var e : items.entrySet()) {
            org.jfree.chart.LegendItem item = new org.jfree.chart.LegendItem(e.getKey(), e.getValue());
            item.setShape(new java.awt.geom.Rectangle2D.Double(-5, -5, 10, 10));
            c.add(item);
        }
        chart.removeLegend();
        LegendTitle legend = new LegendTitle(() -> c);
        legend.setItemFont(LABEL);
        legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        legend.setBackgroundPaint(Color.WHITE);
        chart.addLegend(legend);
    }

    public static JFreeChart apply(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        if (chart.getTitle() != null) chart.getTitle().setFont(TITLE);
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(LABEL);
            legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        }
        if (chart.getPlot() instanceof XYPlot plot) {
            stylePlot(plot);
            // stacked panels (a fold over its residuals): each panel like a plot of its own
            if (plot instanceof org.jfree.chart.plot.CombinedDomainXYPlot c) for (XYPlot sub : c.getSubplots()) stylePlot(sub);
        }
        return chart;
    }

    private static void stylePlot(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setDomainGridlineStroke(new BasicStroke(0.8f));
        plot.setRangeGridlineStroke(new BasicStroke(0.8f));
        plot.setOutlinePaint(Color.GRAY);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        for (int i = 0; i < plot.getDomainAxisCount(); i++) styleAxis(plot.getDomainAxis(i));
        for (int i = 0; i < plot.getRangeAxisCount(); i++) styleAxis(plot.getRangeAxis(i));
    }

    public static void styleAxis(ValueAxis axis) {
        if (axis == null) return;
        axis.setLabelFont(LABEL);
        axis.setTickLabelFont(TICK);
        axis.setLabelPaint(Color.DARK_GRAY);
        axis.setTickLabelPaint(Color.DARK_GRAY);
        if (axis instanceof NumberAxis) ((NumberAxis) axis).setAutoRangeIncludesZero(false);
    }
}
