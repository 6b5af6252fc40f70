import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.cepheus.catalog.LightCurve;
import org.cepheus.ui.charts.RawCurveChart;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * How long one frame of a 100,000-point light curve takes to draw (Java2D, offscreen, 1200x700):
 * the workbench's RawCurveChart (FastScatterRenderer) against JFreeChart's stock shapes-only
 * XYLineAndShapeRenderer, full view and while panning a 10% window across the curve.
 *
 *   java -cp "target/cepheus.jar:target/lib/*" bench/ChartRenderBench.java [points] [frames]
 *
 * The curve is synthetic (a sinusoid with noise and seasonal gaps): the bench measures drawing,
 * not science, and no survey file has 10^5 points in one band.
 */
public class ChartRenderBench {
    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int frames = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        LightCurve lc = syntheticCurve(n);
        BufferedImage img = new BufferedImage(1200, 700, BufferedImage.TYPE_INT_ARGB);

        RawCurveChart fast = new RawCurveChart("synthetic " + n + " points", List.of(lc));
        JFreeChart stock = stockChart(lc);
        System.out.printf("points: %,d, image 1200x700, %d frames each (median / max ms)%n", n, frames);
        report("fast renderer, full view", full(fast.chart(), img, frames));
        report("fast renderer, panning 10% window", pan(fast.chart(), img, frames));
        fast.setErrorBars(true);
        report("fast renderer + error bars, full view", full(fast.chart(), img, frames));
        report("stock XYLineAndShapeRenderer, full view", full(stock, img, Math.max(3, frames / 4)));
        report("stock XYLineAndShapeRenderer, panning 10%", pan(stock, img, Math.max(3, frames / 4)));
    }

    static LightCurve syntheticCurve(int n) {
        Random r = new Random(42);
        double[] t = new double[n], m = new double[n], e = new double[n];
        double time = 5000;
        for (int i = 0; i < n; i++) {
            time += r.nextExponential() * 0.08;
            if ((time % 365) > 240) time += 125; // seasonal gap
            t[i] = time;
            e[i] = 0.01 + 0.03 * r.nextDouble();
            m[i] = 16 + 0.5 * Math.sin(2 * Math.PI * time / 3.7) + r.nextGaussian() * e[i];
        }
        return new LightCurve("synthetic", "V", t, m, e);
    }

    static JFreeChart stockChart(LightCurve lc) {
        XYSeries s = new XYSeries("V", false, true);
        for (int i = 0; i < lc.size(); i++) s.add(lc.time()[i], lc.mag()[i], false);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
        r.setSeriesShape(0, new java.awt.geom.Rectangle2D.Double(-1.5, -1.5, 3, 3));
        NumberAxis mag = new NumberAxis("mag");
        mag.setInverted(true);
        NumberAxis time = new NumberAxis("time");
        time.setAutoRangeIncludesZero(false);
        mag.setAutoRangeIncludesZero(false);
        return new JFreeChart(new XYPlot(new XYSeriesCollection(s), time, mag, r));
    }

    static double[] full(JFreeChart chart, BufferedImage img, int frames) {
        for (int i = 0; i < 3; i++) draw(chart, img); // warm-up
        double[] ms = new double[frames];
        for (int i = 0; i < frames; i++) ms[i] = draw(chart, img);
        return ms;
    }

    static double[] pan(JFreeChart chart, BufferedImage img, int frames) {
        XYPlot plot = chart.getXYPlot();
        var axis = plot.getDomainAxis();
        axis.setAutoRange(true);
        draw(chart, img);
        double lo = axis.getLowerBound(), hi = axis.getUpperBound(), w = (hi - lo) * 0.1;
        for (int i = 0; i < 3; i++) {
            axis.setRange(lo + i * w / 10, lo + i * w / 10 + w);
            draw(chart, img);
        }
        double[] ms = new double[frames];
        for (int i = 0; i < frames; i++) {
            double start = lo + (hi - lo - w) * i / Math.max(1, frames - 1);
            axis.setRange(start, start + w);
            ms[i] = draw(chart, img);
        }
        axis.setAutoRange(true);
        return ms;
    }

    static double draw(JFreeChart chart, BufferedImage img) {
        long t0 = System.nanoTime();
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        chart.draw(g, new java.awt.geom.Rectangle2D.Double(0, 0, img.getWidth(), img.getHeight()));
        g.dispose();
        return (System.nanoTime() - t0) / 1e6;
    }

    static void report(String what, double[] ms) {
        double[] s = ms.clone();
        Arrays.sort(s);
        System.out.printf("  %-44s %8.1f / %8.1f%n", what, s[s.length / 2], s[s.length - 1]);
    }
}
