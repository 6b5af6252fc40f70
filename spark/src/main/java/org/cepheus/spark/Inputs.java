package org.cepheus.spark;

import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;
import org.cepheus.catalog.Catalog;
import org.cepheus.catalog.CatalogLoader;
import org.cepheus.catalog.LightCurve;
import org.cepheus.catalog.LoadProblem;
import scala.Tuple2;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where the curves come from: a folder of light-curve files read on the executors with Cepheus's
 * own readers (the folder must be visible to every executor: a shared file system), or the
 * long-format table of {@code catalog export} (id, band, time, mag, err, class, time_scale, set_aside;
 * CSV with header or the Parquet the desktop writes, any file system Spark reads; set-aside rows are
 * left out as the desktop leaves them out). Curves are keyed by star id so that a star's bands meet.
 */
final class Inputs {
    private Inputs() { }

    /** Files counted as bad and the first messages about them (accumulators: shipped with the tasks). */
    record Problems(LongAccumulator badFiles, LongAccumulator lineProblems, CollectionAccumulator<String> messages)
            implements java.io.Serializable { }

    static Problems problems(JavaSparkContext jsc) {
        return new Problems(jsc.sc().longAccumulator("bad files"), jsc.sc().longAccumulator("bad lines"),
                jsc.sc().collectionAccumulator("messages"));
    }

    static boolean isTable(String input) {
        String s = input.toLowerCase(java.util.Locale.ROOT);
        return s.endsWith(".parquet") || s.endsWith(".csv") && !Files.isDirectory(Path.of(input));
    }

    static JavaPairRDD<String, CurveData> curves(SparkSession spark, String input, int partitions, Problems problems) {
        return isTable(input) ? fromTable(spark, input) : fromFolder(JavaSparkContext.fromSparkContext(spark.sparkContext()),
                Path.of(input), partitions, problems);
    }

    /** Every regular file under the folder, sorted (labels tables and readmes are skipped by the loader's own rules). */
    static List<String> files(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(Path::toString).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    static JavaPairRDD<String, CurveData> fromFolder(JavaSparkContext jsc, Path dir, int partitions, Problems problems) {
        List<String> files = new ArrayList<>();
        for (String f : files(dir)) if (isCurveFile(dir, Path.of(f))) files.add(f);
        JavaRDD<String> rdd = jsc.parallelize(files, Math.max(1, Math.min(partitions, files.size())));
        return rdd.flatMapToPair(f -> {
            List<Tuple2<String, CurveData>> out = new ArrayList<>();
            Catalog c;
            try {
                c = CatalogLoader.load(Path.of(f), CatalogLoader.Options.defaults(), null);
            } catch (IOException | RuntimeException e) {
                problems.badFiles().add(1);
                problems.messages().add(f + ": " + e.getMessage());
                return out.iterator();
            }
            if (c.isEmpty() || !c.skippedFiles().isEmpty()) {
                problems.badFiles().add(1);
                for (LoadProblem p : c.problems()) problems.messages().add(p.toString());
            } else {
                problems.lineProblems().add(c.problems().size());
            }
            for (LightCurve lc : c.curves()) out.add(new Tuple2<>(lc.id(), CurveData.of(lc)));
            return out.iterator();
        });
    }

    /** Side tables of a catalog folder, not curves (the loader skips them the same way when given the folder). */
    static boolean isCurveFile(Path dir, Path f) {
        String n = f.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return !(n.startsWith("labels") || n.startsWith("readme") || n.startsWith("license") || n.startsWith("."));
    }

    static JavaPairRDD<String, CurveData> fromTable(SparkSession spark, String input) {
        Dataset<Row> t = input.toLowerCase(java.util.Locale.ROOT).endsWith(".parquet")
                ? spark.read().parquet(input)
                : spark.read().option("header", "true").option("inferSchema", "true").csv(input);
        boolean hasErr = List.of(t.columns()).contains("err"), hasClass = List.of(t.columns()).contains("class");
        // points the desktop set aside (upper limits, outliers, exclusions: the set_aside column) are not curve points
        if (List.of(t.columns()).contains("set_aside")) {
            t = t.filter(org.apache.spark.sql.functions.col("set_aside").isNull()
                    .or(org.apache.spark.sql.functions.trim(org.apache.spark.sql.functions.col("set_aside").cast("string")).equalTo("")));
        }
        return t.javaRDD()
                .mapToPair(r -> new Tuple2<>(r.getAs("id").toString() + "\u0000" + str(r.getAs("band")),
                        new double[][]{{num(r.getAs("time")), num(r.getAs("mag")), hasErr ? num(r.getAs("err")) : Double.NaN},
                                {hasClass && r.getAs("class") != null ? 1 : 0}}))
                .groupByKey()
                .mapToPair(g -> {
                    String[] key = g._1().split("\u0000", -1);
                    List<double[]> pts = new ArrayList<>();
                    for (double[][] p : g._2()) pts.add(p[0]);
                    pts.sort(Comparator.comparingDouble(p -> p[0]));
                    int n = pts.size();
                    double[] tt = new double[n], mm = new double[n], ee = hasErr ? new double[n] : null;
                    for (int i = 0; i < n; i++) {
                        tt[i] = pts.get(i)[0];
                        mm[i] = pts.get(i)[1];
                        if (ee != null) ee[i] = pts.get(i)[2];
                    }
                    return new Tuple2<>(key[0], new CurveData(key[0], key[1], null, tt, mm, ee));
                });
    }

    private static String str(Object o) { return o == null ? "" : o.toString(); }

    private static double num(Object o) {
        if (o == null) return Double.NaN;
        if (o instanceof Number n) return n.doubleValue();
        String s = o.toString().trim();
        return s.isEmpty() ? Double.NaN : Double.parseDouble(s);
    }
}
