import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.cepheus.catalog.Catalog;
import org.cepheus.catalog.CatalogLoader;
import org.cepheus.service.ProgressMonitor;
import org.cepheus.ui.CepheusApp;
import org.cepheus.ui.ErrorReporter;
import org.cepheus.ui.JobRunner;
import org.cepheus.ui.PulseProbe;
import org.cepheus.ui.RecentCatalogs;
import org.cepheus.ui.Workbench;
import org.cepheus.ui.Workspace;

/**
 * Longest FX-thread stall while the training view runs a real training: a PulseProbe (an
 * AnimationTimer asking for every frame) records the largest gap between two pulses while the
 * trainer reports every minibatch through the coalescing listener and the loss charts redraw.
 * Headless through Monocle (software rendering):
 *
 *   java -cp "target/cepheus.jar:target/lib/*:$HOME/.m2/repository/org/testfx/openjfx-monocle/17.0.10/openjfx-monocle-17.0.10.jar" \
 *        -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw \
 *        bench/FxTrainingStallBench.java ../shared/data/crts [starsPerClass] [epochs] [model]
 */
public class FxTrainingStallBench {
    /** The FX thread parked in its event loop waiting for work is idle, not stalled. */
    static boolean idle(StackTraceElement[] trace) {
        for (StackTraceElement e : trace) {
            String c = e.getClassName();
            if (c.contains("RunnableProcessor") || c.contains("InvokeLaterDispatcher") || c.contains("GtkApplication")) return true;
            if (c.startsWith("org.cepheus") || c.startsWith("org.jfree") || c.startsWith("javafx.scene")) return false;
        }
        return false;
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data/crts");
        int perClass = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        int epochs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        String model = args.length > 3 ? args[3] : "cnn-lstm";
        Catalog catalog = CatalogLoader.load(data, CatalogLoader.Options.defaults()
                .withClasses(Set.of("EW", "EA", "RRab", "RRc", "LPV")).withPerClassCap(perClass), ProgressMonitor.NONE);
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        AtomicReference<Workbench> wb = new AtomicReference<>();
        PulseProbe probe = new PulseProbe();
        Path out = java.nio.file.Files.createTempDirectory("stall-bench").resolve("model.zip");
        long[] t0 = new long[1];
        Platform.runLater(() -> {
            ErrorReporter errors = new ErrorReporter();
            Workspace ws = new Workspace(new JobRunner(errors), errors);
            Workbench w = new Workbench(ws, new RecentCatalogs(Preferences.userRoot().node("cepheus-bench/recent")));
            Stage stage = new Stage();
            stage.setScene(CepheusApp.createScene(w));
            stage.show();
            ws.open(catalog, data);
            w.tabs().getSelectionModel().select(w.trainingTab());
            w.training().model().getSelectionModel().select(org.cepheus.learn.ModelKinds.byId(model));
            w.training().setConfig(w.training().config().withEpochs(epochs).withPatience(epochs).withBatchSize(16));
            w.training().output().setText(out.toString());
            wb.set(w);
        });
        Thread.sleep(3000); // the window's first layout and render are not part of the measure
        // what the FX thread is doing when it is not runnable: sampled every 20 ms
        Thread[] fx = new Thread[1];
        CountDownLatch found = new CountDownLatch(1);
        Platform.runLater(() -> { fx[0] = Thread.currentThread(); found.countDown(); });
        found.await();
        java.util.Map<String, Integer> waits = new java.util.concurrent.ConcurrentHashMap<>();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                Thread.State st = fx[0].getState();
                if (st == Thread.State.BLOCKED || (st != Thread.State.RUNNABLE && !idle(fx[0].getStackTrace()))) {
                    StackTraceElement[] trace = fx[0].getStackTrace();
                    StringBuilder key = new StringBuilder(st.toString());
                    for (int i = 0; i < Math.min(6, trace.length); i++) key.append(" < ").append(trace[i]);
                    waits.merge(key.toString(), 1, Integer::sum);
                }
                try { Thread.sleep(20); } catch (InterruptedException e) { return; }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        Platform.runLater(() -> {
            probe.start();
            t0[0] = System.nanoTime();
            wb.get().training().start();
        });
        // wait for the training job to finish
        while (true) {
            Thread.sleep(500);
            CountDownLatch check = new CountDownLatch(1);
            boolean[] done = new boolean[1];
            Platform.runLater(() -> {
                var r = wb.get() == null ? null : wb.get().training().running();
                done[0] = r != null && r.isDone();
                check.countDown();
            });
            check.await(10, TimeUnit.SECONDS);
            if (done[0]) break;
        }
        Thread.sleep(300); // let the last coalesced batch land
        CountDownLatch report = new CountDownLatch(1);
        Platform.runLater(() -> {
            probe.stop();
            double seconds = (System.nanoTime() - t0[0]) / 1e9;
            var charts = wb.get().training().charts();
            System.out.printf("training %s, %d stars, %d epochs: %.1f s, %d iteration points, %d epoch points%n",
                    model, catalog.byStar().size(), epochs, seconds, charts.iterationPoints(), charts.epochPoints());
            System.out.printf("FX pulses: %d (%.0f/s); gap between pulses p50 %.1f, p99 %.1f, max %.1f ms (began %.0f ms after start); %d gaps > 50 ms%n",
                    probe.frames(), probe.frames() / seconds, probe.quantileMillis(0.5), probe.quantileMillis(0.99),
                    probe.maxGapMillis(), probe.worstGapStartMillis(), probe.gapsOver(50));
            System.out.printf("FX-thread CPU during the longest gap: %.1f ms; largest FX-thread CPU between two pulses: %.1f ms%n",
                    probe.worstGapCpuMillis(), probe.maxCpuBetweenPulsesMillis());
            System.out.printf("longest trainer-event batch on the FX thread (chart updates): %.1f ms wall, %.1f ms CPU%n",
                    wb.get().training().listener().maxDeliveryMillis(), wb.get().training().listener().maxDeliveryCpuMillis());
            System.out.println("status: " + wb.get().training().status().getText());
            waits.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(4)
                    .forEach(e -> System.out.println("FX thread not runnable, " + e.getValue() + " samples: " + e.getKey()));
            report.countDown();
        });
        report.await();
        Platform.exit();
        System.exit(0);
    }
}
