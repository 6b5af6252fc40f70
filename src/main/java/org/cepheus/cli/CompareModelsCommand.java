package org.cepheus.cli;

import org.cepheus.catalog.Catalog;
import org.cepheus.learn.ModelBundle;
import org.cepheus.learn.ModelComparison;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code cepheus compare-models BEFORE.zip AFTER.zip CATALOG}: two models on the same held-out stars. */
@Command(name = "compare-models", mixinStandardHelpOptions = true,
        description = {"Two models side by side on the same held-out stars, e.g. the model trained on the original "
                + "labels and the one trained on the curated labels of a label review: accuracy, macro-F1, per-class F1 "
                + "before and after, and the stars whose answer was fixed or broken.",
                "Scored: the catalog's labelled stars that neither model trained or validated on, of classes both know; "
                        + "the truth is the labels as loaded: give --labels labels.curated.csv."})
public final class CompareModelsCommand implements Callable<Integer> {
    @ParentCommand CepheusCommand root;
    @Spec CommandSpec spec;
    @Parameters(index = "0", paramLabel = "BEFORE.zip", description = "The first model (e.g. trained on the original labels).") Path before;
    @Parameters(index = "1", paramLabel = "AFTER.zip", description = "The second model (e.g. trained on the curated labels).") Path after;
    @Parameters(index = "2", paramLabel = "CATALOG", description = "Light-curve file or folder both were trained from.") Path catalog;
    @Mixin CatalogOptions options;
    @Option(names = "--out", paramLabel = "FILE.csv", description = "Also write one row per compared star (id,true,before,p_before,after,p_after,change).")
    Path out;

    @Override
    public Integer call() throws Exception {
        ModelBundle b = ModelBundle.load(before), a = ModelBundle.load(after);
        try (CliMonitor monitor = new CliMonitor(System.err).cancelOnInterrupt(Thread.currentThread())) {
            PrintWriter err = spec.commandLine().getErr();
            Catalog c = options.loadWithWarnings(catalog, 0, monitor, err);
            ModelComparison cmp = ModelComparison.of(b, a, c, root.features(), monitor);
            if (out != null) cmp.writeCsv(out);
            print(spec.commandLine().getOut(), cmp, before, after);
        }
        return 0;
    }

    static void print(PrintWriter w, ModelComparison c, Path before, Path after) {
        w.printf(Locale.ROOT, "%d held-out stars (neither model trained or validated on them)%s%n", c.count(),
                c.skipped().isEmpty() ? "" : "; left out: " + c.skipped());
        w.printf(Locale.ROOT, "before: %s%nafter:  %s%n", before, after);
        w.printf(Locale.ROOT, "%-10s %8s %8s %8s %6s%n", "", "before", "after", "change", "stars");
        for (ModelComparison.Row r : c.rows()) row(w, r.name(), r.before(), r.after(), r.stars());
        w.println("answers: " + c.changesLine());
        w.flush();
    }

    private static void row(PrintWriter w, String name, double before, double after, int stars) {
        w.printf(Locale.ROOT, "%-10s %8.3f %8.3f %+8.3f %6d%n", name, before, after, after - before, stars);
    }
}
