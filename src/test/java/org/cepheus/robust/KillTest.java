package org.cepheus.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.cepheus.TestData;
import org.cepheus.catalog.Catalog;
import org.cepheus.catalog.CatalogLoader;
import org.cepheus.learn.ModelBundle;
import org.cepheus.service.ProgressMonitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * SIGKILL (Process.destroyForcibly) at random moments of the real command line writing a model
 * ({@code train}), an export ({@code catalog export}, CSV and FITS) and a report ({@code report}),
 * each in a child JVM. After every kill the output is the old file byte for byte or a complete new
 * one (it loads / parses); after the next normal run of the same command no {@code .*.tmp} is left
 * in the folder (AtomicFiles removes the temporaries a killed run left).
 * <p>
 * {@code -Dcepheus.kill.trials=N} kills per command (default 3; 20 for a long run), {@code -Dcepheus.kill.seed=S}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KillTest {
    private static final int TRIALS = Integer.getInteger("cepheus.kill.trials", 3);
    private static final Random RANDOM = new Random(Long.getLong("cepheus.kill.seed", 5L));
    private static final List<String> JVM = List.of("-Xmx1g");
    /** 6 real CRTS stars each of EW and LPV, enough for a split and two epochs. */
    private static final String[] SUBSET = {"--classes", "EW,LPV", "--per-class-cap", "6"};

    private static Path dir;
    private static Path model;

    @BeforeAll
    static void folder() throws IOException {
        dir = Seeds.tempDir("cepheus-kill");
        model = dir.resolve("m.zip");
    }

    /** What a complete output must satisfy. */
    private interface Complete { void check(Path out) throws Exception; }

    @Test
    @Order(1)
    void killedTrainingLeavesTheOldModelOrANewCompleteOne() throws Exception {
        killRepeatedly(model, out -> ModelBundle.load(out), cat("train", TestData.crts().toString()),
                "--model", "cnn2d", "--epochs", "2", "--batch", "4", "--out", model.toString());
    }

    @Test
    @Order(2)
    void killedExportLeavesTheOldTableOrANewCompleteOne() throws Exception {
        for (String ext : List.of("csv", "fits", "parquet")) {
            Path out = dir.resolve("x." + ext);
            killRepeatedly(out, KillTest::sameCurvesAsCrtsSubset, cat("catalog", "export", TestData.crts().toString()),
                    "--out", out.toString());
        }
    }

    @Test
    @Order(3)
    void killedReportLeavesTheOldPageOrANewCompleteOne() throws Exception {
        if (!Files.exists(model)) killedTrainingLeavesTheOldModelOrANewCompleteOne();
        Path out = dir.resolve("r.html");
        killRepeatedly(out, KillTest::wholePage, cat("report", model.toString(), TestData.crts().toString()),
                "--out", out.toString());
    }

    private static String[] cat(String... head) {
        String[] a = Arrays.copyOf(head, head.length + SUBSET.length);
        System.arraycopy(SUBSET, 0, a, head.length, SUBSET.length);
        return a;
    }

    private static void killRepeatedly(Path out, Complete complete, String[] head, String... tail) throws Exception {
        String[] args = Stream.concat(Arrays.stream(head), Arrays.stream(tail)).toArray(String[]::new);
        Path log = dir.resolve(out.getFileName() + ".log");
        long t0 = System.nanoTime();
        assertEquals(0, ChildJvm.run(JVM, log, 5, args), () -> "first normal run:\n" + read(log));
        long full = (System.nanoTime() - t0) / 1_000_000;
        complete.check(out);
        int old = 0, replaced = 0, tempsLeft = 0;
        List<Long> delays = new ArrayList<>();
        for (int i = 0; i < TRIALS; i++) {
            byte[] before = Files.readAllBytes(out);
            long delay = (long) (full * (0.25 + 0.9 * RANDOM.nextDouble())); // now and then after the end
            delays.add(delay);
            Process p = ChildJvm.start(JVM, log, args);
            if (!p.waitFor(delay, TimeUnit.MILLISECONDS)) p.destroyForcibly();
            p.waitFor();
            assertTrue(Files.exists(out), () -> out + " is gone after a kill at " + delay + " ms");
            if (Arrays.equals(before, Files.readAllBytes(out))) {
                old++;
            } else {
                try {
                    complete.check(out);
                } catch (Exception | AssertionError e) {
                    throw new AssertionError(out + " is neither the old file nor a complete new one after a kill at "
                            + delay + " ms: " + e, e);
                }
                replaced++;
            }
            if (!temporaries().isEmpty()) tempsLeft++;
        }
        // the next normal run cleans what the killed ones left (AtomicFiles removes unlocked temporaries)
        assertEquals(0, ChildJvm.run(JVM, log, 5, args), () -> "normal run after the kills:\n" + read(log));
        complete.check(out);
        System.out.printf("kill %s: full run %d ms, %d kills at %s ms: old file intact %d, new complete %d, "
                + "temporaries left by %d%n", out.getFileName(), full, TRIALS, delays, old, replaced, tempsLeft);
        assertEquals(List.of(), temporaries(), "temporaries left after the next normal run");
    }

    private static List<String> temporaries() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".") && n.endsWith(".tmp")).sorted().toList();
        }
    }

    private static Catalog subset;

    private static void sameCurvesAsCrtsSubset(Path out) throws IOException {
        if (subset == null) {
            subset = CatalogLoader.load(TestData.crts(), CatalogLoader.Options.defaults()
                    .withClasses(java.util.Set.of("EW", "LPV")).withPerClassCap(6), ProgressMonitor.NONE);
        }
        Catalog back = CatalogLoader.load(out, null, ProgressMonitor.NONE);
        assertEquals(List.of(), back.problems(), "problems reading the export back");
        assertEquals(subset.size(), back.size(), "curves in the export");
        assertEquals(subset.curves().stream().mapToInt(c -> c.size()).sum(), back.curves().stream().mapToInt(c -> c.size()).sum(),
                "points in the export");
    }

    private static void wholePage(Path out) throws IOException {
        String html = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(html.startsWith("<!DOCTYPE html>") && html.endsWith("</html>\n"), "not a whole page: " + html.length() + " chars");
    }

    private static String read(Path log) {
        try {
            return ChildJvm.read(log);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
