package org.cepheus.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The report's figures, drawn with Java2D and JFreeChart (no JavaFX, so the CLI and headless
 * machines write reports): confusion matrices, per-class scores and the per-star panels.
 */
public final class Figures {
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 13);
    private static final Color POINT = new Color(0x1F4E9A);
    private static final Color WRONG = new Color(0xB00000);
    static final int PANEL_WIDTH = 900, PANEL_HEIGHT = 240;

    private Figures() { }

    /**
     * Confusion matrix as a heatmap, rows true class, columns predicted: cell colour by the row
     * fraction; the cell shows the count or, when {@code normalised}, the row fraction.
     */
    public static Figure confusionMatrix(List<String> classes, int[][] counts, double[][] fractions, boolean normalised) {
        int k = classes.size();
        int cell = k > 10 ? 40 : 56;
        int longest = 0;
        for (String c : classes) longest = Math.max(longest, Math.min(c.length(), 18));
        int left = 30 + 7 * longest, top = 50 + 7 * Math.min(longest, 6), bottom = 20;
        int w = Math.max(360, left + k * cell + 20), h = top + k * cell + bottom;
        String title = normalised ? "Confusion matrix, row-normalised" : "Confusion matrix, counts";
        return new Figure(title, w, h, g -> {
            g.setColor(Color.DARK_GRAY);
            g.setFont(TITLE);
            g.drawString((normalised ? "row-normalised" : "counts") + "; rows: true class, columns: predicted", 8, 18);
            g.setFont(LABEL);
            for (int j = 0; j < k; j++) {
                Graphics2D r = (Graphics2D) g.create();
                r.translate(left + j * cell + cell / 2 + 4, top - 6);
                r.rotate(-Math.PI / 4);
                r.drawString(shorten(classes.get(j)), 0, 0);
                r.dispose();
            }
            for (int i = 0; i < k; i++) {
                String name = shorten(classes.get(i));
                g.setColor(Color.DARK_GRAY);
                g.drawString(name, left - 8 - g.getFontMetrics().stringWidth(name), top + i * cell + cell / 2 + 4);
                for (int j = 0; j < k; j++) {
                    double v = fractions[i][j];
                    g.setColor(blues(v));
                    g.fillRect(left + j * cell, top + i * cell, cell, cell);
                    g.setColor(v > 0.5 ? Color.WHITE : Color.BLACK);
                    String text = normalised ? String.format(Locale.ROOT, "%.2f", v) : Integer.toString(counts[i][j]);
                    centred(g, text, left + j * cell + cell / 2, top + i * cell + cell / 2);
                }
            }
            g.setColor(Color.GRAY);
            g.setStroke(new BasicStroke(1f));
            g.drawRect(left, top, k * cell, k * cell);
        });
    }

    /** Per-class precision, recall and F1 as grouped bars. */
    public static Figure perClassScores(List<String> classes, double[] precision, double[] recall, double[] f1) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int i = 0; i < classes.size(); i++) {
            ClassKey key = new ClassKey(i, shorten(classes.get(i)));
            data.addValue(precision[i], "precision", key);
            data.addValue(recall[i], "recall", key);
            data.addValue(f1[i], "F1", key);
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
        int w = Math.max(480, 80 * classes.size()), h = 300;
        return new Figure("Per-class scores", w, h, g -> chart.draw(g, new Rectangle2D.Double(0, 0, w, h)));
    }

    /** A bar group's key: its class's place (two classes that shorten alike stay apart), shown by its name. */
    private record ClassKey(int index, String name) implements Comparable<ClassKey> {
        @Override
        public int compareTo(ClassKey o) { return Integer.compare(index, o.index); }

        @Override
        public String toString() { return name; }
    }

    /** One star: raw curve, folded curve at its period and periodogram, under a title line. */
    public static Figure panel(ReportModel.Panel p) {
        ReportModel.StarEntry s = p.star();
        String title = String.format(Locale.ROOT, "%s   true %s, predicted %s (p = %.2f), P = %s",
                oneLine(s.id()), s.trueLabel() == null ? "?" : oneLine(s.trueLabel()), oneLine(s.predicted()), s.probability(),
                Double.isFinite(s.period()) ? String.format(Locale.ROOT, "%.5f d (%s)", s.period(), s.periodSource()) : "none");
        JFreeChart raw = scatter("time", "magnitude", p.time(), p.mag(), true, "raw" + (p.band() == null ? "" : " (" + oneLine(p.band()) + ")"));
        double[] ph2 = new double[p.phase().length * 2], m2 = new double[ph2.length];
        for (int i = 0; i < p.phase().length; i++) {
            ph2[i] = p.phase()[i];
            ph2[i + p.phase().length] = p.phase()[i] + 1;
            m2[i] = m2[i + p.phase().length] = p.foldedMag()[i];
        }
        JFreeChart folded = scatter("phase", "magnitude", ph2, m2, true, p.phase().length == 0 ? "no period" : "folded");
        JFreeChart pg = line("frequency [1/d]", "power", p.frequency(), p.power(),
                Double.isFinite(s.period()) && s.period() > 0 ? 1 / s.period() : Double.NaN);
        return new Figure(title, PANEL_WIDTH, PANEL_HEIGHT, g -> {
            g.setFont(TITLE);
            g.setColor(p.correct() ? Color.DARK_GRAY : WRONG);
            g.drawString(title, 6, 16);
            int w = PANEL_WIDTH / 3;
            raw.draw(g, new Rectangle2D.Double(0, 22, w, PANEL_HEIGHT - 22));
            folded.draw(g, new Rectangle2D.Double(w, 22, w, PANEL_HEIGHT - 22));
            pg.draw(g, new Rectangle2D.Double(2 * w, 22, w, PANEL_HEIGHT - 22));
        });
    }

    private static JFreeChart scatter(String xName, String yName, double[] x, double[] y, boolean invert, String title) {
        XYSeries s = new XYSeries("points", false, true);
        for (int i = 0; i < x.length; i++) if (Double.isFinite(x[i]) && Double.isFinite(y[i])) s.add(x[i], y[i]);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
        r.setSeriesShape(0, new Ellipse2D.Double(-1.5, -1.5, 3, 3));
        r.setSeriesPaint(0, POINT);
        NumberAxis xa = new NumberAxis(xName), ya = new NumberAxis(yName);
        xa.setAutoRangeIncludesZero(false);
        ya.setAutoRangeIncludesZero(false);
        ya.setInverted(invert); // bright up
        return chart(new XYPlot(new XYSeriesCollection(s), xa, ya, r), title);
    }

    private static JFreeChart line(String xName, String yName, double[] x, double[] y, double marker) {
        XYSeries s = new XYSeries("power", false, true);
        for (int i = 0; i < x.length; i++) s.add(x[i], y[i]);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        r.setSeriesPaint(0, POINT);
        r.setSeriesStroke(0, new BasicStroke(0.8f));
        NumberAxis xa = new NumberAxis(xName), ya = new NumberAxis(yName);
        xa.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(new XYSeriesCollection(s), xa, ya, r);
        if (Double.isFinite(marker)) {
            ValueMarker m = new ValueMarker(marker, WRONG, new BasicStroke(0.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {3f, 3f}, 0f));
            plot.addDomainMarker(m);
        }
        return chart(plot, x.length == 0 ? "no periodogram" : "periodogram (dashed: 1/P)");
    }

    private static JFreeChart chart(XYPlot plot, String title) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xDDDDDD));
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        for (var a : List.of(plot.getDomainAxis(), plot.getRangeAxis())) {
            a.setLabelFont(LABEL.deriveFont(10f));
            a.setTickLabelFont(LABEL.deriveFont(9f));
        }
        JFreeChart c = new JFreeChart(title, LABEL, plot, false);
        c.setBackgroundPaint(Color.WHITE);
        return c;
    }

    /** Names in figures: one line, at most 24 characters (tables carry the whole text). */
    static String shorten(String s) {
        String one = oneLine(s);
        return one.length() <= 24 ? one : one.substring(0, 23) + "…";
    }

    /** Control characters (newlines in a hostile id) shown as a visible mark, not a line break. */
    static String oneLine(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) b.append(Character.isISOControl(c) ? '␤' : c);
        return b.toString();
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

    /** The metrics figures: confusion matrix in counts and row-normalised, per-class scores. */
    public static List<Figure> metricFigures(org.cepheus.learn.EvaluationResult m) {
        List<Figure> out = new ArrayList<>();
        if (m == null) return out;
        out.add(confusionMatrix(m.classNames(), m.confusion(), m.confusionNormalised(), false));
        out.add(confusionMatrix(m.classNames(), m.confusion(), m.confusionNormalised(), true));
        out.add(perClassScores(m.classNames(), m.precision(), m.recall(), m.f1()));
        return out;
    }
}
