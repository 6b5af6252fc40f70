package org.cepheus.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.cepheus.catalog.Catalog;
import org.cepheus.catalog.LightCurve;
import org.cepheus.learn.Classifier;
import org.cepheus.learn.FeatureStore;
import org.cepheus.learn.FeatureTable;
import org.cepheus.learn.ModelBundle;
import org.cepheus.learn.Prediction;
import org.cepheus.learn.Star;
import org.cepheus.learn.TrainingConfig;
import org.cepheus.service.ProgressMonitor;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Cepheus on Apache Spark: {@code classify} and {@code features} of a survey's light curves, the
 * same lightcurve and learn code as the desktop's, one task per partition of stars.
 * <pre>
 * spark-submit --class org.cepheus.spark.CepheusSpark cepheus-spark.jar classify --model MODEL.zip --input PATH --output PATH [--format parquet|csv|both] [--partitions N]
 * spark-submit ... cepheus-spark.jar features [--preset FILE] --input PATH --output PATH [--format ...]
 * </pre>
 * Output columns as {@code cepheus classify}: id, predicted, probability, novelty, flag, p_&lt;class&gt;...
 * (features: id, class, period, &lt;feature&gt;...). Bad files are counted and listed, never fatal.
 */
public final class CepheusSpark {
    private CepheusSpark() { }

    /** What one run did, for the caller and the log. */
    public record Summary(long stars, long badFiles, long badLines, List<String> messages) { }

    public static void main(String[] args) {
        SparkSession spark = SparkSession.builder().appName("cepheus " + String.join(" ", args)).getOrCreate();
        try {
            long t0 = System.nanoTime();
            Summary s = run(spark, args);
            System.err.printf("cepheus-spark: %d stars written in %.1f s; %d bad files, %d bad lines skipped%n",
                    s.stars(), (System.nanoTime() - t0) / 1e9, s.badFiles(), s.badLines());
            s.messages().stream().limit(20).forEach(m -> System.err.println("  " + m));
        } catch (IllegalArgumentException e) {
            System.err.println("cepheus-spark: " + e.getMessage());
            spark.stop();
            System.exit(2);
        }
        spark.stop();
    }

