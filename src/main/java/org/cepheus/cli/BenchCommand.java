package org.cepheus.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.cepheus.catalog.Catalog;
import org.cepheus.learn.SpeedBench;
import org.cepheus.ui.SampleData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code cepheus bench}: training and inference speed of a model kind on this machine. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure training and inference speed of a model kind on this machine (samples/s, peak memory, "
                + "backend, threads) on the labelled curves of a catalog (default: the bundled sample data).")
public final class BenchCommand implements Callable<Integer> {
    @ParentCommand CepheusCommand root;
    @Spec CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "CATALOG",
            description = "A labelled catalog (file or folder); default: the bundled sample-data.")
    Path path;
    @Mixin CatalogOptions options;

    @Option(names = "--model", required = true, paramLabel = "KIND", description = "Model kind: cnn-lstm, cnn2d, hybrid, period-features.")
    String model;
    @Option(names = "--batch", paramLabel = "N", description = "Training batch size (default: the preset's). Inference runs in batches of "
            + SpeedBench.INFER_BATCH + ".") Integer batch;
    @Option(names = "--samples", paramLabel = "N", defaultValue = "256",
            description = "Training samples timed after a warm-up, rounded up to whole batches (default ${DEFAULT-VALUE}); "
                    + "inference times at least as many, in whole passes over the curves.") int samples;
    @Option(names = "--threads", paramLabel = "N", defaultValue = "0",
            description = "Native (ND4J) threads; default: ND4J's own setting (OMP_NUM_THREADS, else the cores).") int threads;
    @Option(names = "--json", description = "Print one JSON object instead of lines.") boolean json;

    @Override
    public Integer call() throws Exception {
        SpeedBench.Options o = new SpeedBench.Options(model, batch, samples, threads); // bad options fail before loading
        Path catalogPath = path != null ? path : SampleData.locate().orElseThrow(() ->
                new IllegalArgumentException("no sample-data folder found beside the working directory or the jar; give a CATALOG"));
        try (CliMonitor monitor = new CliMonitor(System.err).cancelOnInterrupt(Thread.currentThread())) {
            Catalog catalog = options.loadWithWarnings(catalogPath, 0, monitor, new PrintWriter(System.err, true));
            SpeedBench.Result r = SpeedBench.run(catalog, o, root.features(), monitor);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(new ObjectMapper().writeValueAsString(toJson(r)));
            } else {
                out.printf(Locale.ROOT, "model:     %s on %d curves of %s, inputs %s%n", r.model(), r.curves(), catalogPath, r.inputs());
                out.printf(Locale.ROOT, "backend:   %s, libnd4j %s build, %d threads, device %s%n", r.backend(), r.variant(),
                        r.threads(), r.device());
                out.printf(Locale.ROOT, "training:  %.1f samples/s (batch %d, %d samples; %.1f per CPU second)%n",
                        r.trainSamplesPerS(), r.batch(), r.trainSamples(), r.trainSamplesPerCpuS());
                out.printf(Locale.ROOT, "inference: %.1f samples/s (batch %d, %d samples; %.1f per CPU second)%n",
                        r.inferSamplesPerS(), r.inferBatch(), r.inferSamples(), r.inferSamplesPerCpuS());
                out.printf(Locale.ROOT, "peak RSS:  %.0f MB%n", r.peakRssMb());
            }
            out.flush();
            return 0;
        }
    }

    /** The documented object: model, backend, threads, batch, train/infer samples/s, peak_rss_mb; then the details. */
    static ObjectNode toJson(SpeedBench.Result r) {
        ObjectNode n = new ObjectMapper().createObjectNode();
        n.put("model", r.model());
        n.put("backend", r.backend());
        n.put("threads", r.threads());
        n.put("batch", r.batch());
        n.put("train_samples_per_s", round(r.trainSamplesPerS()));
        n.put("infer_samples_per_s", round(r.inferSamplesPerS()));
        if (Double.isNaN(r.peakRssMb())) n.putNull("peak_rss_mb"); else n.put("peak_rss_mb", round(r.peakRssMb()));
        n.put("train_samples_per_cpu_s", round(r.trainSamplesPerCpuS()));
        n.put("infer_samples_per_cpu_s", round(r.inferSamplesPerCpuS()));
        n.put("variant", r.variant());
        n.put("device", r.device());
        n.put("infer_batch", r.inferBatch());
        n.put("curves", r.curves());
        n.put("train_samples", r.trainSamples());
        n.put("infer_samples", r.inferSamples());
        return n;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
