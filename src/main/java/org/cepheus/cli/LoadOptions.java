package org.cepheus.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import org.cepheus.catalog.Catalog;
import org.cepheus.catalog.CatalogLoader;
import org.cepheus.catalog.ColumnMapping;
import org.cepheus.service.ConsoleMonitor;
import org.cepheus.service.ProgressMonitor;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The catalog path and loading options shared by the catalog commands (a picocli mixin). */
public final class LoadOptions {
    @Parameters(index = "0", paramLabel = "PATH", description = "A light-curve file or a folder (searched recursively).")
    Path path;

    @Option(names = "--labels", paramLabel = "FILE",
            description = "Labels table (file,class or star,class[,period_days]); default: labels tables found beside the data.")
    Path labels;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "auto",
            description = "auto, ogle, crts, csv, fits, votable or ecsv (default: ${DEFAULT-VALUE}, detected per file).")
    String format;

    @Option(names = "--classes", paramLabel = "CLASS", split = ",", description = "Keep only these classes (comma separated).")
    List<String> classes;

    @Option(names = "--min-points", paramLabel = "N", defaultValue = "0",
            description = "Leave out curves with fewer points (the paper keeps >= 100).")
    int minPoints;

    @Option(names = "--per-class-cap", paramLabel = "N", defaultValue = "0",
            description = "At most N stars per class, the first by sorted id (0: no cap).")
    int perClassCap;

    @Option(names = "--columns", paramLabel = "MAPPING",
            description = "Columns of generic tables, e.g. time=MJD,mag=Vmag,err=e_Vmag,id=star (default: guessed from the header).")
    String columns;

    CatalogLoader.Options options() {
        return new CatalogLoader.Options(labels, format, classes == null ? null : new LinkedHashSet<>(classes),
                minPoints, perClassCap, columns == null ? null : ColumnMapping.parse(columns));
    }

    /** Loads with progress on stderr when a person is watching (a terminal), silently otherwise. */
    Catalog load() throws IOException {
        ProgressMonitor monitor = System.console() != null ? new ConsoleMonitor(System.err) : ProgressMonitor.NONE;
        return CatalogLoader.load(path, options(), monitor);
    }
}
