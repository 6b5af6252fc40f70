package org.cepheus.report;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import javax.imageio.ImageIO;
import org.jfree.svg.SVGGraphics2D;

/**
 * A report figure that paints itself on any Graphics2D: SVG for HTML, the PDF page's vector
 * graphics, or a PNG. Sizes are in points (= CSS pixels).
 */
public record Figure(String title, int width, int height, Consumer<Graphics2D> painter) {

    public void paint(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        painter.accept(g);
    }

    /** A standalone SVG document (text escaped by JFreeSVG). */
    public String svg() {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        paint(g);
        return g.getSVGDocument();
    }

    /** A PNG at twice the size, sharp on high-density screens when shown at width x height. */
    public byte[] png() {
        BufferedImage img = new BufferedImage(2 * width, 2 * height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.scale(2, 2);
        paint(g);
        g.dispose();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(img, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
