package org.cepheus.ui.charts;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;

/**
 * The peak labels of a periodogram, placed when the chart is drawn (only then are pixel sizes
 * known): best peak first, each at the first of a few spots above its peak that neither leaves
 * the plot nor overlaps a label already placed; a label with no such spot is dropped.
 */
final class PeakLabels extends AbstractXYAnnotation {
    private static final long serialVersionUID = 1L;
    private final double[] x, y;
    private final String[] text;
    private final Font font = new Font("SansSerif", Font.PLAIN, 11);
    private transient List<String> drawn = List.of();

    /** x, y in data units (the chart's x: frequency or period), best first. */
    PeakLabels(double[] x, double[] y, String[] text) {
        this.x = x.clone();
        this.y = y.clone();
        this.text = text.clone();
    }

    /** Labels drawn in the last paint, in placement order (for tests and screenshots). */
    List<String> drawn() { return drawn; }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D area, ValueAxis domain, ValueAxis range,
                     int rendererIndex, PlotRenderingInfo info) {
        double[] pxs = new double[x.length], pys = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            pxs[i] = domain.valueToJava2D(x[i], area, plot.getDomainAxisEdge());
            pys[i] = range.valueToJava2D(y[i], area, plot.getRangeAxisEdge());
        }
        List<Rectangle2D> boxes = markers(pxs, pys);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            Font f = i == 0 ? font.deriveFont(Font.BOLD) : font;
            FontMetrics fm = g2.getFontMetrics(f);
            Rectangle2D box = place(pxs[i], pys[i], fm.stringWidth(text[i]), fm.getHeight(), area, boxes);
            if (box == null) continue;
            boxes.add(box);
            out.add(text[i]);
            g2.setFont(f);
            g2.setPaint(i == 0 ? new Color(0xD5, 0x5E, 0x00) : Color.DARK_GRAY);
            g2.drawString(text[i], (float) box.getX(), (float) (box.getMaxY() - fm.getDescent()));
        }
        drawn = List.copyOf(out);
    }

    /**
     * The peaks' round markers (10 px, PeriodogramChart) as boxes a label must not cover: a low
     * peak's label beside a higher peak used to be written over that peak's marker.
     */
    static List<Rectangle2D> markers(double[] px, double[] py) {
        List<Rectangle2D> boxes = new ArrayList<>();
        for (int i = 0; i < px.length; i++) boxes.add(new Rectangle2D.Double(px[i] - 6, py[i] - 6, 12, 12));
        return boxes;
    }

    /**
     * A w x h box above the point (px, py): centred, then shifted right or left, then one and two
     * lines higher; the first inside the area that overlaps no taken box, or null.
     */
    static Rectangle2D place(double px, double py, double w, double h, Rectangle2D area, List<Rectangle2D> taken) {
        double gap = 6;
        for (int lift = 0; lift < 3; lift++) {
            double top = py - gap - h * (lift + 1);
            for (double left : new double[]{px - w / 2, px + 4, px - w - 4}) {
                Rectangle2D r = new Rectangle2D.Double(left, top, w, h);
                if (!area.contains(r)) continue;
                boolean free = true;
                for (Rectangle2D t : taken) free &= !t.intersects(r);
                if (free) return r;
            }
        }
        return null;
    }
}
