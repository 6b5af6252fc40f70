package org.cepheus.cli;

import org.cepheus.catalog.Catalog;
import org.cepheus.service.ConsoleMonitor;
import org.cepheus.service.ProgressMonitor;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

/** CATALOG and the catalog options: the arguments of the commands that read one catalog. */
final class CatalogArgs {
    @Parameters(index = "0", paramLabel = "CATALOG", description = "A light-curve file or a folder (searched recursively).")
    Path path;
    @Mixin CatalogOptions options;

    /** Loads with progress on stderr when a person is watching (a terminal), silently otherwise. */
    Catalog load() throws IOException {
        return options.load(path, 0, consoleMonitor());
    }

    Catalog loadWithWarnings(int defaultMinPoints, ProgressMonitor monitor, PrintWriter err) throws IOException {
        return options.loadWithWarnings(path, defaultMinPoints, monitor, err);
    }

    /** Loads for the science verbs, with progress on a terminal and problems as warnings. */
    Catalog loadWithWarnings(PrintWriter err) throws IOException {
        return loadWithWarnings(0, consoleMonitor(), err);
    }

    private static ProgressMonitor consoleMonitor() {
        return System.console() != null ? new ConsoleMonitor(System.err) : ProgressMonitor.NONE;
    }
}
