package org.cepheus.cli;

import org.cepheus.catalog.Catalog;
import org.cepheus.learn.EpochStats;
import org.cepheus.learn.TrainingConfig;
import org.cepheus.learn.TrainingJob;
import org.cepheus.learn.TrainingListener;
import org.cepheus.learn.TrainingOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code cepheus train}: train a model on a labelled catalog, one line per epoch. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train a classifier (cnn-lstm, cnn2d, hybrid, ...) on a labelled catalog.")
public final class TrainCommand implements Callable<Integer> {
    @ParentCommand CepheusCommand root;
    @Spec CommandSpec spec;
    @Mixin CatalogArgs data;

    @Option(names = "--model", required = true, paramLabel = "KIND", description = "Model kind: cnn-lstm, cnn2d, hybrid, period-features.")
    String model;
    @Option(names = "--preset", paramLabel = "FILE", description = "Preset JSON (default: the kind's built-in preset).")
    Path preset;
    @Option(names = "--epochs", paramLabel = "N", description = "Most passes over the training stars (overrides the preset; early stopping may end sooner).") Integer epochs;
    @Option(names = "--batch", paramLabel = "N", description = "Light curves per gradient step (overrides the preset; 32 to 128 typical).") Integer batch;
    @Option(names = "--lr", paramLabel = "X", description = "Adam learning rate (overrides the preset; 1e-4 to 1e-2 typical).") Double lr;
    @Option(names = "--seed", paramLabel = "S", description = "Seed of the split, initial weights and shuffling: the same seed gives the same model on CPU.") Long seed;
    @Option(names = "--patience", paramLabel = "N", description = "Epochs without a better validation score before stopping early (overrides the preset).") Integer patience;
    @Option(names = "--test-stars-of", paramLabel = "MODEL.zip", description = "Test on that model's held-back test stars "
            + "(the rest split into training and validation): e.g. after a label review, so compare-models scores both on the same stars.")
    java.nio.file.Path testStarsOf;
    @Option(names = "--resume", description = "Continue from MODEL.zip.checkpoint if present.") boolean resume;
    @Option(names = "--out", required = true, paramLabel = "MODEL.zip", description = "Where the model bundle is written; an existing one is replaced only when the run ends.") Path out;

    @Override
    public Integer call() throws Exception {
        try (CliMonitor monitor = new CliMonitor(System.err).cancelOnInterrupt(Thread.currentThread())) {
            return call(monitor);
        }
    }

    private Integer call(CliMonitor monitor) throws Exception {
        PrintWriter outw = spec.commandLine().getOut();
        TrainingConfig cfg = TrainingConfig.forKind(model, preset);
        if (epochs != null) cfg = cfg.withEpochs(epochs);
        if (batch != null) cfg = cfg.withBatchSize(batch);
        if (lr != null) cfg = cfg.withLearningRate(lr);
        if (seed != null) cfg = cfg.withSeed(seed);
        if (patience != null) cfg = cfg.withPatience(patience);
        cfg = cfg.withEncoding(cfg.encoding().withMinPoints(data.options.minPoints(cfg.encoding().minPoints())));
        long t0 = System.nanoTime();
        Catalog catalog = data.loadWithWarnings(cfg.encoding().minPoints(), monitor, new PrintWriter(System.err, true));
        System.err.printf(Locale.ROOT, "loaded %d curves of %s in %.1f s: %s%n", catalog.size(), data.path,
                (System.nanoTime() - t0) / 1e9, catalog.classCounts());
        final int totalEpochs = cfg.epochs();
        TrainingListener printer = new TrainingListener() {
            @Override public void onEpoch(EpochStats s) {
                outw.printf(Locale.ROOT, "epoch %3d/%d  loss %.4f  val_loss %.4f  acc %.3f  val_acc %.3f  val_macro_f1 %.3f  %.0f s  eta %s%s%n",
                        s.epoch(), totalEpochs, s.trainLoss(), s.valLoss(), s.trainAccuracy(), s.valAccuracy(),
                        s.valMacroF1(), s.seconds(), duration(s.etaSeconds()), s.improved() ? "  *" : "");
                outw.flush();
            }
        };
        java.util.Set<String> testIds = testStarsOf == null ? null : TrainingJob.testStarsOf(testStarsOf);
        TrainingOutcome o = new TrainingJob(catalog, cfg, out, printer).features(root.features()).classes(data.options.classSet())
                .testStars(testIds).resuming(resume).run(monitor);
        double wall = (System.nanoTime() - t0) / 1e9;
        switch (o.status()) {
            case CANCELLED -> {
                boolean resumable = java.nio.file.Files.exists(TrainingJob.checkpointPath(out));
                outw.println("cancelled after " + o.history().size() + " epochs"
                        + (resumable ? "; continue with --resume" : " (nothing to resume: no epoch finished)")
                        + (o.bundlePath() == null ? "; no model written" : "; best model so far: " + o.bundlePath()));
                return 130;
            }
            default -> {
                outw.printf(Locale.ROOT, "%s: best epoch %d of %d, wall time %s, model written to %s%n",
                        o.status() == TrainingOutcome.Status.EARLY_STOPPED ? "early-stopped" : "finished",
                        o.bestEpoch(), o.history().size(), duration(wall), out);
                if (o.test() != null) {
                    outw.printf(Locale.ROOT, "test (%d stars): accuracy %.3f  macro-precision %.3f  macro-recall %.3f  macro-F1 %.3f%n",
                            o.test().count(), o.test().accuracy(), o.test().macroPrecision(), o.test().macroRecall(),
                            o.test().macroF1());
                }
                return 0;
            }
        }
    }

    static String duration(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format("%dh%02dm", s / 3600, (s % 3600) / 60)
                : String.format("%dm%02ds", s / 60, s % 60);
    }
}
