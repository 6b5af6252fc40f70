package org.cepheus.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cepheus.catalog.Catalog;
import org.cepheus.learn.Classifier;
import org.cepheus.learn.ModelBundle;
import org.cepheus.learn.Prediction;
import org.cepheus.report.ReportBuilder;
import org.cepheus.report.ReportFormat;
import org.cepheus.report.ReportModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code cepheus report}: classify a catalog and write a report in HTML, PDF, CSV or JSON. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Classify a catalog with a model and write a classification report: header (catalog, model, "
                + "training data, hyper-parameters, which stars were scored), metrics and confusion matrices, every star's "
                + "probabilities, period and flags, and per class example panels (raw, folded, periodogram) of right and "
                + "of the most confident wrong answers.",
                "The format follows --out: .html (one self-contained file), .pdf, .csv (one row per star, readable back "
                        + "as a labels table, metrics in FILE-metrics.csv) or .json (one object)."})
public final class ReportCommand implements Callable<Integer> {
    @ParentCommand CepheusCommand root;
    @Spec CommandSpec spec;
    @Mixin ModelCatalogArgs data;
    @Option(names = "--out", required = true, paramLabel = "FILE.html|.pdf|.csv|.json", description = "Report file to write.")
    Path out;
    @Option(names = "--split", paramLabel = "test|all",
            description = "Stars the metrics cover: the model's held-back test stars or all labelled stars (default: "
                    + "test when the catalog holds the model's test stars, else all, with a warning when training stars are scored).")
    String split;

    @Override
    public Integer call() throws Exception {
        ReportFormat format = ReportFormat.of(out); // before any work: a misnamed file fails at once
        var part = EvaluateCommand.parsePart(split);
        ModelBundle bundle = data.loadModel();
        try (CliMonitor monitor = new CliMonitor(System.err).cancelOnInterrupt(Thread.currentThread())) {
            PrintWriter err = spec.commandLine().getErr();
            Catalog catalog = data.loadCatalog(monitor, err);
            List<Prediction> predictions = new Classifier(bundle, root.features()).classify(catalog, monitor.part(0, 0.5));
            ReportModel report = new ReportBuilder(bundle, data.model.toString(), catalog, data.catalog.toString(), predictions, part)
                    .build(monitor.part(0.5, 0.95));
            format.write(report, out);
            if (report.header().split().warning() != null) err.println("warning: " + report.header().split().warning());
            err.println("report written to " + out + " (" + report.stars().size() + " stars"
                    + (report.metrics() == null ? ", none of the model's classes"
                    : String.format(Locale.ROOT, "; %d scored: %s; macro-F1 %.3f", report.metrics().count(),
                    report.header().split().words(), report.metrics().macroF1())) + ")");
            err.flush();
        }
        return 0;
    }
}
