package org.cepheus.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.cepheus.catalog.Catalog;
import org.cepheus.learn.EvaluateJob;
import org.cepheus.learn.EvaluationResult;
import org.cepheus.learn.ModelBundle;
import org.cepheus.learn.SplitPart;
import org.cepheus.report.ReportJson;
import org.cepheus.report.SplitChoice;
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

/** {@code cepheus evaluate}: metrics of a model on a labelled catalog. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Evaluate a model on labelled curves: accuracy, precision, recall, F1, confusion matrix.")
public final class EvaluateCommand implements Callable<Integer> {
    @ParentCommand CepheusCommand root;
    @Spec CommandSpec spec;

    @Mixin ModelCatalogArgs data;
    @Option(names = "--split", paramLabel = "test|all",
            description = "test: the model's own held-back stars of this catalog; all: every labelled curve (default: test "
                    + "when the catalog holds the model's test stars, else all, with a warning when training stars are scored).")
    String split;
    @Option(names = "--json", description = "Print one JSON object instead of a table.") boolean json;

    @Override
    public Integer call() throws Exception {
        try (CliMonitor monitor = new CliMonitor(System.err).cancelOnInterrupt(Thread.currentThread())) {
            return call(monitor);
        }
    }

    private Integer call(CliMonitor monitor) throws Exception {
        SplitPart requested = parsePart(split);
        ModelBundle bundle = data.loadModel();
        Catalog cat = data.loadCatalog(monitor, spec.commandLine().getErr());
        SplitChoice choice = SplitChoice.of(bundle.manifest(), cat.byStar().keySet(), requested);
        EvaluationResult r = new EvaluateJob(bundle, cat, choice.part(), root.features()).run(monitor);
        if (requested == null && choice.part() == SplitPart.ALL) spec.commandLine().getErr().println("scored: " + choice.words());
        if (choice.warning() != null) spec.commandLine().getErr().println("warning: " + choice.warning());
        PrintWriter out = spec.commandLine().getOut();
        if (json) out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(toJson(r)));
        else printTable(out, r);
        out.flush();
        return 0;
    }

    /** The --split value, or null when not given (then {@link SplitChoice} decides). */
    static SplitPart parsePart(String split) {
        return split == null ? null : SplitPart.parse(split);
    }

    /** The JSON: accuracy, macro scores, classes, confusion (rows true), then counts (the report's metrics object). */
    static ObjectNode toJson(EvaluationResult r) {
        return ReportJson.metrics(r);
    }

    static void printTable(PrintWriter out, EvaluationResult r) {
        out.printf(Locale.ROOT, "%d stars: accuracy %.3f  macro-precision %.3f  macro-recall %.3f  macro-F1 %.3f%n",
                r.count(), r.accuracy(), r.macroPrecision(), r.macroRecall(), r.macroF1());
        if (r.skippedCount() > 0) out.println("skipped (class not in model): " + r.skippedClasses());
        if (r.skippedUnlabelled() > 0) out.println("skipped (unlabelled): " + r.skippedUnlabelled());
        int w = Math.max(8, r.classNames().stream().mapToInt(String::length).max().orElse(8) + 1);
        out.printf("%-" + w + "s %9s %9s %9s %8s%n", "class", "precision", "recall", "F1", "support");
        for (int i = 0; i < r.classNames().size(); i++) {
            out.printf(Locale.ROOT, "%-" + w + "s %9.3f %9.3f %9.3f %8d%n", r.classNames().get(i),
                    r.precision()[i], r.recall()[i], r.f1()[i], r.support()[i]);
        }
        out.println("confusion (rows true, columns predicted):");
        out.printf("%-" + w + "s", "");
        for (String c : r.classNames()) out.printf(" %" + w + "s", c);
        out.println();
        for (int i = 0; i < r.classNames().size(); i++) {
            out.printf("%-" + w + "s", r.classNames().get(i));
            for (int v : r.confusion()[i]) out.printf(" %" + w + "d", v);
            out.println();
        }
    }
}
