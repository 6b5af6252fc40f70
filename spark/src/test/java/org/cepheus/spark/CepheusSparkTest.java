package org.cepheus.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.cepheus.catalog.Catalog;
import org.cepheus.catalog.CatalogLoader;
import org.cepheus.cli.CepheusCommand;
import org.cepheus.learn.Classifier;
import org.cepheus.learn.ModelBundle;
import org.cepheus.learn.Prediction;
import org.cepheus.service.ProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Spark job in local[2] on real CRTS curves of the test data (four classes, 15 stars each)
 * with two bad files beside them: the same predictions as the desktop's classify, bad files
 * counted and not fatal, features equal to the desktop's.
 */
class CepheusSparkTest {
    @TempDir static Path tmp;
    static Path catalog, model;
    static SparkSession spark;

    @BeforeAll
    static void setUp() throws Exception {
        Path src = Path.of("src/test/resources/realdata/crts");
        catalog = Files.createDirectories(tmp.resolve("crts/lc"));
        Map<String, Integer> perClass = new HashMap<>();
        List<String> labels = new ArrayList<>(List.of("file,class"));
        for (String line : Files.readAllLines(src.resolve("labels.csv")).subList(1, Files.readAllLines(src.resolve("labels.csv")).size())) {
            String[] f = line.split(",");
            if (!List.of("EW", "RRab", "RRc", "LPV").contains(f[1]) || perClass.merge(f[1], 1, Integer::sum) > 15) continue;
            Files.copy(src.resolve(f[0]), catalog.resolve(Path.of(f[0]).getFileName()));
            labels.add(line);
        }
        catalog = catalog.getParent();
        Files.write(catalog.resolve("labels.csv"), labels);
        Files.write(catalog.resolve("lc/broken.csv"), new byte[]{0, 1, 2, (byte) 0xff, 0, 0, 7, 8});
        Files.writeString(catalog.resolve("lc/empty.csv"), "");
        model = tmp.resolve("pf.zip");
        assertEquals(0, CepheusCommand.execute("train", catalog.toString(), "--model", "period-features", "--epochs", "3",
                "--out", model.toString()));
        spark = SparkSession.builder().master("local[2]").appName("cepheus-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4").getOrCreate();
    }

    @AfterAll
    static void tearDown() {
        if (spark != null) spark.stop();
    }

    private static Map<String, Row> byId(Dataset<Row> d) {
        Map<String, Row> m = new HashMap<>();
        for (Row r : d.collectAsList()) m.put(r.getAs("id"), r);
        return m;
    }

    @Test
    void classifyEqualsTheDesktopAndCountsBadFiles() throws Exception {
        Catalog cat = CatalogLoader.load(catalog, CatalogLoader.Options.defaults(), null);
        ModelBundle bundle = ModelBundle.load(model);
        List<Prediction> desktop = new Classifier(bundle).classify(cat, ProgressMonitor.NONE);
        Path cliCsv = tmp.resolve("cli.csv");
        assertEquals(0, CepheusCommand.execute("classify", model.toString(), catalog.toString(), "--out", cliCsv.toString()));
        Map<String, String> cli = new HashMap<>();
        for (String line : Files.readAllLines(cliCsv).subList(1, Files.readAllLines(cliCsv).size())) {
            String[] f = line.split(",");
            cli.put(f[0], f[1]);
        }

        Path out = tmp.resolve("spark-out");
        CepheusSpark.Summary s = CepheusSpark.run(spark, "classify", "--model", model.toString(), "--input", catalog.toString(),
                "--output", out.toString(), "--format", "both");
        assertEquals(2, s.badFiles(), "the binary and the empty file: " + s.messages());
        assertEquals(60, s.stars());
        assertTrue(s.messages().stream().anyMatch(m -> m.contains("broken.csv")), s.messages().toString());
        Map<String, Row> parquet = byId(spark.read().parquet(out.resolve("parquet").toString()));
        Map<String, Row> csv = byId(spark.read().option("header", "true").csv(out.resolve("csv").toString()));
        assertEquals(desktop.size(), parquet.size());
        assertEquals(desktop.size(), csv.size());
        List<String> classes = bundle.classNames();
        assertEquals(List.of("id", "predicted", "probability", "novelty", "flag"), List.of(spark.read()
                .parquet(out.resolve("parquet").toString()).columns()).subList(0, 5));
        for (Prediction p : desktop) {
            Row r = parquet.get(p.id());
            assertEquals(p.predicted(), r.getAs("predicted"), p.id());
            assertEquals(cli.get(p.id()), r.getAs("predicted"), p.id() + " against the CLI's CSV");
            assertEquals(p.predicted(), csv.get(p.id()).getAs("predicted"));
            for (int i = 0; i < classes.size(); i++) {
                assertEquals(p.probabilities()[i], (double) r.getAs("p_" + classes.get(i)), 1e-6, p.id() + " " + classes.get(i));
            }
            assertEquals(p.flags().stream().sorted().map(Prediction.Flag::code).reduce((a, b) -> a + ";" + b).orElse(""),
                    r.getAs("flag"), p.id());
            // the bundle's novelty detector (#15) runs on the executors as on the desktop
            assertTrue(p.hasNovelty(), p.id() + ": the desktop scores novelty");
            assertEquals(p.novelty(), ((Number) r.getAs("novelty")).doubleValue(), 1e-6, p.id() + " novelty");
        }
    }

