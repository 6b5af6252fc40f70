package org.cepheus.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.cepheus.catalog.Catalog;
import org.cepheus.learn.Classifier;
import org.cepheus.learn.EvaluateJob;
import org.cepheus.learn.EvaluationResult;
import org.cepheus.learn.ModelBundle;
import org.cepheus.learn.Prediction;
import org.cepheus.learn.SplitPart;
import org.cepheus.report.HtmlReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code cepheus report}: classify a catalog and write a self-contained HTML report. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Classify a catalog with a model and write one self-contained HTML report: predictions, "
                + "flags and, for labelled stars, metrics, confusion matrix and misclassified stars.")
public final class ReportCommand implements Callable<Integer> {
    @ParentCommand CepheusCommand root;
    @Mixin ModelCatalogArgs data;
    @Option(names = "--out", required = true, paramLabel = "FILE.html", description = "Report file to write.")
    Path out;
    @Option(names = "--split", defaultValue = "all", paramLabel = "test|all",
            description = "Labelled stars the metrics cover: the model's held-back test stars or all (default: ${DEFAULT-VALUE}).")
    String split;

    @Override
    public Integer call() throws Exception {
        SplitPart part = SplitPart.parse(split);
        ModelBundle bundle = data.loadModel();
        try (CliMonitor monitor = new CliMonitor(System.err).cancelOnInterrupt(Thread.currentThread())) {
            return write(bundle, monitor, part);
        }
    }

    private int write(ModelBundle bundle, CliMonitor monitor, SplitPart part) throws Exception {
        Catalog catalog = data.loadCatalog(monitor, new java.io.PrintWriter(System.err, true));
        List<Prediction> predictions = new Classifier(bundle, root.features()).classify(catalog, monitor);
        EvaluationResult evaluation = null;
        if (catalog.curves().stream().anyMatch(c -> c.label() != null && bundle.classNames().contains(c.label()))) {
            evaluation = EvaluateJob.fromPredictions(bundle, predictions, part);
        }
        new HtmlReport(bundle.manifest(), data.catalog.toString(), predictions, evaluation).write(out);
        System.err.println("report written to " + out + " (" + predictions.size() + " stars"
                + (evaluation == null ? ", unlabelled" : String.format(java.util.Locale.ROOT, ", macro-F1 %.3f", evaluation.macroF1())) + ")");
        return 0;
    }
}
