package org.cepheus.cli;

import org.cepheus.catalog.Catalog;
import org.cepheus.catalog.LoadProblem;
import org.cepheus.learn.AuditCsv;
import org.cepheus.learn.AuditResult;
import org.cepheus.learn.LabelAuditJob;
import org.cepheus.learn.TrainingConfig;
import org.cepheus.service.CancelledException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code cepheus audit}: K-fold out-of-fold predictions ranking the labels most likely wrong. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Rank the labels most likely wrong: K-fold out-of-fold predictions (no star scored by a model "
                + "that saw it), given-label probability against its class's threshold, the suggested class and the "
                + "evidence (period, amplitude, colour).")
public final class AuditCommand implements Callable<Integer> {
    @ParentCommand CepheusCommand root;
    @Spec CommandSpec spec;
    @Mixin CatalogArgs data;

    @Option(names = "--model-kind", required = true, paramLabel = "KIND", description = "Model kind trained per fold: period-features (fastest), cnn-lstm, cnn2d, hybrid.")
    String kind;
    @Option(names = "--preset", paramLabel = "FILE", description = "Preset JSON (default: the kind's built-in preset).")
    Path preset;
    @Option(names = "--folds", defaultValue = "5", paramLabel = "K", description = "Folds (default ${DEFAULT-VALUE}): K models, each scoring the stars it left out.")
    int folds;
    @Option(names = "--epochs", paramLabel = "N", description = "Most epochs per fold model (overrides the preset).") Integer epochs;
    @Option(names = "--seed", paramLabel = "S", description = "Seed of the folds and the models (overrides the preset).") Long seed;
    @Option(names = "--out", required = true, paramLabel = "audit.csv", description = "The ranking, most suspicious label first.") Path out;

    @Override
    public Integer call() throws Exception {
        // refused before the catalog is read: nothing to wait for
        if (folds < 2) throw new IllegalArgumentException("--folds must be 2 or more (each star is scored by a model trained on the other folds), got " + folds);
        try (CliMonitor monitor = new CliMonitor(System.err).cancelOnInterrupt(Thread.currentThread())) {
            Path dir = out.toAbsolutePath().getParent();
            if (dir == null || !Files.isDirectory(dir)) throw new NoSuchFileException(String.valueOf(dir), null, "output folder does not exist");
            TrainingConfig cfg = TrainingConfig.forKind(kind, preset);
            if (epochs != null) cfg = cfg.withEpochs(epochs);
            if (seed != null) cfg = cfg.withSeed(seed);
            cfg = cfg.withEncoding(cfg.encoding().withMinPoints(data.options.minPoints(cfg.encoding().minPoints())));
            Catalog catalog = data.loadWithWarnings(cfg.encoding().minPoints(), monitor, new PrintWriter(System.err, true));
            refuseLabelProblems(catalog);
            long t0 = System.nanoTime();
            AuditResult r;
            try {
                // fold models are scratch: the system's temporary folder, not beside the user's output
                Path scratch = Path.of(System.getProperty("java.io.tmpdir"));
                r = new LabelAuditJob(catalog, cfg, folds, scratch).classes(data.options.classSet()).features(root.features()).run(monitor);
            } catch (CancelledException e) {
                spec.commandLine().getOut().println("cancelled; no audit written");
                return 130;
            }
            AuditCsv.write(out, r);
            long issues = r.rows().stream().filter(AuditResult.Row::issue).count();
            PrintWriter w = spec.commandLine().getOut();
            w.printf(Locale.ROOT, "%d labelled stars audited in %d folds (%.1f min): %d likely label issues; ranking written to %s%n",
                    r.rows().size(), folds, (System.nanoTime() - t0) / 6e10, issues, out);
            for (AuditResult.Row row : r.rows().subList(0, Math.min(5, r.rows().size()))) {
                w.printf(Locale.ROOT, "  %d. %s  %s -> %s  (p %s %.2f, threshold %.2f)%n", row.rank(), row.id(), row.given(),
                        row.suggested(), row.given(), row.probabilityOf(r.classNames(), row.given()),
                        r.thresholds()[r.classNames().indexOf(row.given())]);
            }
            w.flush();
            return 0;
        }
    }

    /**
     * The labels are what the audit judges: a row of the user's labels file that cannot be used
     * (bad header, wrong column count, a file that is not there...) would silently leave its star
     * out of the ranking, so any problem in that file stops the audit, naming file and line.
     */
    private void refuseLabelProblems(Catalog catalog) throws IOException {
        if (data.options.labels == null) return;
        Path table = data.options.labels.toRealPath();
        List<LoadProblem> bad = catalog.problems().stream()
                .filter(p -> p.file() != null && p.file().toAbsolutePath().normalize().equals(table)).toList();
        if (bad.isEmpty()) return;
        String more = bad.size() > 1 ? " (and " + (bad.size() - 1) + " more problems in that file)" : "";
        throw new IllegalArgumentException("labels file not usable for an audit: " + bad.get(0) + more
                + "; fix the file so every row names a light curve and a class");
    }
}