    @Test
    void classifyFromTheExportedTableEqualsTheFolder() throws Exception {
        Path table = tmp.resolve("table.csv");
        assertEquals(0, CepheusCommand.execute("catalog", "export", catalog.toString(), "--out", table.toString()));
        Path a = tmp.resolve("from-folder"), b = tmp.resolve("from-table");
        CepheusSpark.run(spark, "classify", "--model", model.toString(), "--input", catalog.toString(), "--output", a.toString());
        CepheusSpark.Summary s = CepheusSpark.run(spark, "classify", "--model", model.toString(), "--input", table.toString(),
                "--output", b.toString());
        assertEquals(60, s.stars());
        Map<String, Row> fa = byId(spark.read().parquet(a.toString())), fb = byId(spark.read().parquet(b.toString()));
        assertEquals(fa.keySet(), fb.keySet());
        for (String id : fa.keySet()) {
            assertEquals((String) fa.get(id).getAs("predicted"), fb.get(id).getAs("predicted"), id);
            assertEquals((double) fa.get(id).getAs("probability"), (double) fb.get(id).getAs("probability"), 1e-4, id);
        }
    }

    /**
     * The Parquet long table the desktop writes (`catalog export --out x.parquet`): the job's predictions
     * from it equal those from the CSV export and the desktop's `classify` of the same Parquet file.
     */
    @Test
    void classifyFromTheDesktopParquetEqualsTheCsv() throws Exception {
        Path csvTable = tmp.resolve("pq-table.csv"), parquetTable = tmp.resolve("pq-table.parquet");
        assertEquals(0, CepheusCommand.execute("catalog", "export", catalog.toString(), "--out", csvTable.toString()));
        assertEquals(0, CepheusCommand.execute("catalog", "export", catalog.toString(), "--out", parquetTable.toString()));
        Path a = tmp.resolve("pq-from-csv"), b = tmp.resolve("pq-from-parquet");
        CepheusSpark.Summary sa = CepheusSpark.run(spark, "classify", "--model", model.toString(), "--input", csvTable.toString(),
                "--output", a.toString());
        CepheusSpark.Summary sb = CepheusSpark.run(spark, "classify", "--model", model.toString(), "--input", parquetTable.toString(),
                "--output", b.toString());
        assertEquals(60, sa.stars());
        assertEquals(60, sb.stars());
        Map<String, Row> fa = byId(spark.read().parquet(a.toString())), fb = byId(spark.read().parquet(b.toString()));
        assertEquals(fa.keySet(), fb.keySet());
        List<String> classes = ModelBundle.load(model).classNames();
        Path cliCsv = tmp.resolve("cli-parquet.csv");
        assertEquals(0, CepheusCommand.execute("classify", model.toString(), parquetTable.toString(), "--out", cliCsv.toString()));
        List<String> cli = Files.readAllLines(cliCsv);
        assertEquals(61, cli.size(), "the desktop classifies the 60 stars of the Parquet table");
        for (String line : cli.subList(1, cli.size())) {
            String[] f = line.split(",");
            assertEquals(f[1], fb.get(f[0]).getAs("predicted"), f[0] + ": the desktop's classify of the same Parquet file");
        }
        for (String id : fa.keySet()) {
            assertEquals((String) fa.get(id).getAs("predicted"), fb.get(id).getAs("predicted"), id);
            for (String c : classes) {
                assertEquals((double) fa.get(id).getAs("p_" + c), (double) fb.get(id).getAs("p_" + c), 1e-6, id + " " + c);
            }
            assertEquals((String) fa.get(id).getAs("flag"), fb.get(id).getAs("flag"), id);
        }
    }

    @Test
    void featuresEqualTheDesktopFeatures() throws Exception {
        Path cliCsv = tmp.resolve("features.csv");
        assertEquals(0, CepheusCommand.execute("features", catalog.toString(), "--out", cliCsv.toString()));
        List<String> lines = Files.readAllLines(cliCsv);
        Path out = tmp.resolve("spark-features");
        CepheusSpark.Summary s = CepheusSpark.run(spark, "features", "--input", catalog.toString(), "--output", out.toString());
        assertEquals(60, s.stars());
        Dataset<Row> d = spark.read().parquet(out.toString());
        assertEquals(List.of(lines.get(0).split(",")), List.of(d.columns()), "same columns");
        Map<String, Row> rows = byId(d);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            Row r = rows.get(f[0]);
            for (int j = 2; j < f.length; j++) {
                Double v = r.getAs(j);
                if (f[j].isEmpty()) assertEquals(null, (Object) v, f[0] + " " + d.columns()[j]);
                else assertEquals(Double.parseDouble(f[j]), v, 1e-6 * Math.max(1, Math.abs(v)), f[0] + " " + d.columns()[j]);
            }
        }
    }
}
