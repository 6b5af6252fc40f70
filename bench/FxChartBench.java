import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.cepheus.catalog.LightCurve;
import org.cepheus.ui.ChartPane;
import org.cepheus.ui.charts.RawCurveChart;

/**
 * The same 100,000-point curve drawn the way the workbench draws it: JFreeChart-FX's ChartCanvas
 * (FXGraphics2D onto a JavaFX Canvas) on the FX thread, first draw and panning frames. Headless
 * through Monocle (software pipeline, so a real GPU pipeline is faster):
 *
 *   java -cp "target/cepheus.jar:target/lib/*:$HOME/.m2/repository/org/testfx/openjfx-monocle/17.0.10/openjfx-monocle-17.0.10.jar" \
 *        -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw bench/FxChartBench.java [points] [frames]
 */
public class FxChartBench {
    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int frames = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        LightCurve lc = ChartRenderBenchCurve.synthetic(n);
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        double[][] result = new double[2][];
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            ChartPane pane = new ChartPane();
            Stage stage = new Stage();
            stage.setScene(new Scene(pane, 1200, 700));
            stage.show();
            pane.applyCss();
            pane.layout();
            double[] first = new double[frames];
            for (int i = 0; i < frames; i++) {
                RawCurveChart chart = new RawCurveChart("synthetic", List.of(lc));
                long t0 = System.nanoTime();
                pane.setChart(chart.chart()); // ChartCanvas draws synchronously on setChart
                first[i] = (System.nanoTime() - t0) / 1e6;
            }
            var axis = pane.chart().getXYPlot().getDomainAxis();
            double lo = axis.getLowerBound(), hi = axis.getUpperBound(), w = (hi - lo) * 0.1;
            double[] pan = new double[frames];
            for (int i = 0; i < frames; i++) {
                double s = lo + (hi - lo - w) * i / (frames - 1.0);
                long t0 = System.nanoTime();
                axis.setRange(s, s + w); // a chart change redraws the canvas at once
                pan[i] = (System.nanoTime() - t0) / 1e6;
            }
            System.out.printf("canvas %.0fx%.0f%n", pane.viewer().getCanvas().getWidth(), pane.viewer().getCanvas().getHeight());
            result[0] = first;
            result[1] = pan;
            stage.close();
            done.countDown();
        });
        done.await();
        System.out.printf("points: %,d, ChartCanvas 1200x700 on the FX thread (Monocle, software), %d frames (median / max ms)%n", n, frames);
        report("new chart, first draw (incl. 3 warm-up frames)", result[0]);
        report("pan 10% window", result[1]);
        Platform.exit();
    }

    static void report(String what, double[] ms) {
        double[] s = ms.clone();
        Arrays.sort(s);
        System.out.printf("  %-48s %8.1f / %8.1f%n", what, s[s.length / 2], s[s.length - 1]);
    }
}

/** Synthetic curve shared in spirit with ChartRenderBench (source-file mode allows one file only). */
class ChartRenderBenchCurve {
    static LightCurve synthetic(int n) {
        java.util.Random r = new java.util.Random(42);
        double[] t = new double[n], m = new double[n], e = new double[n];
        double time = 5000;
        for (int i = 0; i < n; i++) {
            time += r.nextExponential() * 0.08;
            if ((time % 365) > 240) time += 125;
            t[i] = time;
            e[i] = 0.01 + 0.03 * r.nextDouble();
            m[i] = 16 + 0.5 * Math.sin(2 * Math.PI * time / 3.7) + r.nextGaussian() * e[i];
        }
        return new LightCurve("synthetic", "V", t, m, e);
    }
}