    public static Summary run(SparkSession spark, String... args) {
        if (args.length == 0) throw new IllegalArgumentException(USAGE);
        Map<String, String> o = options(args);
        String input = need(o, "--input"), output = need(o, "--output");
        String format = o.getOrDefault("--format", "parquet");
        if (!List.of("parquet", "csv", "both").contains(format)) throw new IllegalArgumentException("--format must be parquet, csv or both");
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        int partitions = Integer.parseInt(o.getOrDefault("--partitions", String.valueOf(Math.max(2, 4 * jsc.defaultParallelism()))));
        Inputs.Problems problems = Inputs.problems(jsc);
        JavaPairRDD<String, CurveData> curves = Inputs.curves(spark, input, partitions, problems);
        JavaRDD<List<CurveData>> stars = curves.groupByKey(partitions).map(g -> {
            List<CurveData> l = new ArrayList<>();
            g._2().forEach(l::add);
            return l;
        }).persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK()); // read once: the bad-file counts count once
        Dataset<Row> out = switch (args[0]) {
            case "classify" -> classify(spark, jsc, stars, need(o, "--model"));
            case "features" -> features(spark, stars, o.get("--preset"));
            default -> throw new IllegalArgumentException("unknown command '" + args[0] + "'\n" + USAGE);
        };
        // the science runs once: without this the sort's sampling pass classifies every star and
        // the sort itself classifies them all again (measured: 2.7x the desktop's CPU per star)
        Dataset<Row> computed = out.persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK());
        out = computed.orderBy("id").cache();
        if (!format.equals("csv")) out.write().mode(SaveMode.ErrorIfExists).parquet(format.equals("both") ? output + "/parquet" : output);
        if (!format.equals("parquet")) {
            out.write().mode(SaveMode.ErrorIfExists).option("header", "true").csv(format.equals("both") ? output + "/csv" : output);
        }
        long n = out.count();
        out.unpersist();
        computed.unpersist();
        stars.unpersist();
        return new Summary(n, problems.badFiles().value(), problems.lineProblems().value(), List.copyOf(problems.messages().value()));
    }

    static final String USAGE = "usage: cepheus-spark classify --model MODEL.zip --input PATH --output PATH [--format parquet|csv|both] [--partitions N]\n"
            + "       cepheus-spark features [--preset FILE] --input PATH --output PATH [--format parquet|csv|both] [--partitions N]\n"
            + "  PATH: a folder of light-curve files (on a file system every executor sees) or the long table of `cepheus catalog export` (.csv or .parquet)";

    private static Map<String, String> options(String[] args) {
        Map<String, String> o = new HashMap<>();
        for (int i = 1; i < args.length; i += 2) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) throw new IllegalArgumentException("bad option '" + args[i] + "'\n" + USAGE);
            o.put(args[i], args[i + 1]);
        }
        return o;
    }

    private static String need(Map<String, String> o, String key) {
        String v = o.get(key);
        if (v == null) throw new IllegalArgumentException("missing " + key + "\n" + USAGE);
        return v;
    }

    private static List<Star> toStars(Iterator<List<CurveData>> it) {
        List<Star> stars = new ArrayList<>();
        while (it.hasNext()) {
            List<LightCurve> bands = it.next().stream().map(CurveData::curve)
                    .sorted(java.util.Comparator.comparing(LightCurve::band)).toList();
            String label = bands.stream().map(LightCurve::label).filter(java.util.Objects::nonNull).findFirst().orElse(null);
            stars.add(new Star(bands.get(0).id(), label, bands));
        }
        return stars;
    }

    static Dataset<Row> classify(SparkSession spark, JavaSparkContext jsc, JavaRDD<List<CurveData>> stars, String model) {
        // the driver checks the bundle (a bad one fails here, with its message) and ships it
        List<String> classes;
        try {
            classes = ModelBundle.readManifest(Path.of(model)).classNames();
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(model + ": " + e.getMessage());
        }
        jsc.addFile(model);
        List<StructField> f = new ArrayList<>(List.of(
                DataTypes.createStructField("id", DataTypes.StringType, false),
                DataTypes.createStructField("predicted", DataTypes.StringType, false),
                DataTypes.createStructField("probability", DataTypes.DoubleType, false),
                DataTypes.createStructField("novelty", DataTypes.DoubleType, true),
                DataTypes.createStructField("flag", DataTypes.StringType, false)));
        for (String c : classes) f.add(DataTypes.createStructField("p_" + c, DataTypes.DoubleType, false));
        JavaRDD<Row> rows = stars.mapPartitions(it -> {
            List<Star> part = toStars(it);
            List<Row> out = new ArrayList<>(part.size());
            if (part.isEmpty()) return out.iterator();
            List<Prediction> preds = TaskThreads.call(() -> new Classifier(ExecutorModels.get(model)).classify(part, ProgressMonitor.NONE));
            for (Prediction p : preds) {
                Object[] v = new Object[5 + p.probabilities().length];
                v[0] = p.id();
                v[1] = p.predicted();
                v[2] = (double) p.probability();
                v[3] = p.hasNovelty() ? p.novelty() : null;
                v[4] = p.flags().stream().sorted().map(Prediction.Flag::code).collect(Collectors.joining(";"));
                for (int i = 0; i < p.probabilities().length; i++) v[5 + i] = (double) p.probabilities()[i];
                out.add(RowFactory.create(v));
            }
            return out.iterator();
        });
        return spark.createDataFrame(rows, DataTypes.createStructType(f));
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * The period-features preset (the file, else the built-in one) as JSON, with its bands fixed:
     * when it names none, the catalog's most common first (ties by name), decided once here, as
     * the desktop's features command decides them from the whole catalog, not per partition.
     */
    static String presetWithBands(String presetFile, JavaRDD<List<CurveData>> stars) {
        try {
            JsonNode root;
            if (presetFile != null) {
                root = MAPPER.readTree(Files.readAllBytes(Path.of(presetFile)));
            } else {
                try (InputStream in = CepheusSpark.class.getClassLoader().getResourceAsStream("presets/period-features.json")) {
                    root = MAPPER.readTree(in);
                }
            }
            ObjectNode extractor = (ObjectNode) root.path("architecture").path("features").path("extractor");
            if (extractor.path("bands").isEmpty()) {
                Map<String, Long> count = stars.flatMap(l -> l.stream().map(CurveData::band).iterator()).countByValue();
                List<String> bands = new ArrayList<>(count.keySet());
                bands.sort(java.util.Comparator.<String>comparingLong(b -> -count.get(b)).thenComparing(java.util.Comparator.naturalOrder()));
                ArrayNode a = extractor.putArray("bands");
                bands.forEach(a::add);
            }
            return MAPPER.writeValueAsString(root);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException((presetFile == null ? "built-in preset" : presetFile) + ": " + e.getMessage());
        }
    }

    /** The preset read by Cepheus itself (its checks and defaults). */
    static TrainingConfig config(String presetJson) throws java.io.IOException {
        Path tmp = Files.createTempFile("cepheus-preset", ".json");
        try {
            Files.writeString(tmp, presetJson);
            return TrainingConfig.forKind("period-features", tmp);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    static Dataset<Row> features(SparkSession spark, JavaRDD<List<CurveData>> stars, String presetFile) {
        String preset = presetWithBands(presetFile, stars);
        List<String> names;
        try {
            JsonNode extractor = MAPPER.readTree(preset).path("architecture").path("features").path("extractor");
            names = new org.cepheus.lightcurve.FeatureExtractor(
                    MAPPER.treeToValue(extractor, org.cepheus.lightcurve.FeatureExtractor.Options.class),
                    org.cepheus.lightcurve.PeriodFinder.gls(5)).names();
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("preset: " + e.getMessage());
        }
        List<StructField> f = new ArrayList<>(List.of(
                DataTypes.createStructField("id", DataTypes.StringType, false),
                DataTypes.createStructField("class", DataTypes.StringType, true),
                DataTypes.createStructField("period", DataTypes.DoubleType, true)));
        for (String n : names) f.add(DataTypes.createStructField(n, DataTypes.DoubleType, true));
        JavaRDD<Row> rows = stars.mapPartitions(it -> {
            List<Star> part = toStars(it);
            List<Row> out = new ArrayList<>();
            if (part.isEmpty()) return out.iterator();
            List<LightCurve> all = new ArrayList<>();
            for (Star s : part) all.addAll(s.curves());
            FeatureTable.Table t = TaskThreads.call(() -> FeatureTable.job(new Catalog("partition", all, List.of()), config(preset),
                    FeatureStore.inMemory()).run(ProgressMonitor.NONE));
            for (FeatureTable.Row r : t.rows()) {
                Object[] v = new Object[3 + r.values().length];
                v[0] = r.id();
                v[1] = r.label();
                v[2] = Double.isFinite(r.period()) ? r.period() : null;
                for (int i = 0; i < r.values().length; i++) v[3 + i] = Double.isFinite(r.values()[i]) ? r.values()[i] : null;
                out.add(RowFactory.create(v));
            }
            return out.iterator();
        });
        return spark.createDataFrame(rows, new StructType(f.toArray(StructField[]::new)));
    }
}
