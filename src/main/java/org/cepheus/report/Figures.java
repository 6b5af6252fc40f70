package org.cepheus.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Report figures as PNG bytes, drawn with Java2D and JFreeChart (no JavaFX, so the CLI and headless
 * machines can write reports).
 */
public final class Figures {
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 14);

    private Figures() { }

    /**
     * Row-normalised confusion matrix as a heatmap: rows true class, columns predicted; each cell
     * shows the fraction of its row and, below it, the count.
     */
    public static byte[] confusionMatrix(List<String> classes, int[][] counts, double[][] normalised) {
        int k = classes.size();
        int cell = k > 10 ? 44 : 64;
        int left = 110, top = 60, right = 20, bottom = 40;
        int w = Math.max(420, left + k * cell + right), h = top + k * cell + bottom;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setColor(Color.DARK_GRAY);
        g.setFont(TITLE);
        g.drawString("rows: true class, columns: predicted", 10, 20);
        g.setFont(LABEL);
        for (int j = 0; j < k; j++) {
            centred(g, classes.get(j), left + j * cell + cell / 2, top - 10);
        }
        for (int i = 0; i < k; i++) {
            String name = classes.get(i);
            g.setColor(Color.DARK_GRAY);
            g.drawString(name, left - 10 - g.getFontMetrics().stringWidth(name), top + i * cell + cell / 2 + 5);
            for (int j = 0; j < k; j++) {
                double v = normalised[i][j];
                Color c = blues(v);
                g.setColor(c);
                g.fillRect(left + j * cell, top + i * cell, cell, cell);
                g.setColor(v > 0.5 ? Color.WHITE : Color.BLACK);
                centred(g, String.format(Locale.ROOT, "%.2f", v), left + j * cell + cell / 2, top + i * cell + cell / 2);
                g.setFont(LABEL.deriveFont(10f));
                centred(g, Integer.toString(counts[i][j]), left + j * cell + cell / 2, top + i * cell + cell / 2 + 15);
                g.setFont(LABEL);
            }
        }
        g.setColor(Color.GRAY);
        g.setStroke(new BasicStroke(1f));
        g.drawRect(left, top, k * cell, k * cell);
        g.dispose();
        return png(img);
    }

    /** Per-class precision, recall and F1 as grouped bars. */
    public static byte[] perClassScores(List<String> classes, double[] precision, double[] recall, double[] f1) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int i = 0; i < classes.size(); i++) {
            data.addValue(precision[i], "precision", classes.get(i));
            data.addValue(recall[i], "recall", classes.get(i));
            data.addValue(f1[i], "F1", classes.get(i));
        }
        NumberAxis y = new NumberAxis("score");
        y.setRange(0, 1.0);
        BarRenderer bars = new BarRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setSeriesPaint(0, new Color(0x4C72B0));
        bars.setSeriesPaint(1, new Color(0xDD8452));
        bars.setSeriesPaint(2, new Color(0x55A868));
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis("class"), y, bars);
        plot.setOrientation(PlotOrientation.VERTICAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        JFreeChart chart = new JFreeChart("Per-class scores", TITLE, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        try {
            return ChartUtils.encodeAsPNG(chart.createBufferedImage(Math.max(480, 90 * classes.size()), 320));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void centred(Graphics2D g, String s, int x, int y) {
        g.drawString(s, x - g.getFontMetrics().stringWidth(s) / 2, y + 5);
    }

    /** White to dark blue, like matplotlib's "Blues". */
    static Color blues(double v) {
        double t = Math.max(0, Math.min(1, v));
        int r = (int) Math.round(247 + (8 - 247) * t);
        int gr = (int) Math.round(251 + (48 - 251) * t);
        int b = (int) Math.round(255 + (107 - 255) * t);
        return new Color(r, gr, b);
    }

    private static byte[] png(BufferedImage img) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(img, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
