package org.cepheus.cli;

import org.cepheus.catalog.Catalog;
import org.cepheus.learn.FeatureTable;
import org.cepheus.learn.TrainingConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code cepheus features}: the period-features model's inputs of every star, as a CSV table. */
@Command(name = "features", mixinStandardHelpOptions = true,
        description = {"Write the period-features model's inputs of every star as CSV.",
                "Period, Fourier shape at P and 2P, second period, magnitude statistics, colours;",
                "one row per star, all bands together, as id,class,period,<feature>...",
                "-- exactly what the period-features model sees.",
                "Empty cells: features that cannot be computed (e.g. a missing band)."})
public final class FeaturesCommand implements Callable<Integer> {
    @ParentCommand CepheusCommand root;
    @Mixin CatalogArgs data;

    @Option(names = "--preset", paramLabel = "FILE",
            description = "period-features preset whose feature settings to use (default: the built-in one).")
    Path preset;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE.csv", description = "Output CSV.")
    Path out;

    @Override
    public Integer call() throws Exception {
        TrainingConfig cfg = TrainingConfig.forKind("period-features", preset);
        FeatureTable.Table table;
        try (CliMonitor monitor = new CliMonitor(System.err).cancelOnInterrupt(Thread.currentThread())) {
            Catalog catalog = data.loadWithWarnings(0, monitor, new java.io.PrintWriter(System.err, true));
            table = FeatureTable.job(catalog, cfg, root.features()).run(monitor);
            FeatureTable.writeCsv(table, out); // inside: Ctrl-C / SIGTERM waits for the file
        }
        System.err.printf("Wrote %d features of %d stars to %s%n", table.names().size(), table.rows().size(), out);
        return 0;
    }
}
