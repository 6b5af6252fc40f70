package org.cepheus.robust;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.cepheus.TestData;
import org.cepheus.catalog.Catalog;
import org.cepheus.catalog.CatalogExport;
import org.cepheus.catalog.CatalogLoader;
import org.cepheus.catalog.LightCurve;
import org.cepheus.learn.TrainingConfig;
import org.cepheus.learn.TrainingJob;
import org.cepheus.service.ProgressMonitor;

/**
 * Real files of every format the readers know, made once per test JVM in a temporary folder:
 * an OGLE .dat, a CRTS .csv, an EROS .dat (copied from the test data), a generic time,mag,err
 * CSV and the long CSV, FITS, VOTable and ECSV written by {@link CatalogExport#write} from
 * sample-data stars, and a cnn2d model trained for 2 epochs on 20 real CRTS stars.
 * <p>
 * Each format has two files of different stars: one stays intact beside the mutants ({@code intact/}),
 * the other is the seed that gets damaged, so a mutant can never carry an intact file's star id.
 */
final class Seeds {
    /** A file to damage: its bytes and the path (relative to the mutant folder) it is written under. */
    record Seed(String format, String relativePath, byte[] bytes) { }

    private static Seeds instance;
    private static Path bundle;

    final Path work;
    final Path intact;
    final List<Seed> seeds;

    private Seeds(Path work, Path intact, List<Seed> seeds) {
        this.work = work;
        this.intact = intact;
        this.seeds = seeds;
    }

    static synchronized Seeds get() {
        if (instance == null) {
            try {
                instance = build();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    static Path tempDir(String prefix) throws IOException {
        Path dir = Files.createTempDirectory(prefix);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir)));
        return dir;
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // best effort: a temp folder
        }
    }

    private static Seeds build() throws IOException {
        Path work = tempDir("cepheus-robust");
        Path intact = Files.createDirectories(work.resolve("intact"));
        List<Seed> seeds = new ArrayList<>();

        List<Path> ogle = sorted(TestData.ogle().resolve("I"));
        List<Path> crts = sorted(TestData.crts().resolve("lc"));
        List<Path> eros = sorted(TestData.eros().resolve("R"));
        copy(ogle.get(0), intact.resolve("ogle/I"));
        seeds.add(new Seed("ogle", "I/" + ogle.get(1).getFileName(), Files.readAllBytes(ogle.get(1))));
        copy(crts.get(0), intact.resolve("crts"));
        seeds.add(new Seed("crts", crts.get(1).getFileName().toString(), Files.readAllBytes(crts.get(1))));
        copy(eros.get(0), intact.resolve("eros/R"));
        seeds.add(new Seed("eros", "R/" + eros.get(1).getFileName(), Files.readAllBytes(eros.get(1))));

        // exports of sample-data OGLE stars the copies above do not include (the last ones by id)
        Catalog sample = CatalogLoader.load(TestData.sampleData().resolve("ogle-lmc-cep/I"), null, ProgressMonitor.NONE);
        List<LightCurve> curves = sample.curves();
        int n = curves.size();
        int next = curves.size() - 1; // each file its own stars, taken from the end
        Path exports = Files.createDirectories(intact.resolve("exports"));
        Path scratch = tempDir("cepheus-robust-seeds");
        for (String ext : List.of("csv", "fits", "vot", "ecsv", "parquet")) {
            Catalog keep = new Catalog("intact", List.of(curves.get(next--)), List.of());
            Catalog damage = new Catalog("seed", List.of(curves.get(next--), curves.get(next--)), List.of());
            CatalogExport.write(keep, exports.resolve("long." + ext));
            Path s = scratch.resolve("long-seed." + ext);
            CatalogExport.write(damage, s);
            seeds.add(new Seed(CatalogExport.formatOf(s) + (ext.equals("csv") ? "-long" : ""), s.getFileName().toString(),
                    Files.readAllBytes(s)));
        }
        // a generic table with only time, mag and err: the star id is the file name
        LightCurve keep = curves.get(next--), damage = curves.get(next--);
        Files.write(intact.resolve("generic-" + keep.id() + ".csv"), generic(keep));
        seeds.add(new Seed("csv", "generic-" + damage.id() + ".csv", generic(damage)));
        // an AAVSO Extended upload file (written here from a real curve: the reader sees its parameters and delimiter)
        keep = curves.get(next--);
        damage = curves.get(next--);
        Files.write(intact.resolve("aef-" + keep.id() + ".txt"), aavsoExtended(keep));
        seeds.add(new Seed("aavso-upload", "aef-" + damage.id() + ".txt", aavsoExtended(damage)));
        return new Seeds(work, intact, List.copyOf(seeds));
    }

    private static byte[] generic(LightCurve c) {
        StringBuilder sb = new StringBuilder("\"time\",\"mag\",\"err\"\n");
        for (int i = 0; i < c.size(); i++) {
            sb.append(c.time()[i]).append(',').append(c.mag()[i]).append(',').append(c.err()[i]).append('\n');
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] aavsoExtended(LightCurve c) {
        StringBuilder sb = new StringBuilder("#TYPE=EXTENDED\n#OBSCODE=TEST\n#SOFTWARE=Seeds.java (a real curve written in this format)\n"
                + "#DELIM=!\n#DATE=HJD\n#OBSTYPE=CCD\n#NAME!DATE!MAG!MERR!FILT!TRANS!MTYPE!CNAME!CMAG!KNAME!KMAG!AMASS!GROUP!CHART!NOTES\n");
        for (int i = 0; i < c.size(); i++) {
            sb.append(c.id()).append('!').append(c.time()[i] + 2450000).append('!').append(c.mag()[i]).append('!')
                    .append(c.err()[i]).append("!I!NO!STD!ENSEMBLE!na!na!na!na!na!na!na\n");
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static List<Path> sorted(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static void copy(Path file, Path toDir) throws IOException {
        Files.createDirectories(toDir);
        Files.copy(file, toDir.resolve(file.getFileName()));
    }

    /**
     * A real model bundle: cnn2d trained for 2 epochs on 10 real CRTS stars each of EW and LPV (the
     * idea of learn.LearnFixtures.trainedCnn2d, smaller: only its bytes matter here).
     */
    static synchronized Path trainedBundle() {
        if (bundle == null) {
            try {
                Catalog crts = CatalogLoader.load(TestData.crts(), CatalogLoader.Options.defaults()
                        .withClasses(Set.of("EW", "LPV")).withPerClassCap(10), ProgressMonitor.NONE);
                TrainingConfig c = TrainingConfig.preset("cnn2d");
                c = c.withEpochs(2).withBatchSize(8).withLearningRate(1e-3).withPatience(10);
                Path out = tempDir("cepheus-robust-model").resolve("cnn2d.zip");
                new TrainingJob(crts, c, out, null).run(ProgressMonitor.NONE);
                bundle = out;
            } catch (Exception e) {
                throw new IllegalStateException("could not train the seed model", e);
            }
        }
        return bundle;
    }

    static String lower(String s) { return s.toLowerCase(Locale.ROOT); }
}
