package org.cepheus.cli;

import org.cepheus.catalog.Catalog;
import org.cepheus.catalog.CatalogLoader;
import org.cepheus.service.ProgressMonitor;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The catalog arguments shared by train, evaluate and classify: path, labels, class filter. */
final class CatalogArgs {
    @Parameters(index = "0", paramLabel = "CATALOG", description = "Light-curve file or folder.")
    Path catalog;

    @Option(names = "--labels", paramLabel = "FILE", description = "Labels table (id/file, class); default: one found beside the data.")
    Path labels;

    @Option(names = "--classes", split = ",", paramLabel = "A,B", description = "Only these classes.")
    List<String> classes;

    /** Set only by commands that offer --per-class (train): at most this many stars per class. */
    int perClassCap;

    Set<String> classSet() {
        return classes == null ? Set.of() : new LinkedHashSet<>(classes);
    }

    /** Loads the catalog, reporting problems (file, line, reason) on err without stopping. */
    Catalog load(int minPoints, ProgressMonitor monitor, PrintStream err) throws IOException {
        CatalogLoader.Options o = CatalogLoader.Options.defaults().withLabels(labels).withClasses(classSet())
                .withMinPoints(minPoints).withPerClassCap(perClassCap);
        Catalog c = CatalogLoader.load(catalog, o, monitor);
        int shown = 0;
        for (var p : c.problems()) {
            if (shown++ < 10) err.println("warning: " + p);
        }
        if (c.problems().size() > 10) err.println("warning: ... and " + (c.problems().size() - 10) + " more problems");
        if (c.isEmpty()) throw new IllegalArgumentException(catalog + ": no light curves loaded");
        return c;
    }
}
