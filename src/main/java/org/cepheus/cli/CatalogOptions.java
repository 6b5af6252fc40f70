package org.cepheus.cli;

import org.cepheus.catalog.Catalog;
import org.cepheus.catalog.CatalogLoader;
import org.cepheus.catalog.ColumnMapping;
import org.cepheus.service.ProgressMonitor;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How a catalog is read, the same options with the same names for every command that reads one
 * (a picocli mixin; the catalog's path stays with each command, after MODEL.zip where there is one).
 */
public final class CatalogOptions {
    /** Load problems printed before the rest are only counted. */
    static final int SHOWN_PROBLEMS = 10;

    @Option(names = "--labels", paramLabel = "FILE",
            description = "Labels table (file,class or star,class[,period_days]); default: labels tables found beside the data.")
    Path labels;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "auto",
            description = "auto, ogle, crts, aavso, aavso-upload, csv, fits, votable, ecsv or parquet (default: ${DEFAULT-VALUE}, detected per file).")
    String format;

    @Option(names = "--columns", paramLabel = "MAPPING",
            description = "Columns of generic tables, e.g. time=MJD,mag=Vmag,err=e_Vmag,id=star; scale=HJD-2450000 gives the time scale when the header does not (default: guessed from the header).")
    String columns;

    @Option(names = "--classes", paramLabel = "A,B", split = ",", description = "Keep only these classes (comma separated).")
    List<String> classes;

    @Option(names = "--min-points", paramLabel = "N",
            description = "Leave out curves with fewer points (the paper keeps >= 100; train: default the preset's).")
    Integer minPoints;

    @Option(names = "--per-class-cap", paramLabel = "N",
            description = "At most N stars per class, the first by sorted id (default 0: no cap).")
    Integer perClassCap;

    @Option(names = "--keep-outliers",
            description = "Keep gross time and magnitude outliers in the curves (default: set aside at loading, listed as load problems).")
    boolean keepOutliers;

    // the name train used before the options were shared; kept working, not shown
    @Option(names = "--per-class", paramLabel = "N", hidden = true)
    Integer perClass;

    int perClassCap() {
        return perClassCap != null ? perClassCap : perClass != null ? perClass : 0;
    }

    /** The classes asked for, in the order given (empty: all). */
    Set<String> classSet() {
        return classes == null ? Set.of() : new LinkedHashSet<>(classes);
    }

    /** --min-points when given, else the command's own default. */
    int minPoints(int otherwise) {
        return minPoints == null ? otherwise : minPoints;
    }

    CatalogLoader.Options options(int defaultMinPoints) {
        return new CatalogLoader.Options(labels, format, classSet(), minPoints(defaultMinPoints), perClassCap(),
                columns == null ? null : ColumnMapping.parse(columns), keepOutliers);
    }

    /** Loads the catalog as asked; problems stay in the catalog. */
    Catalog load(Path catalog, int defaultMinPoints, ProgressMonitor monitor) throws IOException {
        if (perClassCap() < 0) throw new IllegalArgumentException("--per-class-cap must be >= 0, got " + perClassCap());
        return CatalogLoader.load(catalog, options(defaultMinPoints), monitor);
    }

    /**
     * Loads, printing load problems (file, line, reason) as warnings on err without stopping; a
     * catalog with no curves is an error.
     */
    Catalog loadWithWarnings(Path catalog, int defaultMinPoints, ProgressMonitor monitor, PrintWriter err) throws IOException {
        Catalog c = load(catalog, defaultMinPoints, monitor);
        int shown = 0;
        for (var p : c.problems()) if (shown++ < SHOWN_PROBLEMS) err.println("warning: " + p);
        if (c.problems().size() > SHOWN_PROBLEMS) {
            err.println("warning: ... and " + (c.problems().size() - SHOWN_PROBLEMS) + " more load problems");
        }
        err.flush();
        if (c.isEmpty()) throw new IllegalArgumentException(catalog + ": no light curves loaded");
        return c;
    }
}
