package org.cepheus.cli;

import org.cepheus.catalog.Catalog;
import org.cepheus.learn.ModelBundle;
import org.cepheus.service.ProgressMonitor;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

/** MODEL.zip CATALOG and the catalog options: the arguments of the commands that apply a model. */
final class ModelCatalogArgs {
    @Parameters(index = "0", paramLabel = "MODEL.zip", description = "A model bundle written by train.") Path model;
    @Parameters(index = "1", paramLabel = "CATALOG", description = "Light-curve file or folder.") Path catalog;
    @Mixin CatalogOptions options;

    ModelBundle loadModel() throws IOException {
        return ModelBundle.load(model);
    }

    Catalog loadCatalog(ProgressMonitor monitor, PrintWriter err) throws IOException {
        return options.loadWithWarnings(catalog, 0, monitor, err);
    }
}
