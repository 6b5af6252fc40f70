import java.awt.*;
import java.awt.geom.*;
import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;

/** Draws resources/icons/cepheus.png: a pulsating star over its light curve. Run: java docs/icon/MakeIcon.java */
public class MakeIcon {
    public static void main(String[] a) throws Exception {
        for (int size : new int[]{256, 64}) {
            BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = img.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.scale(size / 256.0, size / 256.0);
            g.setPaint(new GradientPaint(0, 0, new Color(0x1B, 0x2A, 0x4A), 0, 256, new Color(0x0B, 0x12, 0x24)));
            g.fill(new RoundRectangle2D.Double(8, 8, 240, 240, 56, 56));
            // glow and star
            g.setPaint(new RadialGradientPaint(new Point2D.Double(128, 100), 80, new float[]{0f, 1f},
                    new Color[]{new Color(255, 214, 102, 200), new Color(255, 214, 102, 0)}));
            g.fill(new Ellipse2D.Double(48, 20, 160, 160));
            Path2D star = new Path2D.Double();
            for (int i = 0; i < 10; i++) {
                double r = i % 2 == 0 ? 46 : 18, th = -Math.PI / 2 + i * Math.PI / 5;
                double x = 128 + r * Math.cos(th), y = 100 + r * Math.sin(th);
                if (i == 0) star.moveTo(x, y); else star.lineTo(x, y);
            }
            star.closePath();
            g.setPaint(new Color(0xFF, 0xD6, 0x66));
            g.fill(star);
            // a Cepheid-like saw-tooth light curve
            Path2D curve = new Path2D.Double();
            for (int x = 30; x <= 226; x++) {
                double ph = ((x - 30) / 98.0) % 1.0;
                double m = ph < 0.18 ? ph / 0.18 : 1 - (ph - 0.18) / 0.82;
                double y = 212 - 38 * m;
                if (x == 30) curve.moveTo(x, y); else curve.lineTo(x, y);
            }
            g.setStroke(new BasicStroke(9f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.setPaint(new Color(0x56, 0xB4, 0xE9));
            g.draw(curve);
            g.dispose();
            ImageIO.write(img, "png", new File(size == 256 ? "resources/icons/cepheus.png" : "resources/icons/cepheus-64.png"));
        }
    }
}
