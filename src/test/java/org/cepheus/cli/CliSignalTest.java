package org.cepheus.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real command line in a child JVM, stopped with SIGTERM (Process.destroy) while it works on a
 * long curve: it must exit within 2 s (its hook cancelling the job) and leave neither its temp file nor a half-written output.
 */
class CliSignalTest {

    /** A synthetic 200,000-point curve (OGLE layout: time mag err), CRTS-like seasons, a 5.37 d sawtooth. */
    static Path longCurve(Path dir) throws Exception {
        Path d = Files.createDirectories(dir.resolve("long"));
        int n = 200_000;
        double perNight = n / 1920.0;
        SplittableRandom r = new SplittableRandom(5);
        StringBuilder sb = new StringBuilder(n * 32);
        for (int i = 0; i < n; i++) {
            int night = (int) Math.min(1919, i / perNight);
            double t = 53_500 + (night / 240) * 365.25 + (night % 240) + 0.3 * (i - night * perNight) / perNight;
            double phase = (t / 5.37) % 1;
            double m = 15 + 0.8 * (phase < 0.25 ? 1 - phase / 0.25 : (phase - 0.25) / 0.75) + 0.05 * r.nextGaussian();
            sb.append(String.format(java.util.Locale.ROOT, "%.6f %.4f 0.05%n", t, m));
        }
        Files.writeString(d.resolve("synthetic-long.dat"), sb);
        return d;
    }

    @Test
    void dmdtOfAllPairsStopsOnSigterm(@TempDir Path tmp) throws Exception {
        Path data = longCurve(tmp);
        // --max-pairs 0: all 2e10 pairs, minutes of work, so the signal surely comes mid-way
        stopsOnSigterm(tmp, "Counting", "dmdt", data.toString(), "--max-pairs", "0", "--out", tmp.resolve("out.csv").toString());
    }

    @Test
    void periodSearchStopsOnSigterm(@TempDir Path tmp) throws Exception {
        Path data = longCurve(tmp);
        // exact GLS of 200,000 points on ~300,000 frequencies: minutes of work
        stopsOnSigterm(tmp, "Searching", "period", data.toString(), "--method", "gls-exact", "--out", tmp.resolve("out.csv").toString());
    }

    private static void stopsOnSigterm(Path dir, String started, String... args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-Dcepheus.featureCache=off", "-Xmx1g",
                "-cp", System.getProperty("java.class.path"), "org.cepheus.Main"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        List<String> err = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) err.add(line);
            } catch (java.io.IOException ignored) {
                // the process ended
            }
        });
        reader.setDaemon(true);
        reader.start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (err.stream().noneMatch(l -> l.contains(started))) {
                assertTrue(p.isAlive(), "exited before working: " + err);
                assertTrue(System.nanoTime() < deadline, "never started: " + err);
                Thread.sleep(50);
            }
            Thread.sleep(1_000); // well inside the long loop, with the temp file open for dmdt
            assertTrue(p.isAlive(), "finished before the signal: " + err);
            long t0 = System.nanoTime();
            // SIGTERM; through the handle, because Process.destroy() also closes our end of stderr
            assertTrue(p.toHandle().destroy(), "SIGTERM sent");
            boolean exited = p.waitFor(10, TimeUnit.SECONDS);
            double secs = (System.nanoTime() - t0) / 1e9;
            assertTrue(exited, "still running 10 s after SIGTERM: " + err);
            assertTrue(secs < 2.0, String.format("exited %.2f s after SIGTERM: %s", secs, err));
            assertNotEquals(0, p.exitValue(), "a cancelled run is not a success");
            reader.join(2_000);
            assertFalse(Files.exists(dir.resolve("out.csv")), "no half output");
            try (Stream<Path> files = Files.walk(dir)) {
                List<Path> tmps = files.filter(f -> f.getFileName().toString().matches("\\..*\\.tmp")).toList();
                assertEquals(List.of(), tmps, "temp files left");
            }
            assertTrue(err.stream().anyMatch(l -> l.contains("cancelling")), "the hook cancelled the job: " + err);
        } finally {
            p.destroyForcibly();
        }
    }
}
