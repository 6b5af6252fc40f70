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

    /** Colour for a photometric band: blue-ish bands blue, red/infrared bands red, others in order. */
    public static Paint bandColor(String band, int index) {
        String b = band == null ? "" : band.trim().toUpperCase();
        switch (b) {
            case "B": return new Color(0x00, 0x5A, 0xB5);
            case "V": return new Color(0x00, 0x9E, 0x73);
            case "R": return new Color(0xD5, 0x5E, 0x00);
            case "I": return new Color(0xA0, 0x1A, 0x1A);
            default: return SERIES[index % SERIES.length];
        }
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
