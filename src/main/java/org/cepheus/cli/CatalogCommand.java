package org.cepheus.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** `cepheus catalog ...`: look at and convert light-curve catalogs. */
@Command(name = "catalog", mixinStandardHelpOptions = true,
        description = "Load light-curve catalogs (OGLE, CRTS, CSV/TSV, FITS, VOTable, ECSV): summary and export.",
        subcommands = {CatalogInfoCommand.class, CatalogExportCommand.class})
public final class CatalogCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
