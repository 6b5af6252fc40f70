package org.cepheus.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cepheus.catalog.Catalog;
import org.cepheus.catalog.CatalogExport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** `catalog export PATH --out FILE`: the catalog as one long table that `catalog info` reads back. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write the loaded catalog as one table in long format, with the time scale and the set-aside points.",
                "Columns id, band, time, mag, err, class, time_scale (as the source named it) and set_aside (the reason",
                "of a point set aside: upper limit, outlier, exclusion; read back as set aside).",
                "The format follows the extension of --out: .csv, .fits, .vot, .ecsv or .parquet (uncompressed, row groups of ~16 MB)."})
public final class CatalogExportCommand implements Callable<Integer> {
    @Mixin
    CatalogArgs load;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE", description = "Output table (.csv, .fits, .vot, .ecsv, .parquet).")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        CatalogExport.formatOf(out); // a wrong extension fails before the catalog is loaded
        Catalog catalog = load.load();
        int code = CatalogInfoCommand.exitCode(catalog, load.path, spec.commandLine().getErr());
        if (code != 0) return code;
        long rows = CatalogExport.write(catalog, out);
        long aside = catalog.curves().stream().mapToLong(c -> c.setAside().size()).sum();
        spec.commandLine().getErr().printf("Wrote %d rows (%d curves%s, %d problems while loading) to %s%n",
                rows, catalog.size(), aside == 0 ? "" : ", " + aside + " of the rows set-aside points", catalog.problems().size(), out);
        return 0;
    }
}
