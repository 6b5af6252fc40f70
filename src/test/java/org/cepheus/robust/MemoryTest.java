package org.cepheus.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.cepheus.TestData;
import org.cepheus.catalog.Catalog;
import org.cepheus.catalog.CatalogLoader;
import org.cepheus.catalog.LightCurve;
import org.cepheus.catalog.LoadProblem;
import org.cepheus.service.ProgressMonitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A child JVM at -Xmx256m loads a folder holding a synthetic 15 MB CRTS-layout file (100,000 stars
 * of 5 points, ids S00000...) beside the real CRTS, OGLE and EROS test curves. It must finish with
 * every real curve loaded and the big file either loaded or refused with a message naming it: no
 * OutOfMemoryError, no "interrupted" loss of the other files. Once through {@link Probe} (counts
 * exactly what loaded) and once through the real command line ({@code catalog info}).
 * <p>
 * With 200,000 stars (30 MB; {@code -Dcepheus.memory.stars=200000}) the file's curves take over a
 * quarter of the loader's budget, so that file alone is refused (with the -Xmx to use) and the real
 * curves still load; this once lost all of them to a whole-load refusal.
 */
class MemoryTest {
    private static final List<String> JVM = List.of("-Xmx256m");
    /** -Dcepheus.memory.stars=N for another size (15 MB per 100,000 stars). */
    private static final int STARS = Integer.getInteger("cepheus.memory.stars", 100_000);
    static final String PREFIX = "S"; // no real id starts so (CRTS ids are numbers, OGLE's OGLE-, EROS's digits)
    private static Path folder;
    private static Path big;
    private static int realCurves;

    @BeforeAll
    static void folder() throws IOException {
        folder = Seeds.tempDir("cepheus-memory");
        // the real folders linked, not copied (the loader follows links)
        Files.createSymbolicLink(folder.resolve("crts"), TestData.crts().resolve("lc"));
        Files.createDirectories(folder.resolve("ogle"));
        Files.createSymbolicLink(folder.resolve("ogle/I"), TestData.ogle().resolve("I"));
        Files.createDirectories(folder.resolve("eros"));
        Files.createSymbolicLink(folder.resolve("eros/R"), TestData.eros().resolve("R"));
        Catalog real = CatalogLoader.load(folder, null, ProgressMonitor.NONE);
        // the real test curves' only notices are the outliers set aside at loading (issue #12)
        assertEquals(List.of(), real.problems().stream().filter(p -> !p.message().contains(" set aside as ")).toList());
        realCurves = real.size();
        big = folder.resolve("synthetic-crts-" + STARS + "-stars-x5.csv");
        writeSynthetic(big, STARS, 5);
    }

    /** CRTS's header and columns, made-up values: 100,000 ids times 5 nights. */
    static void writeSynthetic(Path file, int stars, int points) throws IOException {
        String id = "%s%0" + String.valueOf(stars - 1).length() + "d";
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
            w.write("\"ID\",\"MJD\",\"mag\",\"magerr\",\"RA\",\"Dec\"\n");
            for (int s = 0; s < stars; s++) {
                for (int p = 0; p < points; p++) {
                    w.write(String.format(Locale.ROOT, id + ",%d,%.2f,0.05,%d,-2%n", PREFIX, s, 53700 + p * 3,
                            15 + (s % 50) / 10.0, s % 360));
                }
            }
        }
    }

    @Test
    void bigFileBesideRealOnesAtSmallHeap() throws Exception {
        long mb = Math.round(Files.size(big) / 1e6);
        assertTrue(mb >= 14L * STARS / 100_000 && mb <= 17L * STARS / 100_000, "synthetic file of " + mb + " MB");
        Path log = folder.getParent().resolve(folder.getFileName() + "-probe.log");
        int code = ChildJvm.runMain(JVM, log, 5, Probe.class.getName(), folder.toString());
        String out = ChildJvm.read(log);
        System.out.println("memory probe at -Xmx256m, " + mb + " MB synthetic file: " + out.lines()
                .filter(l -> l.startsWith("real ") || l.startsWith("big ")).toList());
        assertEquals(0, code, out);
        assertFalse(out.contains("OutOfMemoryError") || out.contains("interrupted"), out);
        assertTrue(out.lines().anyMatch(l -> l.equals("real " + realCurves)), () -> "expected all " + realCurves + " real curves:\n" + out);
        assertTrue(out.lines().anyMatch(l -> l.equals("big loaded " + STARS)
                || l.startsWith("big refused: ") && l.contains(big.getFileName().toString())), out);
    }

    @Test
    void commandLineSaysWhatItLoaded() throws Exception {
        Path log = folder.getParent().resolve(folder.getFileName() + "-cli.log");
        int code = ChildJvm.run(JVM, log, 5, "catalog", "info", folder.toString(), "--json");
        String out = ChildJvm.read(log);
        assertEquals(0, code, out);
        assertFalse(out.contains("OutOfMemoryError") || out.contains("interrupted"), out);
        int curves = Integer.parseInt(out.replaceAll("(?s).*\"curves\":(\\d+).*", "$1"));
        assertTrue(curves == realCurves || curves == realCurves + STARS, () -> curves + " curves:\n" + out);
        if (curves == realCurves) assertTrue(out.contains(big.getFileName().toString()), "the refusal names the file:\n" + out);
    }

    /** Loads the folder and prints how many real curves loaded and what became of the synthetic ones. */
    public static final class Probe {
        public static void main(String[] args) throws Exception {
            Catalog c;
            try {
                c = CatalogLoader.load(Path.of(args[0]), null, ProgressMonitor.NONE);
            } catch (IOException e) {
                System.out.println("load refused: " + e.getMessage());
                System.exit(2);
                return;
            }
            long synthetic = c.curves().stream().map(LightCurve::id).filter(id -> id.startsWith(PREFIX)).count();
            System.out.println("real " + (c.size() - synthetic));
            System.out.println(synthetic > 0 ? "big loaded " + synthetic
                    : "big refused: " + c.problems().stream().map(LoadProblem::toString).toList());
            for (LoadProblem p : c.problems()) System.out.println("problem " + p);
        }
    }
}
