package org.cepheus.cli;

import org.cepheus.catalog.Catalog;
import org.cepheus.learn.ModelBundle;
import org.cepheus.service.ProgressMonitor;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;

/** MODEL.zip CATALOG [--labels FILE]: the arguments of the commands that apply a model. */
final class ModelCatalogArgs {
    @Parameters(index = "0", paramLabel = "MODEL.zip") Path model;
    @Parameters(index = "1", paramLabel = "CATALOG", description = "Light-curve file or folder.") Path catalog;
    @Option(names = "--labels", paramLabel = "FILE", description = "Labels table; default: one found beside the data.") Path labels;

    ModelBundle loadModel() throws IOException {
        return ModelBundle.load(model);
    }

    Catalog loadCatalog(ProgressMonitor monitor) throws IOException {
        CatalogArgs args = new CatalogArgs();
        args.catalog = catalog;
        args.labels = labels;
        return args.load(0, monitor, System.err);
    }
}
